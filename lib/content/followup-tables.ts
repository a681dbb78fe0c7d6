/**
 * Row type of the publish follow-ups (migration 0006_publish_followups): the work a publish,
 * correction or unpublish still owes after the editor's response, kept in the database so that a
 * restart or a crash cannot drop it. Same conventions as lib/db/tables.ts.
 *
 * Each row is one change's second pass: expire its cache tags again (a render that began before the
 * commit and outlived the settle wait may have cached the old page) and ask the CDN to purge them
 * (CDN_PURGE_URL), retried with backoff while the CDN is away. A row is pending while done_at and
 * failed_at are both null; a runner claims it with a lease, like the mail outbox.
 */

export interface PublishFollowupsTable {
  id: string;
  article_id: string;
  /** JSON array of the cache tags the change touched. */
  tags: string;
  created_at: string;
  attempts: number;
  /** When the next try is due: the healing delay after the change, later after a failed purge. */
  due_at: string;
  lease_until: string | null;
  claimed_by: string | null;
  done_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

export interface PublishFollowupTables {
  publish_followups: PublishFollowupsTable;
}
