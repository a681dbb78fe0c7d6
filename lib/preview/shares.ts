import 'server-only';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { targetOf } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { hashShareToken, newShareId, signShareToken, verifyShareToken } from './share-token';

/**
 * Preview share links in the database. Callers authorise first: creating and revoking need
 * requireEditor(); resolving a token is what lets an anonymous visitor see one draft, and only
 * lib/auth/preview-grant.ts turns a resolved share into a PreviewAccess.
 *
 * A link lives while it is unrevoked, unexpired, AND its creator is enabled and still on the
 * session version they had when they made it: disabling an editor or resetting their password
 * (both bump the version, lib/auth/editors.ts) kills every link they made, on the next request,
 * whatever path changed the account. Live links are capped per editor and per draft.
 */

/** Caps on live links: enough for a newsroom's review rounds, too few to spray a draft around. */
export const SHARE_LIMITS = { perEditor: 50, perDraft: 10 } as const;

export class ShareLimitError extends Error {
  constructor(readonly limit: 'editor' | 'draft') {
    super(limit === 'editor' ? `at most ${SHARE_LIMITS.perEditor} live links per editor` : `at most ${SHARE_LIMITS.perDraft} live links per draft`);
    this.name = 'ShareLimitError';
  }
}

/** The share's creator still vouches for it: enabled and on the version the link was made under. */
function creatorStillValid(eb: ExpressionBuilder<Database, 'preview_shares' | 'editors'>) {
  return eb.and([
    eb('editors.disabled_at', 'is', null),
    eb('editors.session_version', '=', eb.ref('preview_shares.created_session_version')),
  ]);
}

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

export interface NewShare {
  articleId: string;
  createdBy: string;
  /** The session version of the editor's current session (from requireEditor), not re-read here. */
  createdSessionVersion: number;
  ttlSeconds: number;
  now?: Date;
}

/** Live links of this editor and of this draft, counted inside the caller's transaction. */
async function liveCounts(db: Kysely<Database>, input: NewShare, now: Date): Promise<{ editor: number; draft: number }> {
  const live = db
    .selectFrom('preview_shares')
    .innerJoin('editors', 'editors.id', 'preview_shares.created_by')
    .where('preview_shares.revoked_at', 'is', null)
    .where('preview_shares.expires_at', '>', now.toISOString())
    .where(creatorStillValid);
  const [editor, draft] = await Promise.all([
    live.where('preview_shares.created_by', '=', input.createdBy).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    live.where('preview_shares.article_id', '=', input.articleId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return { editor: Number(editor?.n ?? 0), draft: Number(draft?.n ?? 0) };
}

/** Creates a link, or throws ShareLimitError when the editor or the draft already has its cap. */
export async function createShare(db: Kysely<Database>, secret: string, input: NewShare): Promise<CreatedShare> {
  const now = input.now ?? new Date();
  const id = newShareId();
  // Whole seconds: the token carries its expiry in seconds, and the row must agree with it.
  const expiresAt = new Date(Math.floor((now.getTime() + input.ttlSeconds * 1000) / 1000) * 1000);
  const token = signShareToken(secret, id, expiresAt);
  await db.transaction().execute(async (trx) => {
    // SQLite transactions are BEGIN IMMEDIATE (one writer); on PostgreSQL, lock the two rows the
    // caps are about so concurrent creations count one after another.
    if (targetOf(db)?.dialect === 'postgres') {
      await trx.selectFrom('editors').select('id').where('id', '=', input.createdBy).forUpdate().execute();
      await trx.selectFrom('articles').select('id').where('id', '=', input.articleId).forUpdate().execute();
    }
    const counts = await liveCounts(trx, input, now);
    if (counts.editor >= SHARE_LIMITS.perEditor) throw new ShareLimitError('editor');
    if (counts.draft >= SHARE_LIMITS.perDraft) throw new ShareLimitError('draft');
    await trx
      .insertInto('preview_shares')
      .values({
        id,
        article_id: input.articleId,
        token_hash: hashShareToken(token),
        created_by: input.createdBy,
        created_session_version: input.createdSessionVersion,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        revoked_at: null,
      })
      .execute();
  });
  return { id, token, expiresAt };
}

export type ShareLookup =
  | { ok: true; shareId: string; articleId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'unknown' | 'revoked' | 'creator-signed-out' };

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
    .leftJoin('editors', 'editors.id', 'preview_shares.created_by')
    .select([
      'preview_shares.id',
      'preview_shares.article_id',
      'preview_shares.expires_at',
      'preview_shares.revoked_at',
      'preview_shares.created_session_version',
      'editors.session_version',
      'editors.disabled_at',
    ])
    .where('preview_shares.token_hash', '=', hashShareToken(token))
    .executeTakeFirst();
  if (!row || row.id !== check.claims.shareId) return { ok: false, reason: 'unknown' };
  if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
  const creatorValid = row.session_version !== null && row.disabled_at === null && Number(row.session_version) === Number(row.created_session_version);
  if (!creatorValid) return { ok: false, reason: 'creator-signed-out' };
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
export async function listLiveShares(db: Kysely<Database>, articleId: string, now: Date = new Date()): Promise<PreviewShare[]> {
  return (await listLiveSharesFor(db, [articleId], now)).get(articleId) ?? [];
}

/** Live links of several articles (the dashboard's lists) in one query, newest first per article. */
export async function listLiveSharesFor(
  db: Kysely<Database>,
  articleIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, PreviewShare[]>> {
  const byArticle = new Map<string, PreviewShare[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .selectFrom('preview_shares')
    .innerJoin('editors', 'editors.id', 'preview_shares.created_by')
    .select([
      'preview_shares.id',
      'preview_shares.article_id',
      'preview_shares.created_by',
      'editors.name as created_by_name',
      'preview_shares.created_at',
      'preview_shares.expires_at',
      'preview_shares.revoked_at',
    ])
    .where('preview_shares.article_id', 'in', [...articleIds])
    .where('preview_shares.revoked_at', 'is', null)
    .where('preview_shares.expires_at', '>', now.toISOString())
    .where(creatorStillValid)
    .orderBy('preview_shares.created_at', 'desc')
    .orderBy('preview_shares.id')
    .execute();
  for (const row of rows) {
    const list = byArticle.get(row.article_id) ?? [];
    list.push({
      id: row.id,
      articleId: row.article_id,
      createdBy: row.created_by,
      createdByName: row.created_by_name,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    });
    byArticle.set(row.article_id, list);
  }
  return byArticle;
}
