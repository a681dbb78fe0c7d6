import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Database } from '../database';
import { dialectOf } from '../dialect';
import { rebuildSearchIndex } from '@/lib/search/search-index';

/**
 * Site search (issue 16, lib/search/): SQLite FTS5 or a PostgreSQL tsvector with a GIN index, and the
 * body text excerpts are cut from. The index is derived data, so it is built for the existing rows
 * with today's indexer (lib/search/search-index.ts) rather than with a copy frozen here.
 */
export const searchMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) === 'postgres') {
      await db.schema
        .createTable('search_documents')
        .addColumn('article_id', 'text', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
        .addColumn('body_text', 'text', (c) => c.notNull())
        .addColumn('document', sql`tsvector`, (c) => c.notNull())
        // Headline, standfirst and names only: ranking checks it per match without reading the whole body.
        .addColumn('ranked_fields', sql`tsvector`, (c) => c.notNull())
        .execute();
      await sql`create index search_documents_document on search_documents using gin (document)`.execute(db);
    } else {
      await db.schema
        .createTable('search_documents')
        .addColumn('doc_id', 'integer', (c) => c.primaryKey())
        .addColumn('article_id', 'text', (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
        .addColumn('body_text', 'text', (c) => c.notNull())
        .execute();
      // Words arrive normalised (lib/search/normalise.ts); the tokenizer only splits them on spaces.
      await sql`create virtual table search_fts using fts5(headline, standfirst, names, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    }
    await rebuildSearchIndex(db as unknown as Kysely<Database>);
  },

  async down(db: Kysely<unknown>) {
    await sql`drop table if exists search_fts`.execute(db);
    await db.schema.dropTable('search_documents').ifExists().execute();
  },
};
