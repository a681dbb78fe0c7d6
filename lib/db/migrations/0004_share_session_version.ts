import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Share links remember the session version of the editor who made them (lib/preview/shares.ts):
 * a link works only while its editor is enabled and still on that version, so disabling an editor
 * or resetting their password kills their links at once. Existing links take their editor's
 * current version, so they keep working until they expire or their editor's next reset.
 */
export const shareSessionVersionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('preview_shares')
      .addColumn('created_session_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update preview_shares set created_session_version = coalesce((select e.session_version from editors e where e.id = preview_shares.created_by), 0)`.execute(db);
    await db.schema.createIndex('preview_shares_created_by').on('preview_shares').column('created_by').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('preview_shares_created_by').execute();
    await db.schema.alterTable('preview_shares').dropColumn('created_session_version').execute();
  },
};
