import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Unsaved previews (lib/preview/unsaved-tables.ts): the article as an editor's form stands right now,
 * kept for the preview frame beside the form to render, for its editor only, for a short while.
 */
export const unsavedPreviewsMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('unsaved_previews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('editor_id', 'text', (c) => c.notNull().references('editors.id').onDelete('cascade'))
      .addColumn('article_id', 'text', (c) => c.references('articles.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('article', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('unsaved_previews_expires_at').on('unsaved_previews').column('expires_at').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('unsaved_previews').ifExists().execute();
  },
};
