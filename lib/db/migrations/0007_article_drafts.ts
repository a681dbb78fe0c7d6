import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Writing drafts in the browser (issue 14, lib/editorial/): a version number on each article for
 * optimistic concurrency, the working copy of an article whose saved text readers must not see yet,
 * every save kept as a revision, and permanent redirects from the slugs a public article had.
 * Portable column types only, like 0001.
 */
export const articleDraftsMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite's ALTER TABLE adds one at a time.
    await db.schema.alterTable('articles').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('articles').addColumn('working_copy', 'text').execute();

    await db.schema
      .createTable('article_revisions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('save', 'restore', 'baseline', 'conflict')`))
      .addColumn('editor_id', 'text', (c) => c.references('editors.id'))
      .addColumn('restored_from', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('article_revisions_article_created').on('article_revisions').columns(['article_id', 'created_at']).execute();
    // A version is saved once; refused copies (conflicts) keep the version they started from beside it.
    await db.schema
      .createIndex('article_revisions_article_version')
      .on('article_revisions')
      .columns(['article_id', 'version'])
      .unique()
      .where(sql.ref('kind'), '<>', sql.lit('conflict'))
      .execute();

    await db.schema
      .createTable('slug_redirects')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('slug_redirects_article_id').on('slug_redirects').column('article_id').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('slug_redirects').ifExists().execute();
    await db.schema.dropTable('article_revisions').ifExists().execute();
    await db.schema.alterTable('articles').dropColumn('working_copy').execute();
    await db.schema.alterTable('articles').dropColumn('version').execute();
  },
};
