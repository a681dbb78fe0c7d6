import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * Autosave (issue 14, lib/editorial/draft-store.ts): a revision written by autosave records when its
 * uninterrupted streak began, so later autosaves in the streak update that row instead of adding one.
 * A nullable column, not a new revision kind: the kind's CHECK constraint stays as 0007 made it, and
 * rebuilding the table on SQLite would copy every revision.
 */
export const autosaveMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('article_revisions').addColumn('autosave_since', 'text').execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('article_revisions').dropColumn('autosave_since').execute();
  },
};
