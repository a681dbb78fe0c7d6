import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { getDb } from '@/lib/db/client';
import { findEditorById, type Editor } from './editors';
import { getAuthOptions, SIGN_IN_PATH, sessionClaimsSchema, sessionMaxAgeSeconds } from './options';

/**
 * The one authorisation check for the editor area (GUIDE §7). A valid JWT is not enough: the
 * account must still exist, be enabled, and carry the session version the token was issued
 * with, so disabling an editor or resetting their password ends their sessions on the next request.
 * proxy.ts only redirects for comfort; every page, route handler, server action and draft query
 * calls this.
 */

/** The signed-in editor for this request, or null. Memoised per request. */
export const getCurrentEditor = cache(async (): Promise<Editor | null> => {
  // Under Cache Components the session read must happen at request time (GUIDE §11).
  await connection();
  const session: unknown = await getServerSession(getAuthOptions());
  const claims = sessionClaimsSchema.safeParse(session);
  if (!claims.success) return null;
  const { editorId, sessionVersion, signedInAt } = claims.data;
  // An absolute lifetime: the JWT's own expiry slides whenever next-auth re-issues it.
  if (signedInAt + sessionMaxAgeSeconds() < Date.now() / 1000) return null;
  const editor = await findEditorById(await getDb(), editorId);
  if (!editor || editor.disabledAt !== null || editor.sessionVersion !== sessionVersion) return null;
  return editor;
});

/** A same-origin path to come back to after signing in; anything else becomes the dashboard. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/editor';
  if (/[\u0000-\u001f\u007f]/.test(value) || value.length > 512) return '/editor';
  return value;
}

/** For pages and server actions: the editor, or a redirect to the sign-in page. */
export async function requireEditor(returnTo?: string): Promise<Editor> {
  const editor = await getCurrentEditor();
  if (!editor) {
    redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo))}`);
  }
  return editor;
}
