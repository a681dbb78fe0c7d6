import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import { hashShareToken, newShareId, signShareToken, verifyShareToken } from './share-token';

/**
 * Preview share links in the database. Callers authorise first: creating and revoking need
 * requireEditor(); resolving a token is what lets an anonymous visitor see one draft, and only
 * lib/auth/preview.ts turns a resolved share into a PreviewAccess.
 */

export interface PreviewShare {
  id: string;
  articleId: string;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface CreatedShare {
  id: string;
  token: string;
  expiresAt: Date;
}

export async function createShare(
  db: Kysely<Database>,
  secret: string,
  input: { articleId: string; createdBy: string; ttlSeconds: number; now?: Date },
): Promise<CreatedShare> {
  const now = input.now ?? new Date();
  const id = newShareId();
  // Whole seconds: the token carries its expiry in seconds, and the row must agree with it.
  const expiresAt = new Date(Math.floor((now.getTime() + input.ttlSeconds * 1000) / 1000) * 1000);
  const token = signShareToken(secret, id, expiresAt);
  await db
    .insertInto('preview_shares')
    .values({
      id,
      article_id: input.articleId,
      token_hash: hashShareToken(token),
      created_by: input.createdBy,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      revoked_at: null,
    })
    .execute();
  return { id, token, expiresAt };
}

export type ShareLookup =
  | { ok: true; shareId: string; articleId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'unknown' | 'revoked' };

/** Signature and expiry first (no database work for junk), then the stored hash and revocation. */
export async function resolveShareToken(
  db: Kysely<Database>,
  secret: string,
  token: string,
  now: Date = new Date(),
): Promise<ShareLookup> {
  const check = verifyShareToken(secret, token, now);
  if (!check.ok) return check;
  const row = await db
    .selectFrom('preview_shares')
    .select(['id', 'article_id', 'expires_at', 'revoked_at'])
    .where('token_hash', '=', hashShareToken(token))
    .executeTakeFirst();
  if (!row || row.id !== check.claims.shareId) return { ok: false, reason: 'unknown' };
  if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
  if (Date.parse(row.expires_at) <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, shareId: row.id, articleId: row.article_id, expiresAt: new Date(row.expires_at) };
}

/** Revokes one link of one article; false when there was nothing live to revoke. */
export async function revokeShare(
  db: Kysely<Database>,
  input: { shareId: string; articleId: string; now?: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('preview_shares')
    .set({ revoked_at: (input.now ?? new Date()).toISOString() })
    .where('id', '=', input.shareId)
    .where('article_id', '=', input.articleId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Links of one article that still work, newest first. */
export async function listLiveShares(
  db: Kysely<Database>,
  articleId: string,
  now: Date = new Date(),
): Promise<PreviewShare[]> {
  const rows = await db
    .selectFrom('preview_shares')
    .leftJoin('editors', 'editors.id', 'preview_shares.created_by')
    .select([
      'preview_shares.id',
      'preview_shares.article_id',
      'preview_shares.created_by',
      'editors.name as created_by_name',
      'preview_shares.created_at',
      'preview_shares.expires_at',
      'preview_shares.revoked_at',
    ])
    .where('preview_shares.article_id', '=', articleId)
    .where('preview_shares.revoked_at', 'is', null)
    .where('preview_shares.expires_at', '>', now.toISOString())
    .orderBy('preview_shares.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    articleId: row.article_id,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  }));
}
