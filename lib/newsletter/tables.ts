/**
 * Row types for newsletter subscriptions (migration 0002_newsletter). Same conventions as
 * lib/db/tables.ts: ISO-8601 UTC text timestamps, JSON as text.
 *
 * Uniqueness of (normalised address, newsletter) is two constraints together: one subscriber row
 * per normalised address, one subscription row per (subscriber, newsletter).
 */

export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const SUBSCRIPTION_EVENT_TYPES = ['requested', 'confirmed', 'unsubscribed'] as const;
export type SubscriptionEventType = (typeof SUBSCRIPTION_EVENT_TYPES)[number];

/** How an event came about, for the consent record. */
export const SUBSCRIPTION_CHANNELS = ['form', 'confirm-link', 'one-click', 'unsubscribe-page', 'manage-page'] as const;
export type SubscriptionChannel = (typeof SUBSCRIPTION_CHANNELS)[number];

export interface NewsletterSubscribersTable {
  id: string;
  /** Normalised address (lib/newsletter/email.ts): unique. */
  email: string;
  created_at: string;
}

export interface NewsletterSubscriptionsTable {
  id: string;
  subscriber_id: string;
  newsletter_id: string;
  status: SubscriptionStatus;
  /** Version of the consent wording (lib/newsletter/consent.ts) shown on the form of the latest request. */
  consent_version: string;
  /** Path of the page the latest request came from; null when unknown. */
  source_path: string | null;
  requested_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  updated_at: string;
}

export interface NewsletterConfirmationTokensTable {
  /** SHA-256 (hex) of the token mailed to the reader; the token itself is never stored. */
  token_hash: string;
  subscriber_id: string;
  /** JSON array of newsletter ids this link confirms. */
  newsletter_ids: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Append-only history: every request, confirmation and unsubscribe, never updated or deleted. */
export interface NewsletterEventsTable {
  id: string;
  subscriber_id: string;
  newsletter_id: string;
  type: SubscriptionEventType;
  channel: SubscriptionChannel;
  consent_version: string | null;
  source_path: string | null;
  occurred_at: string;
}

export interface NewsletterTables {
  newsletter_subscribers: NewsletterSubscribersTable;
  newsletter_subscriptions: NewsletterSubscriptionsTable;
  newsletter_confirmation_tokens: NewsletterConfirmationTokensTable;
  newsletter_events: NewsletterEventsTable;
}
