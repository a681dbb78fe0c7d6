import { encode } from 'next-auth/jwt';
import type { Editor } from '@/lib/auth/editors';

/** A real next-auth session cookie for `who`, signed with `secret`, as the sign-in callback would set it. */
export async function editorSessionCookie(who: Editor, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { sub: who.id, name: who.name, email: who.email, editorId: who.id, sessionVersion: who.sessionVersion, signedInAt: now - 60 },
    secret,
    maxAge: 8 * 3600,
  });
  return `next-auth.session-token=${token}`;
}
