import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@/lib/db/database';

/**
 * The lookups and link writes both article writers share (snapshot-writer.ts for saves and publishing,
 * publish.ts's updateArticle): each caller turns a miss into its own error.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** The id of another article that already has `slug`, or null. */
export async function slugTakenBy(db: Db, slug: string, exceptId: string | null): Promise<string | null> {
  let query = db.selectFrom('articles').select('id').where('slug', '=', slug);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst())?.id ?? null;
}

export async function sectionIdBySlug(db: Db, slug: string): Promise<string | null> {
  return (await db.selectFrom('sections').select('id').where('slug', '=', slug).executeTakeFirst())?.id ?? null;
}

/** The ids of the authors or topics with these slugs, in the slugs' order (repeats dropped), and the slugs none has. */
export async function idsBySlug(db: Db, table: 'authors' | 'tags', slugs: readonly string[]): Promise<{ ids: string[]; missing: string[] }> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return { ids: [], missing: [] };
  const rows = await db.selectFrom(table).select(['id', 'slug']).where('slug', 'in', unique).execute();
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  return { ids: unique.flatMap((slug) => bySlug.get(slug) ?? []), missing: unique.filter((slug) => !bySlug.has(slug)) };
}

/** The article's bylines become exactly `authorIds`, in that order. */
export async function replaceAuthorLinks(db: Db, articleId: string, authorIds: readonly string[]): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  await db
    .insertInto('article_authors')
    .values(authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
    .execute();
}

/** The article's topics become exactly `tagIds`, in that order. */
export async function replaceTagLinks(db: Db, articleId: string, tagIds: readonly string[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (tagIds.length === 0) return;
  await db
    .insertInto('article_tags')
    .values(tagIds.map((tag_id, position) => ({ article_id: articleId, tag_id, position })))
    .execute();
}
