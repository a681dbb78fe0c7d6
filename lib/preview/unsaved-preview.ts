import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import { articleSchema, type Article, type ArticleStatus, type Author, type Section } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';

/**
 * The article as an editor's form stands right now, unsaved, kept so the preview frame beside the
 * form can render it with the public page's own components. Private to the editor who typed it,
 * gone after PREVIEW_TTL_MS, never written to the article, a cache, a feed or a sitemap.
 */

const PREVIEW_TTL_MS = 2 * 60 * 60 * 1000;
export const UNSAVED_PREVIEW_ID = /^[A-Za-z0-9_-]{22}$/;

export interface StoredPreview {
  id: string;
  revision: number;
}

/** What the stored article takes from the row it previews (or a new draft's defaults). */
export interface PreviewBase {
  id: string | null;
  status: ArticleStatus;
  publishedAt: string | null;
  /** The row's own (so the times shown match the public page's); null for a new draft: now. */
  updatedAt: string | null;
}

/** The snapshot as a whole Article, the shape every reader component takes. */
export function articleOfSnapshot(snapshot: ArticleSnapshot, base: PreviewBase, taxonomy: { sections: readonly Section[]; authors: readonly Author[] }, now: Date): Article {
  const section = taxonomy.sections.find((candidate) => candidate.slug === snapshot.section);
  const authors = snapshot.authors.map((slug) => taxonomy.authors.find((author) => author.slug === slug)).filter((author): author is Author => author !== undefined);
  return articleSchema.parse({
    id: base.id ?? 'unsaved',
    slug: snapshot.slug,
    status: base.status,
    section: section ? { slug: section.slug, name: section.name } : { slug: snapshot.section, name: snapshot.section },
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    hero: snapshot.hero,
    authors: authors.map((author) => ({ slug: author.slug, name: author.name })),
    language: snapshot.language,
    publishedAt: base.publishedAt,
    updatedAt: base.updatedAt ?? now.toISOString(),
    tags: snapshot.tags,
    body: snapshot.body,
    social: snapshot.social,
  });
}

/**
 * Writes the editor's current article under `previousId` when that preview is theirs (one row per
 * open form, its revision going up), else under a new id. Expired previews are swept on the way.
 */
export async function storeUnsavedPreview(
  db: Kysely<Database>,
  input: { previousId: string | null; editorId: string; articleId: string | null; article: Article; now: Date },
): Promise<StoredPreview> {
  const { now } = input;
  const values = { article: JSON.stringify(input.article), updated_at: now.toISOString(), expires_at: new Date(now.getTime() + PREVIEW_TTL_MS).toISOString() };
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('unsaved_previews').where('expires_at', '<', now.toISOString()).execute();
    if (input.previousId) {
      const updated = await trx
        .updateTable('unsaved_previews')
        .set((eb) => ({ ...values, revision: eb('revision', '+', 1) }))
        .where('id', '=', input.previousId)
        .where('editor_id', '=', input.editorId)
        .returning('revision')
        .executeTakeFirst();
      if (updated) return { id: input.previousId, revision: Number(updated.revision) };
    }
    const id = randomBytes(16).toString('base64url');
    await trx.insertInto('unsaved_previews').values({ id, editor_id: input.editorId, article_id: input.articleId, revision: 1, ...values }).execute();
    return { id, revision: 1 };
  });
}

/** The stored article, for its own editor only and before it expires; otherwise null (a 404). */
export async function loadUnsavedPreview(db: Kysely<Database>, id: string, editorId: string, now: Date = new Date()): Promise<Article | null> {
  if (!UNSAVED_PREVIEW_ID.test(id)) return null;
  const row = await db
    .selectFrom('unsaved_previews')
    .select('article')
    .where('id', '=', id)
    .where('editor_id', '=', editorId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row) return null;
  const parsed = articleSchema.safeParse(JSON.parse(row.article));
  return parsed.success ? parsed.data : null;
}
