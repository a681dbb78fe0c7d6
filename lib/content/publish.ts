import 'server-only';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { revalidateTag } from 'next/cache';
import { after as runAfterResponse } from 'next/server';
import { expireCacheTagsNow } from '@/lib/cache/expire-tags-now';
import { cdnPurgeFromEnv, type PurgeCdn } from '@/lib/cdn/purge';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { articleContentColumns } from '@/lib/db/rows';
import type { ArticlesTable } from '@/lib/db/tables';
import { syncSearchIndex } from '@/lib/search/search-index';
import { isPubliclyVisible } from '@/lib/seo/visibility';
import { waitAtMost } from '@/lib/util/wait-at-most';
import { idsBySlug, replaceAuthorLinks, replaceTagLinks, sectionIdBySlug, slugTakenBy } from './article-links';
import { articlePatchSchema, type ArticlePatch } from './article-patch';
import { tagsForArticle } from './cache-tags';
import { enqueueFollowup } from './followup-repository';
import type { FollowupRunner } from './followup-runner';
import { getFollowupRunner } from './followup-runtime';
import { getArticleByIdForEditing } from './repository';
import type { Article } from './schema';
import { applyWorkingCopy, keepOldSlug, releaseSlug } from './snapshot-writer';

/**
 * The one place that changes what readers see: publish, update, unpublish, schedule.
 * Each call is one transaction that writes, reads the result back through the zod schemas (a
 * change that would leave an invalid article rolls back), commits, and only then expires every
 * cache tag the change touches, before and after (an article that moves section leaves the old
 * section's list too).
 *
 * Tags are expired with `{ expire: 0 }` (never stale-while-revalidate), PUBLISH_SETTLE_MS after the
 * commit, and once more PUBLISH_HEAL_MS after the response: why, see docs/decisions/0002-caching-model.md.
 * The answer waits (at most EXPIRE_WAIT_MS) until other instances have been told through Redis.
 *
 * What an editor saved but readers do not see yet (an article's working copy, lib/editorial) goes
 * live here too: publishing and scheduling move it into the row first. A public article whose slug
 * changes keeps its old slug as a permanent redirect (slug_redirects).
 *
 * After our own caches, a CDN in front is asked to purge the same tags (CDN_PURGE_URL, lib/cdn/purge.ts);
 * the call waits for it at most PURGE_WAIT_MS.
 *
 * That second pass (expire again, purge again, retried while the CDN is away) is written as a
 * follow-up row in the change's own transaction (lib/content/followup-runner.ts), so a restart or
 * a crash after the commit cannot drop it: the next process runs it at start-up.
 *
 * Callers must have checked the editor (requireEditor() in lib/auth) first: these functions do
 * not authorise. There is deliberately no unauthenticated route onto them.
 */

export type Revalidate = (tag: string) => void;

export interface PublishOptions {
  /** Defaults to the app database (getDb()). */
  db?: Kysely<Database>;
  now?: Date;
  /** Defaults to revalidateTag(tag, { expire: 0 }); tests pass a recorder. */
  revalidate?: Revalidate;
  /** Wait between commit and tag expiry; defaults to PUBLISH_SETTLE_MS. */
  settleMs?: number;
  /**
   * Runs `task` `delayMs` after the response has been sent (runs the due follow-ups, this change's
   * among them). Defaults to next/server's after(); null leaves the follow-up to the timer
   * (scripts and tests outside a request).
   */
  afterResponse?: AfterResponse | null;
  /** Runs the follow-ups after the response; defaults to the process's runner. */
  followups?: FollowupRunner | null;
  /** Tells a CDN in front to purge the same tags; defaults to CDN_PURGE_URL's, null for none. */
  purgeCdn?: PurgeCdn | null;
  /**
   * The article version the editor saw (optimistic concurrency): if someone saved since, the change
   * is refused with PublishConflictError instead of publishing text the editor has not seen.
   */
  expectedVersion?: number;
}

export type AfterResponse = (delayMs: number, task: () => void) => void;

