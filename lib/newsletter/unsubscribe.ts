import { domainToUnicode } from 'node:url';
import type { NewsletterContext } from './context';
import { appendEvents, inTransaction, newslettersById } from './repository';
import type { SubscriptionChannel } from './tables';
import { verifyLinkToken } from './tokens';

/**
 * Leaving: the RFC 8058 one-click POST, the button on the unsubscribe page, and the manage page.
 * Unsubscribing is idempotent (a second click answers the same) and recorded as an appended
 * event; the subscription row keeps its consent record and only changes status.
 */

export type UnsubscribeOutcome = { kind: 'unsubscribed' } | { kind: 'invalid' };

/** Whether `token` is a well-signed unsubscribe link (a cheap HMAC check, no database). */
export function isUnsubscribeToken(ctx: NewsletterContext, token: unknown): boolean {
  return Boolean(verifyLinkToken(ctx.linkSecret, token, 'unsubscribe')?.newsletterId);
}

export async function unsubscribeWithToken(ctx: NewsletterContext, token: unknown, channel: SubscriptionChannel): Promise<UnsubscribeOutcome> {
  const claims = verifyLinkToken(ctx.linkSecret, token, 'unsubscribe');
  if (!claims?.newsletterId) return { kind: 'invalid' };
  await leave(ctx, claims.subscriberId, [claims.newsletterId], channel);
  return { kind: 'unsubscribed' };
}

async function leave(ctx: NewsletterContext, subscriberId: string, newsletterIds: string[], channel: SubscriptionChannel): Promise<void> {
  if (newsletterIds.length === 0) return;
  await inTransaction(ctx.db, async (trx) => {
    const at = ctx.now().toISOString();
    const active = await trx
      .selectFrom('newsletter_subscriptions')
      .select('newsletter_id')
      .where('subscriber_id', '=', subscriberId)
      .where('newsletter_id', 'in', newsletterIds)
      .where('status', '!=', 'unsubscribed')
      .execute();
    if (active.length === 0) return;
    const ids = active.map((row) => row.newsletter_id);
    await trx
      .updateTable('newsletter_subscriptions')
      .set({ status: 'unsubscribed', unsubscribed_at: at, updated_at: at })
      .where('subscriber_id', '=', subscriberId)
      .where('newsletter_id', 'in', ids)
      .where('status', '!=', 'unsubscribed')
      .execute();
    await appendEvents(trx, ids.map((newsletterId) => ({ subscriberId, newsletterId, type: 'unsubscribed', channel, at })));
  });
}

/** "a•••@example.org": enough for readers to recognise their address, not enough to learn one. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = domainToUnicode(email.slice(at + 1)) || email.slice(at + 1);
  return `${[...local][0] ?? ''}•••@${domain}`;
}

export interface UnsubscribePreview {
  newsletterName: string;
  maskedEmail: string;
  alreadyUnsubscribed: boolean;
}

/** What the unsubscribe page shows before the reader presses the button; null for a bad link. */
export async function describeUnsubscribeLink(ctx: NewsletterContext, token: unknown): Promise<UnsubscribePreview | null> {
  const claims = verifyLinkToken(ctx.linkSecret, token, 'unsubscribe');
  if (!claims?.newsletterId) return null;
  const row = await ctx.db
    .selectFrom('newsletter_subscribers as s')
    .innerJoin('newsletter_subscriptions as sub', 'sub.subscriber_id', 's.id')
    .innerJoin('newsletters as n', 'n.id', 'sub.newsletter_id')
    .select(['s.email', 'n.name', 'sub.status'])
    .where('s.id', '=', claims.subscriberId)
    .where('n.id', '=', claims.newsletterId)
    .executeTakeFirst();
  if (!row) return null;
  return { newsletterName: row.name, maskedEmail: maskEmail(row.email), alreadyUnsubscribed: row.status === 'unsubscribed' };
}

export interface Preferences {
  maskedEmail: string;
  subscriptions: { slug: string; name: string; status: 'pending' | 'confirmed' }[];
}

/** The manage page: the newsletters this subscriber still receives (or has asked for). */
export async function getPreferences(ctx: NewsletterContext, token: unknown): Promise<Preferences | null> {
  const claims = verifyLinkToken(ctx.linkSecret, token, 'manage');
  if (!claims) return null;
  const subscriber = await ctx.db.selectFrom('newsletter_subscribers').select('email').where('id', '=', claims.subscriberId).executeTakeFirst();
  if (!subscriber) return null;
  const rows = await ctx.db
    .selectFrom('newsletter_subscriptions as sub')
    .innerJoin('newsletters as n', 'n.id', 'sub.newsletter_id')
    .select(['n.slug', 'n.name', 'sub.status'])
    .where('sub.subscriber_id', '=', claims.subscriberId)
    .where('sub.status', '!=', 'unsubscribed')
    .orderBy('n.position')
    .orderBy('n.slug')
    .execute();
  return {
    maskedEmail: maskEmail(subscriber.email),
    subscriptions: rows.flatMap((row) => (row.status === 'unsubscribed' ? [] : [{ slug: row.slug, name: row.name, status: row.status }])),
  };
}

/** Keeps the newsletters in `keepSlugs` and unsubscribes from every other one. */
export async function savePreferences(ctx: NewsletterContext, token: unknown, keepSlugs: readonly string[]): Promise<UnsubscribeOutcome> {
  const claims = verifyLinkToken(ctx.linkSecret, token, 'manage');
  if (!claims) return { kind: 'invalid' };
  const current = await ctx.db
    .selectFrom('newsletter_subscriptions')
    .select('newsletter_id')
    .where('subscriber_id', '=', claims.subscriberId)
    .where('status', '!=', 'unsubscribed')
    .execute();
  const newsletters = await newslettersById(ctx.db, current.map((row) => row.newsletter_id));
  const keep = new Set(keepSlugs);
  const drop = newsletters.filter((n) => !keep.has(n.slug)).map((n) => n.id);
  await leave(ctx, claims.subscriberId, drop, 'manage-page');
  return { kind: 'unsubscribed' };
}
