import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Uploaded pictures (lib/media/tables.ts): one row per stored file, written after the file is in
 * place, so a row always names a complete file. Portable column types only, like 0001.
 */
export const mediaMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('media')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('mime', 'text', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('alt', 'text')
      .addColumn('uploaded_by', 'text', (c) => c.notNull().references('editors.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('media_uploaded_by_created').on('media').columns(['uploaded_by', 'created_at']).execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('media').ifExists().execute();
  },
};
