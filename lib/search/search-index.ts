import 'server-only';
import { sql, type Kysely } from 'kysely';
import { bodySchema } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';
import { dialectOf } from '@/lib/db/dialect';
import { chunk } from '@/lib/db/rows';
import { buildSearchDocument, type SearchDocument } from './document';
import { RANKED_FIELDS } from './fields';
import { tsvectorText } from './tsvector';

/**
 * Keeps the search index in step with the articles, inside the caller's transaction: publish.ts
 * (publish, update, unpublish, schedule), snapshot-writer.ts (a saved draft of a scheduled
 * article), the seeders, and migration 0009 for the rows that existed before it.
 *
 * Every article that is not a draft is indexed (published, or scheduled for later): whether the
 * public may see it yet is decided at query time by the one visibility rule (lib/content/public-visibility.ts),
 * so a scheduled article turns up in search at its time with no job, and never before.
 *
 * SQLite: `search_documents` (article id, body text) and the FTS5 table `search_fts`, one row per
 * document (rowid = doc_id). PostgreSQL: `search_documents` with the whole document's tsvector (GIN
 * index, for matching) and a small one of the ranked fields only (for scoring).
 */

type Db = Kysely<Database>;

interface IndexedArticle {
  id: string;
  document: SearchDocument;
}

/** Author names, then tag names, of each article (in byline and topic order), in one query. */
async function namesOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const list = sql.join(ids.map((id) => sql`${id}`));
  const { rows } = await sql<{ article_id: string; name: string }>`
    select l.article_id, n.name, 0 as kind, l.position from article_authors l join authors n on n.id = l.author_id where l.article_id in (${list})
    union all
    select l.article_id, n.name, 1 as kind, l.position from article_tags l join tags n on n.id = l.tag_id where l.article_id in (${list})
    order by 1, 3, 4`.execute(db);
  const names = new Map<string, string[]>();
  for (const row of rows) names.set(row.article_id, [...(names.get(row.article_id) ?? []), row.name]);
  return names;
}

async function loadArticles(db: Db, ids: readonly string[]): Promise<IndexedArticle[]> {
  const [rows, names] = await Promise.all([
    db.selectFrom('articles').select(['id', 'headline', 'standfirst', 'body']).where('id', 'in', ids).where('status', '!=', 'draft').execute(),
    namesOf(db, ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    document: buildSearchDocument({
      headline: row.headline,
      standfirst: row.standfirst,
      body: parseBody(row.body),
      names: names.get(row.id) ?? [],
    }),
  }));
}

/** A body that does not parse is indexed without its text: the repository refuses to show it anyway. */
function parseBody(text: string) {
  try {
    const parsed = bodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

async function replaceSqlite(db: Db, ids: readonly string[], articles: readonly IndexedArticle[]): Promise<void> {
  const idList = sql.join(ids.map((id) => sql`${id}`));
  const { rows: old } = await sql<{ doc_id: number }>`select doc_id from search_documents where article_id in (${idList})`.execute(db);
  // One row at a time by rowid: FTS5 scans the whole table for `rowid in (subquery)`.
  for (const { doc_id } of old) await sql`delete from search_fts where rowid = ${doc_id}`.execute(db);
  await sql`delete from search_documents where article_id in (${idList})`.execute(db);
  for (const article of articles) {
    const { rows } = await sql<{ doc_id: number }>`insert into search_documents (article_id, body_text) values (${article.id}, ${article.document.bodyText}) returning doc_id`.execute(db);
    const { headline, standfirst, names, body } = article.document.fields;
    await sql`insert into search_fts (rowid, headline, standfirst, names, body)
      values (${rows[0]?.doc_id}, ${headline.join(' ')}, ${standfirst.join(' ')}, ${names.join(' ')}, ${body.join(' ')})`.execute(db);
  }
}

async function replacePostgres(db: Db, ids: readonly string[], articles: readonly IndexedArticle[]): Promise<void> {
  await sql`delete from search_documents where article_id in (${sql.join(ids.map((id) => sql`${id}`))})`.execute(db);
  for (const batch of chunk(articles, 50)) {
    const values = batch.map(
      (a) => sql`(${a.id}, ${a.document.bodyText}, cast(${tsvectorText(a.document)} as tsvector), cast(${tsvectorText(a.document, RANKED_FIELDS)} as tsvector))`,
    );
    await sql`insert into search_documents (article_id, body_text, document, ranked_fields) values ${sql.join(values)}`.execute(db);
  }
}

/** Re-indexes `ids` from their rows: drafts (and ids with no row) leave the index. */
export async function syncSearchIndex(db: Db, ids: readonly string[]): Promise<void> {
  const replace = async (trx: Db, batch: string[]) => {
    const articles = await loadArticles(trx, batch);
    if (dialectOf(trx) === 'postgres') await replacePostgres(trx, batch, articles);
    else await replaceSqlite(trx, batch, articles);
  };
  for (const batch of chunk([...new Set(ids)], 200)) {
    // Inside the caller's transaction when there is one; otherwise one per batch (not one commit per row).
    if (db.isTransaction) await replace(db, batch);
    else await db.transaction().execute((trx) => replace(trx, batch));
  }
}

/** Indexes every article again (migration 0009; a repair after restoring part of a database). */
export async function rebuildSearchIndex(db: Db): Promise<number> {
  const rows = await db.selectFrom('articles').select('id').orderBy('id').execute();
  await syncSearchIndex(
    db,
    rows.map((row) => row.id),
  );
  return rows.length;
}
