import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { ArticleStatus } from '@/lib/content/schema';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { routes } from '@/lib/routes';
import { apiFailure as fail, editorOfRequest, privateJson } from './editor-api';

/**
 * GET /api/editor/articles/lookup?q=… — the "Insert a Read more card" search: up to ten articles
 * whose headline or slug contains the words typed (or the slug of a pasted path or URL), any status,
 * newest first. Editors only; the answer names drafts, so it is private like every editor response.
 */

export interface ArticleMatch {
  headline: string;
  /** /section/slug, what `::read-more[…]` names. */
  path: string;
  status: ArticleStatus;
}

export const LOOKUP_LIMIT = 10;
// Control characters (NUL above all, which PostgreSQL cannot compare) are never part of a headline.
const querySchema = z.object({
  q: z
    .string()
    .max(1_000)
    .transform((q) => q.replace(/[\u0000-\u001f\u007f]/g, ''))
    .pipe(z.string().trim().min(1).max(200)),
});

/** A LIKE pattern matching `text` anywhere, with the pattern's own wildcards and escape typed plainly. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A pasted address (/news/story or https://site/news/story) is looked up by its last segment. */
function slugOfAddress(q: string): string | null {
  if (!q.includes('/')) return null;
  const path = /^https?:\/\//i.test(q) ? (URL.canParse(q) ? new URL(q).pathname : q) : q;
  const last = path.split(/[/?#]/).filter(Boolean).pop();
  return last ? last.toLowerCase() : null;
}

export async function lookupArticles(db: Kysely<Database>, q: string): Promise<ArticleMatch[]> {
  const words = containsPattern(q);
  const slug = slugOfAddress(q);
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.headline', 'a.slug', 'a.status', 's.slug as section'])
    // lower() on both sides: LIKE is case-blind on SQLite but not on PostgreSQL.
    .where((eb) =>
      eb.or([
        eb(sql`lower(a.headline)`, 'like', sql`${words} escape '\\'`),
        eb(sql`lower(a.slug)`, 'like', sql`${words} escape '\\'`),
        ...(slug ? [eb('a.slug', '=', slug)] : []),
      ]),
    )
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id')
    .limit(LOOKUP_LIMIT)
    .execute();
  return rows.map((row) => ({ headline: row.headline, path: routes.article(row.section, row.slug), status: row.status }));
}

export async function handleArticleLookup(request: Request): Promise<Response> {
  const caller = await editorOfRequest(request);
  if (!caller.ok) return caller.response;
  const query = querySchema.safeParse({ q: new URL(request.url).searchParams.get('q') ?? '' });
  if (!query.success) return fail(400, 'Type 1 to 200 characters to search for (q).');
  try {
    return privateJson(200, { ok: true, results: await lookupArticles(await getDb(), query.data.q) });
  } catch (error) {
    console.error(`[editor-api] lookup failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return fail(503, 'The search is unavailable; try again shortly.');
  }
}
