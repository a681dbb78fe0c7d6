import 'server-only';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from '@/lib/db/database';
import { articleContentColumns, tagIdFor } from '@/lib/db/rows';
import type { ArticlesTable } from '@/lib/db/tables';
import { syncSearchIndex } from '@/lib/search/search-index';
import { idsBySlug, replaceAuthorLinks, replaceTagLinks, sectionIdBySlug, slugTakenBy } from './article-links';
import { articleSnapshotSchema, type ArticleSnapshot } from './article-snapshot';
import type { TagRef } from './schema';

/**
 * Writes an ArticleSnapshot into an article's row and its author and topic links, inside the
 * caller's transaction. Used by draft saves (lib/editorial) and by publish.ts when a working copy
 * goes live. Topics that do not exist yet are created only when `createTags` says so: a topic row
 * is public at once (its page, the sitemap), so a draft's new topics wait for publication.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** A snapshot the database cannot take as it is (slug taken, unknown section…), naming the field. */
export class SnapshotRejectedError extends Error {
  constructor(
    readonly field: 'slug' | 'section' | 'authors' | 'tags',
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotRejectedError';
  }
}

async function sectionIdFor(db: Db, slug: string): Promise<string> {
  const sectionId = await sectionIdBySlug(db, slug);
  if (sectionId === null) throw new SnapshotRejectedError('section', `There is no section "${slug}".`);
  return sectionId;
}

async function authorIds(db: Db, slugs: readonly string[]): Promise<string[]> {
  const { ids, missing } = await idsBySlug(db, 'authors', slugs);
  if (missing.length > 0) throw new SnapshotRejectedError('authors', `There is no author ${missing.map((s) => `"${s}"`).join(', ')}.`);
  return ids;
}

/** Ids of the topics that exist (created first when allowed), and the ones still waiting. */
async function tagIds(db: Db, tags: readonly TagRef[], createTags: boolean): Promise<{ ids: string[]; pending: TagRef[] }> {
  const unique = [...new Map(tags.map((tag) => [tag.slug, tag])).values()];
  const slugs = unique.map((tag) => tag.slug);
  let found = await idsBySlug(db, 'tags', slugs);
  if (found.missing.length > 0 && createTags) {
    const missing = new Set(found.missing);
    await db
      .insertInto('tags')
      .values(unique.filter((tag) => missing.has(tag.slug)).map((tag) => ({ id: tagIdFor(tag.slug), slug: tag.slug, name: tag.name })))
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    found = await idsBySlug(db, 'tags', slugs);
  }
  const stillMissing = new Set(found.missing);
  return { ids: found.ids, pending: unique.filter((tag) => stillMissing.has(tag.slug)) };
}

export interface WriteSnapshotOptions {
  now: Date;
  createTags: boolean;
}

/** Throws SnapshotRejectedError unless the slug is free and the section and authors exist. */
export async function checkSnapshot(db: Db, id: string | null, snapshot: ArticleSnapshot): Promise<{ sectionId: string; authorIds: string[] }> {
  if (await slugTakenBy(db, snapshot.slug, id)) {
    throw new SnapshotRejectedError('slug', `The address "${snapshot.slug}" is already used by another article.`);
  }
  return { sectionId: await sectionIdFor(db, snapshot.section), authorIds: await authorIds(db, snapshot.authors) };
}

/**
 * Makes the row hold `snapshot` (except topics still waiting for publication, which are returned).
 * The caller decides whether readers may see the result (publish.ts) or cannot (a draft).
 */
export async function writeSnapshotToRow(db: Db, id: string, snapshot: ArticleSnapshot, options: WriteSnapshotOptions): Promise<{ pendingTags: TagRef[] }> {
  const { sectionId, authorIds: authors } = await checkSnapshot(db, id, snapshot);
  const set: Updateable<ArticlesTable> = {
    slug: snapshot.slug,
    section_id: sectionId,
    language: snapshot.language,
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    ...articleContentColumns(snapshot),
    updated_at: options.now.toISOString(),
  };
  const tags = await tagIds(db, snapshot.tags, options.createTags);
  await db.updateTable('articles').set(set).where('id', '=', id).execute();
  await replaceAuthorLinks(db, id, authors);
  await replaceTagLinks(db, id, tags.ids);
  // A scheduled article's saves land in its row (it is not public yet): its index entry follows.
  await syncSearchIndex(db, [id]);
  return { pendingTags: tags.pending };
}

/** A stored working copy, validated on its way out like every other stored content. */
export function parseWorkingCopy(id: string, text: string): ArticleSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`Stored working copy of article ${id} is not valid JSON`);
  }
  const parsed = articleSnapshotSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Stored working copy of article ${id} is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

/**
 * Moves a stored working copy into the row (publish.ts, on publish, schedule and unpublish). Topics
 * still waiting keep the working copy in place; otherwise it is cleared.
 */
export async function applyWorkingCopy(db: Db, id: string, options: WriteSnapshotOptions): Promise<boolean> {
  const row = await db.selectFrom('articles').select('working_copy').where('id', '=', id).executeTakeFirst();
  if (!row?.working_copy) return false;
  const snapshot = parseWorkingCopy(id, row.working_copy);
  const { pendingTags } = await writeSnapshotToRow(db, id, snapshot, options);
  await db
    .updateTable('articles')
    .set({ working_copy: pendingTags.length > 0 ? row.working_copy : null })
    .where('id', '=', id)
    .execute();
  return true;
}

/** Keeps a public article's old slug answering with a redirect to wherever the article is now. */
export async function keepOldSlug(db: Db, id: string, oldSlug: string, now: Date): Promise<void> {
  await db.deleteFrom('slug_redirects').where('slug', '=', oldSlug).execute();
  await db.insertInto('slug_redirects').values({ slug: oldSlug, article_id: id, created_at: now.toISOString() }).execute();
}

/** A public article lives at `slug` now: no redirect may point away from it. */
export async function releaseSlug(db: Db, slug: string): Promise<void> {
  await db.deleteFrom('slug_redirects').where('slug', '=', slug).execute();
}
