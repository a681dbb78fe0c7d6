/**
 * Row type of the durable mail outbox (migration 0005_mail_outbox). Same conventions as
 * lib/db/tables.ts: ISO-8601 UTC text timestamps, JSON as text, integers for counters.
 *
 * A row is pending while sent_at and failed_at are both null; a sender claims it by setting
 * claimed_by and lease_until, and only an accepted delivery sets sent_at.
 */

export const MAIL_KINDS = ['newsletter-confirmation', 'newsletter-welcome'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailOutboxTable {
  id: string;
  kind: MailKind;
  recipient: string;
  /** Opaque per-address key (never the address) so a resend can find an unsent mail; null when unused. */
  address_key: string | null;
  /** `<uuid@site-host>`, fixed at insert time: every retry carries the same one. */
  message_id: string;
  subject: string;
  /** Emptied once sent: a confirmation link is a bearer credential and has no business staying. */
  text_body: string;
  html_body: string | null;
  /** JSON object of extra headers (List-Unsubscribe…). */
  headers: string;
  created_at: string;
  /** When this mail (re)entered the queue; the give-up clock runs from here. */
  queued_at: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  claimed_by: string | null;
  sent_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
