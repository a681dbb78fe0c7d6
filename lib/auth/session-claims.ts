import 'server-only';
import { getDb } from '@/lib/db/client';
import { findEditorById, type Editor } from './editors';
import { sessionClaimsSchema, sessionMaxAgeSeconds } from './options';

/**
 * From decoded session claims to a live editor: the one rule both readers of the session share
 * (lib/auth/session.ts for pages, handlers and actions; lib/auth/request-session.ts for proxy.ts).
 * A valid JWT is not enough: the account must still exist, be enabled, and carry the session
 * version the token was issued with, and the session ends SESSION_MAX_AGE_HOURS after sign-in
 * however often next-auth re-issued the cookie (the JWT's own expiry slides).
 */
export async function editorForClaims(value: unknown, now: Date = new Date()): Promise<Editor | null> {
  const claims = sessionClaimsSchema.safeParse(value);
  if (!claims.success) return null;
  const { editorId, sessionVersion, signedInAt } = claims.data;
  if (signedInAt + sessionMaxAgeSeconds() < now.getTime() / 1000) return null;
  const editor = await findEditorById(await getDb(), editorId);
  if (!editor || editor.disabledAt !== null || editor.sessionVersion !== sessionVersion) return null;
  return editor;
}
