import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { authBaseUrl } from './options';
import { getAuthSecret } from './secret';

/**
 * next-auth's double-submit CSRF pair, issued by us so the sign-in form works without JavaScript.
 *
 * next-auth v4 keeps `<token>|sha256(<token><secret>)` in an HttpOnly cookie and accepts a POST
 * whose `csrfToken` field equals <token> (next-auth/core/lib/csrf-token.js). Its own /api/auth/csrf
 * sets that cookie, but a server component cannot set cookies, so proxy.ts issues a pair on
 * /editor/sign-in when the browser has none (same name, attributes and format as next-auth's) and
 * the page renders the token into a hidden field. Security is unchanged: next-auth still verifies
 * the pair; the cookie is HttpOnly, SameSite=Lax and, over https, `__Host-`; the hash binds it to
 * our secret so a planted cookie is refused; the token only ever appears in the private, no-store
 * sign-in page of the browser that holds the cookie (frame-ancestors 'none', so no other site can
 * read or frame it). Pure functions take the secret, so they are unit-tested against next-auth.
 */

export function csrfCookieName(secure: boolean): string {
  return `${secure ? '__Host-' : ''}next-auth.csrf-token`;
}

function tokenHash(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`).digest('hex');
}

/** A fresh pair: `token` goes in the form, `cookieValue` in the cookie. */
export function newCsrfPair(secret: string): { token: string; cookieValue: string } {
  const token = randomBytes(32).toString('hex');
  return { token, cookieValue: `${token}|${tokenHash(token, secret)}` };
}

/** The token of a cookie value that next-auth will accept, or null (absent, malformed, forged). */
export function csrfTokenFromCookie(cookieValue: string | undefined, secret: string): string | null {
  if (!cookieValue) return null;
  const [token = '', hash = ''] = cookieValue.split('|');
  if (!/^[0-9a-f]{64}$/.test(token) || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const expected = Buffer.from(tokenHash(token, secret));
  return timingSafeEqual(expected, Buffer.from(hash)) ? token : null;
}

/**
 * Whether next-auth will accept this POST's CSRF token: the cookie is a pair signed with our secret
 * and the body carries its token. The credentials route counts an attempt only when this holds.
 */
export function csrfPairMatches(cookieValue: string | undefined, bodyToken: string | undefined, secret: string): boolean {
  const token = csrfTokenFromCookie(cookieValue, secret);
  if (!token || typeof bodyToken !== 'string') return false;
  const given = Buffer.from(bodyToken);
  return given.length === token.length && timingSafeEqual(Buffer.from(token), given);
}

export interface CsrfCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean };
}

/** For proxy.ts: the cookie to set when the request has no usable one, else null. */
export function signInCsrfCookieFor(currentValue: string | undefined): CsrfCookie | null {
  const secret = getAuthSecret();
  if (csrfTokenFromCookie(currentValue, secret)) return null;
  const secure = authBaseUrl().startsWith('https:');
  return {
    name: csrfCookieName(secure),
    value: newCsrfPair(secret).cookieValue,
    options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
  };
}

export function signInCsrfCookieName(): string {
  return csrfCookieName(authBaseUrl().startsWith('https:'));
}

/** For the sign-in page: the token matching this browser's cookie, or null (then the form fetches one). */
export async function readSignInCsrfToken(): Promise<string | null> {
  const value = (await cookies()).get(signInCsrfCookieName())?.value;
  return csrfTokenFromCookie(value, getAuthSecret());
}