/** Longer than any page render that may have begun before the commit takes to finish. */
export const PUBLISH_SETTLE_MS = 1_000;
/** When the tags of a change are expired a second time, after the response. */
export const PUBLISH_HEAL_MS = 15_000;
/** How long an editor's answer waits for the other instances to be told (Redis away: no longer). */
export const EXPIRE_WAIT_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const afterNextResponse: AfterResponse = (delayMs, task) =>
  runAfterResponse(async () => {
    await sleep(delayMs);
    task();
  });

export class ArticleNotFoundError extends Error {
  constructor(readonly articleId: string) {
    super(`No article with id ${articleId}`);
    this.name = 'ArticleNotFoundError';
  }
}

/** A change an editor asked for that cannot be made (unknown section, slug taken, past schedule…). */
export class PublishRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublishRejectedError';
  }
}

/** Someone saved the article after the editor loaded it; nothing was changed. */
export class PublishConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super(`The article was saved again (version ${currentVersion}) since you loaded it.`);
    this.name = 'PublishConflictError';
  }
}

const defaultRevalidate: Revalidate = (tag) => revalidateTag(tag, { expire: 0 });

type Trx = Transaction<Database>;

async function change(
  id: string,
  options: PublishOptions,
  write: (trx: Trx, before: Article, now: Date) => Promise<void>,
): Promise<Article> {
  const db = options.db ?? (await getDb());
  const now = options.now ?? new Date();
  const { after, tags } = await db.transaction().execute(async (trx) => {
    const current = await getArticleByIdForEditing(trx, id, { now });
    if (!current) throw new ArticleNotFoundError(id);
    if (options.expectedVersion !== undefined) {
      const { version } = await trx.selectFrom('articles').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      if (Number(version) !== options.expectedVersion) throw new PublishConflictError(Number(version));
    }
    await write(trx, current, now);
    // In the same transaction: the search index never disagrees with the committed article.
    await syncSearchIndex(trx, [id]);
    const updated = await getArticleByIdForEditing(trx, id, { now });
    if (!updated) throw new ArticleNotFoundError(id);
    if (current.slug !== updated.slug && isPubliclyVisible(current, now)) await keepOldSlug(trx, id, current.slug, now);
    if (isPubliclyVisible(updated, now)) await releaseSlug(trx, updated.slug);
    const touched = tagsForArticle(current, updated);
    await enqueueFollowup(trx, { articleId: id, tags: touched, now, dueAt: new Date(now.getTime() + PUBLISH_HEAL_MS) });
    return { after: updated, tags: touched };
  });
  const settleMs = options.settleMs ?? PUBLISH_SETTLE_MS;
  if (settleMs > 0) await sleep(settleMs);
  const revalidate = options.revalidate ?? defaultRevalidate;
  tags.forEach((tag) => revalidate(tag));
  // Next carries out revalidateTag after the response (its waitUntil), so with REDIS_URL another
  // instance could still serve the old page to a reader the editor told a moment later. The cache
  // handler expires the same tags now and tells the other instances; the answer waits for that.
  if (options.revalidate === undefined) await waitAtMost(expireCacheTagsNow(tags), EXPIRE_WAIT_MS);
  // Our caches first, then the CDN's: a CDN refetching at once gets the new version from us.
  const purgeCdn = options.purgeCdn === undefined ? cdnPurgeFromEnv() : options.purgeCdn;
  await purgeCdn?.(tags);
  const followups = options.followups === undefined ? getFollowupRunner(db) : options.followups;
  const afterResponse = options.afterResponse === undefined ? afterNextResponse : options.afterResponse;
  // A failed run is not lost: the row stays due and the timer (followup-runtime.ts) tries again.
  if (followups) afterResponse?.(PUBLISH_HEAL_MS, () => void followups.runDue().catch((error: unknown) => console.error(`[publish] follow-up run failed: ${String(error).split('\n')[0]}`)));
  return after;
}

