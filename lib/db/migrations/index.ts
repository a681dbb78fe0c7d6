import type { Migration } from 'kysely/migration';
import { contentMigration } from './0001_content';
import { newsletterMigration } from './0002_newsletter';
import { editorsMigration } from './0003_editors';
import { shareSessionVersionMigration } from './0004_share_session_version';
import { mailOutboxMigration } from './0005_mail_outbox';
import { publishFollowupsMigration } from './0006_publish_followups';
import { articleDraftsMigration } from './0007_article_drafts';
import { mediaMigration } from './0008_media';
import { searchMigration } from './0009_search';
import { autosaveMigration } from './0010_autosave';
import { unsavedPreviewsMigration } from './0011_unsaved_previews';

/**
 * Every migration, in order. A static registry (not Kysely's FileMigrationProvider) because the
 * app is bundled by Next.js and cannot read its own source folder at run time.
 * Names sort in the order they must run; never rename or reorder an entry that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_content': contentMigration,
  '0002_newsletter': newsletterMigration,
  '0003_editors': editorsMigration,
  '0004_share_session_version': shareSessionVersionMigration,
  '0005_mail_outbox': mailOutboxMigration,
  '0006_publish_followups': publishFollowupsMigration,
  '0007_article_drafts': articleDraftsMigration,
  '0008_media': mediaMigration,
  '0009_search': searchMigration,
  '0010_autosave': autosaveMigration,
  '0011_unsaved_previews': unsavedPreviewsMigration,
};
