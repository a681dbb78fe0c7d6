import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Preview share tokens: `<id>.<expires>.<mac>`.
 *
 * - `id` is 128 random bits naming the share row;
 * - `expires` is the expiry in whole seconds since the epoch, so an expired or forged link is
 *   refused before the database is asked;
 * - `mac` is HMAC-SHA256 over both with the auth secret, so nobody can mint or extend a link.
 *
 * The database keeps only `hashShareToken(token)`: a copy of the table does not yield working
 * links, and deleting or revoking the row kills the link even though its signature is still valid.
 * Pure functions (the secret is passed in) so they are unit-tested without a server.
 */

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
const CONTEXT = 'meridian:preview-share:v1';

export interface ShareTokenClaims {
  shareId: string;
  expiresAt: Date;
}

function mac(secret: string, shareId: string, expiresSeconds: number): string {
  return createHmac('sha256', secret).update(`${CONTEXT}:${shareId}.${expiresSeconds}`).digest('base64url');
}

export function newShareId(): string {
  return randomBytes(16).toString('base64url');
}

export function signShareToken(secret: string, shareId: string, expiresAt: Date): string {
  const expiresSeconds = Math.floor(expiresAt.getTime() / 1000);
  return `${shareId}.${expiresSeconds}.${mac(secret, shareId, expiresSeconds)}`;
}

export type ShareTokenCheck =
  | { ok: true; claims: ShareTokenClaims }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/** Checks shape, signature (constant time) and expiry. Does not consult the database. */
export function verifyShareToken(secret: string, token: string, now: Date = new Date()): ShareTokenCheck {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, shareId = '', expires = '', given = ''] = match;
  const expiresSeconds = Number(expires);
  const expected = Buffer.from(mac(secret, shareId, expiresSeconds));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'bad-signature' };
  }
  const expiresAt = new Date(expiresSeconds * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { shareId, expiresAt } };
}

export function hashShareToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
