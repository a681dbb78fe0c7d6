import { encode } from 'next-auth/jwt';
import type { Editor } from '@/lib/auth/editors';

/**
 * Editor session cookies for the hostile corpus: a good one, and every kind of forgery a client can
 * send (not a test file itself). Real next-auth JWTs (next-auth/jwt encode), so a forgery that
 * still decodes is refused by our own checks, not by a parse error.
 */

export const COOKIE = 'next-auth.session-token';
export const MAX_AGE_HOURS = 8;

export interface SessionAccounts {
  good: Editor;
  disabled: Editor;
  /** The session version this editor had before a password reset. */
  reset: Editor & { staleVersion: number };
}

async function jwt(secret: string, token: Record<string, unknown>, maxAge = MAX_AGE_HOURS * 3600): Promise<string> {
  return encode({ token, secret, maxAge });
}

function claims(editor: Editor, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub: editor.id, name: editor.name, email: editor.email, editorId: editor.id, sessionVersion: editor.sessionVersion, signedInAt: now - 60, ...overrides };
}

export async function goodSession(secret: string, editor: Editor): Promise<string> {
  return `${COOKIE}=${await jwt(secret, claims(editor))}`;
}

/** One flipped character in the middle of a token: the JWE's integrity check must fail. */
function tamper(token: string): string {
  const at = Math.floor(token.length / 2);
  const swapped = token[at] === 'A' ? 'B' : 'A';
  return `${token.slice(0, at)}${swapped}${token.slice(at + 1)}`;
}

/** Forged, stale, tampered and malformed session cookies, each named for the report. */
export async function forgedSessions(secret: string, accounts: SessionAccounts): Promise<{ name: string; cookie: string }[]> {
  const { good, disabled, reset } = accounts;
  const now = Math.floor(Date.now() / 1000);
  const valid = await jwt(secret, claims(good));
  const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    { name: 'garbage value', cookie: `${COOKIE}=not-a-token` },
    { name: 'empty value', cookie: `${COOKIE}=` },
    { name: 'other secret', cookie: `${COOKIE}=${await jwt('another-secret-0123456789abcdef0123456789', claims(good))}` },
    { name: 'tampered byte', cookie: `${COOKIE}=${tamper(valid)}` },
    { name: 'truncated token', cookie: `${COOKIE}=${valid.slice(0, -10)}` },
    { name: 'alg none JWS', cookie: `${COOKIE}=${header({ alg: 'none', typ: 'JWT' })}.${header(claims(good))}.` },
    { name: 'HS256 JWS with the secret', cookie: `${COOKIE}=${header({ alg: 'HS256', typ: 'JWT' })}.${header(claims(good))}.c2lnbmF0dXJl` },
    { name: 'expired JWT', cookie: `${COOKIE}=${await jwt(secret, claims(good), -3600)}` },
    { name: 'unknown editor id', cookie: `${COOKIE}=${await jwt(secret, claims(good, { editorId: 'no-such-editor', sub: 'no-such-editor' }))}` },
    { name: 'disabled editor', cookie: `${COOKIE}=${await jwt(secret, claims(disabled))}` },
    { name: 'before password reset', cookie: `${COOKIE}=${await jwt(secret, claims(reset, { sessionVersion: reset.staleVersion }))}` },
    { name: 'past absolute end', cookie: `${COOKIE}=${await jwt(secret, claims(good, { signedInAt: now - MAX_AGE_HOURS * 3600 - 60 }))}` },
    { name: 'sessionVersion as a string', cookie: `${COOKIE}=${await jwt(secret, claims(good, { sessionVersion: String(good.sessionVersion) }))}` },
    { name: 'sessionVersion far ahead', cookie: `${COOKIE}=${await jwt(secret, claims(good, { sessionVersion: good.sessionVersion + 1 }))}` },
    { name: 'editorId as an object', cookie: `${COOKIE}=${await jwt(secret, claims(good, { editorId: { $ne: null } }))}` },
    { name: 'editorId SQL', cookie: `${COOKIE}=${await jwt(secret, claims(good, { editorId: "' OR '1'='1" }))}` },
    { name: 'no claims at all', cookie: `${COOKIE}=${await jwt(secret, {})}` },
    { name: 'chunked cookie of garbage', cookie: `${COOKIE}.0=${'x'.repeat(3000)}; ${COOKIE}.1=${'y'.repeat(3000)}` },
    { name: '__Secure- cookie over http', cookie: `__Secure-${COOKIE}=${valid}` },
    { name: '8 KB cookie', cookie: `${COOKIE}=${'a'.repeat(8 * 1024)}` },
    { name: 'unicode in cookie', cookie: `${COOKIE}=${encodeURIComponent('jwt\u202e\u0000😀')}` },
  ];
}
