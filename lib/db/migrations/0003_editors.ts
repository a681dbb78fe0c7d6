import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Editor accounts and preview share links (lib/auth/tables.ts). Portable column types only,
 * so one migration serves SQLite and PostgreSQL.
 */
export const editorsMigration: Migration = {
  // Migrations see the schema as it was when they were written, not today's Database type.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('editors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().defaultTo('editor'))
      .addColumn('disabled_at', 'text')
      .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('preview_shares')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'text', (c) => c.notNull().references('editors.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('preview_shares_article_id').on('preview_shares').column('article_id').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('preview_shares').execute();
    await db.schema.dropTable('editors').execute();
  },
};