async function storedPublishedAt(trx: Trx, id: string): Promise<string | null> {
  const row = await trx.selectFrom('articles').select('published_at').where('id', '=', id).executeTakeFirstOrThrow();
  return row.published_at;
}

/**
 * Makes the article public now. A story that was public before (then unpublished) keeps its
 * original publication time; a draft, or one scheduled for later, gets `now`.
 */
export function publishArticle(id: string, options: PublishOptions = {}): Promise<Article> {
  return change(id, options, async (trx, _before, now) => {
    await applyWorkingCopy(trx, id, { now, createTags: true });
    const previous = await storedPublishedAt(trx, id);
    const publishedAt = previous !== null && previous <= now.toISOString() ? previous : now.toISOString();
    await trx
      .updateTable('articles')
      .set({ status: 'published', published_at: publishedAt, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  });
}

/**
 * Takes the article off the site (back to draft). Its publication time is kept for a later
 * re-publish; saved changes not yet published become the draft (their new topics still wait).
 */
export function unpublishArticle(id: string, options: PublishOptions = {}): Promise<Article> {
  return change(id, options, async (trx, _before, now) => {
    await trx.updateTable('articles').set({ status: 'draft', updated_at: now.toISOString() }).where('id', '=', id).execute();
    await applyWorkingCopy(trx, id, { now, createTags: false });
  });
}

/**
 * Schedules the article for `at` (must be in the future). It becomes public at that moment, no job
 * needed, so saved changes and their new topics are written now.
 */
export function scheduleArticle(id: string, at: Date, options: PublishOptions = {}): Promise<Article> {
  return change(id, options, async (trx, _before, now) => {
    if (!(at.getTime() > now.getTime())) {
      throw new PublishRejectedError('A schedule time must be in the future; publish the article to show it now.');
    }
    await applyWorkingCopy(trx, id, { now, createTags: true });
    await trx
      .updateTable('articles')
      .set({ status: 'scheduled', published_at: at.toISOString(), updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  });
}

/**
 * Edits an article in place (any status). A published article's correction is visible on the next
 * request. The version goes up, so an editor's form loaded before this refuses to overwrite it.
 */
export function updateArticle(id: string, patch: ArticlePatch, options: PublishOptions = {}): Promise<Article> {
  const parsed = articlePatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Promise.reject(
      new PublishRejectedError(`Invalid change to ${issue?.path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}`),
    );
  }
  const p = parsed.data;
  return change(id, options, async (trx, _before, now) => {
    const set: Updateable<ArticlesTable> = { updated_at: now.toISOString() };
    if (p.slug !== undefined) {
      const taken = await slugTakenBy(trx, p.slug, id);
      if (taken !== null) throw new PublishRejectedError(`The slug "${p.slug}" is already used by article ${taken}.`);
      set.slug = p.slug;
    }
    if (p.section !== undefined) {
      const sectionId = await sectionIdBySlug(trx, p.section);
      if (sectionId === null) throw new PublishRejectedError(`Unknown section "${p.section}".`);
      set.section_id = sectionId;
    }
    if (p.language !== undefined) set.language = p.language;
    if (p.headline !== undefined) set.headline = p.headline;
    if (p.standfirst !== undefined) set.standfirst = p.standfirst;
    Object.assign(set, articleContentColumns(p));
    await trx.updateTable('articles').set(set).where('id', '=', id).execute();
    await trx.updateTable('articles').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).execute();

    if (p.authors !== undefined) await replaceAuthorLinks(trx, id, await existingIds(trx, 'authors', p.authors));
    if (p.tags !== undefined) await replaceTagLinks(trx, id, await existingIds(trx, 'tags', p.tags));
  });
}

async function existingIds(trx: Trx, table: 'authors' | 'tags', slugs: readonly string[]): Promise<string[]> {
  const { ids, missing } = await idsBySlug(trx, table, slugs);
  if (missing.length > 0) {
    throw new PublishRejectedError(`Unknown ${table === 'authors' ? 'author' : 'tag'} ${missing.map((s) => `"${s}"`).join(', ')}.`);
  }
  return ids;
}
