import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import type { Editor } from './editors';
import { getAuthOptions } from './options';
import { editorForClaims } from './session-claims';
import { routes } from '@/lib/routes';

/**
 * The one authorisation check for the editor area. A valid JWT is not enough (see
 * session-claims.ts): disabling an editor or resetting their password ends their sessions on the
 * next request. proxy.ts may decide early for comfort and for honest status codes, but every page,
 * route handler, server action and draft query calls this itself.
 */

/** The signed-in editor for this request, or null. Memoised per request. */
export const getCurrentEditor = cache(async (): Promise<Editor | null> => {
  // Under Cache Components the session read must happen at request time.
  await connection();
  const session: unknown = await getServerSession(getAuthOptions());
  return editorForClaims(session);
});

/** A same-origin path to come back to after signing in; anything else becomes the dashboard. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return routes.editorHome();
  if (/[\u0000-\u001f\u007f]/.test(value) || value.length > 512) return routes.editorHome();
  return value;
}

/** For pages and server actions: the editor, or a redirect to the sign-in page. */
export async function requireEditor(returnTo?: string): Promise<Editor> {
  const editor = await getCurrentEditor();
  if (!editor) {
    redirect(routes.editorSignIn(safeCallbackPath(returnTo)));
  }
  return editor;
}
