import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Two kinds of token, deliberately different:
 *
 * - Confirmation tokens: 32 random bytes, single use, 24 h. Only their SHA-256 is stored, so a
 *   database leak cannot confirm anyone. (A fast hash is right here: the input is 256 random bits,
 *   not a guessable password.)
 * - Link tokens (unsubscribe, manage): stateless HMAC-SHA256 over purpose, subscriber and
 *   newsletter. They must keep working in mails sent months ago, need no table, and reveal no
 *   address (the subscriber id is a random UUID).
 */

export const CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;
const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashConfirmationToken(token) };
}

export function hashConfirmationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isConfirmationTokenShape(value: unknown): value is string {
  return typeof value === 'string' && CONFIRMATION_TOKEN.test(value);
}

export type LinkPurpose = 'unsubscribe' | 'manage';

export interface LinkClaims {
  purpose: LinkPurpose;
  subscriberId: string;
  /** The newsletter an unsubscribe link is for; null for manage links (all newsletters). */
  newsletterId: string | null;
}

const VERSION = 'l1';
const ID = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_LINK_TOKEN = 400;

export function signLinkToken(secret: Buffer, claims: LinkClaims): string {
  const payload = [VERSION, claims.purpose, claims.subscriberId, claims.newsletterId ?? ''].join('|');
  const body = Buffer.from(payload, 'utf8').toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** The claims of a valid token for `purpose`, or null (bad shape, bad signature, other purpose). */
export function verifyLinkToken(secret: Buffer, token: unknown, purpose: LinkPurpose): LinkClaims | null {
  if (typeof token !== 'string' || token.length > MAX_LINK_TOKEN) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(secret, match[1]), 'utf8');
  const given = Buffer.from(match[2], 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [version, tokenPurpose, subscriberId, newsletterId, ...rest] = Buffer.from(match[1], 'base64url').toString('utf8').split('|');
  if (version !== VERSION || tokenPurpose !== purpose || rest.length > 0) return null;
  if (!subscriberId || !ID.test(subscriberId)) return null;
  if (purpose === 'unsubscribe' ? !newsletterId || !ID.test(newsletterId) : newsletterId !== '') return null;
  return { purpose, subscriberId, newsletterId: newsletterId || null };
}

function mac(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64url');
}
