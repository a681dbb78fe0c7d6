import { createHash, randomUUID } from 'node:crypto';
import { enqueueMail, hasUnsentMail } from '@/lib/mail/outbox-repository';
import type { NewsletterContext } from './context';
import { confirmationMail } from './mails';
import { appendEvents, inTransaction, newslettersBySlug, type EventInput } from './repository';
import { CONFIRMATION_TTL_MS, newConfirmationToken } from './tokens';
import type { SubscribeInput } from './validation';

/**
 * The signup service. Whatever the address's state (new, pending, confirmed,
 * unsubscribed earlier) the caller gets the same `accepted` outcome, so the answer reveals
 * nothing about who subscribed. Rules:
 *
 * - confirmed subscriptions are never touched (no downgrade to pending, no new mail);
 * - new or previously unsubscribed ones become pending and get a confirmation link, which
 *   covers only the newsletters of this request that still need confirming;
 * - at most one confirmation mail per address per `confirmationMail` window, counting case
 *   variants of an address as one; further requests inside it are recorded but mail nothing;
 * - a confirmation still waiting in the mail outbox (SMTP away, a crash before it left) is not
 *   doubled: the reader gets that one;
 * - all writes, the queued mail included, happen in one transaction; the outbox is drained after
 *   the response (ctx.defer), so a crash after the commit delays the mail but never loses it.
 */

export type SubscribeOutcome =
  | { kind: 'accepted' }
  | { kind: 'unknown-newsletter'; slugs: string[] }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export interface SubscribeRequest {
  input: SubscribeInput;
  /** Same-origin path of the form's page, or null. */
  sourcePath: string | null;
}

/**
 * Opaque, stable key for an address in rate limits and logs: never the address itself. Case
 * variants ("Ana@x.org", "aNa@x.org") share one key, so they share the per-address and mail limits,
 * while each is still stored as typed (see email.ts for why the local part is not folded).
 */
export function addressKey(email: string): string {
  // Upper then lower approximates Unicode case folding: ß/SS/ss and ς/σ/Σ fall together.
  const folded = email.toUpperCase().toLowerCase();
  return createHash('sha256').update(`meridian-newsletter:${folded}`, 'utf8').digest('hex').slice(0, 32);
}

export async function subscribe(ctx: NewsletterContext, { input, sourcePath }: SubscribeRequest): Promise<SubscribeOutcome> {
  const found = await newslettersBySlug(ctx.db, input.newsletters);
  const usable = new Map(found.filter((n) => n.active).map((n) => [n.slug, n]));
  const unknown = input.newsletters.filter((slug) => !usable.has(slug));
  if (unknown.length > 0) return { kind: 'unknown-newsletter', slugs: unknown };

  const key = addressKey(input.email);
  const perAddress = await ctx.limiter.consume(ctx.rules.signupPerAddress, key);
  if (!perAddress.allowed) return { kind: 'rate-limited', retryAfterSeconds: perAddress.retryAfterSeconds };

  // Sorted, so two concurrent requests for the same address lock rows in the same order.
  const newsletters = [...usable.values()].sort((a, b) => a.id.localeCompare(b.id));
  const queued = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.now().toISOString();
    await trx
      .insertInto('newsletter_subscribers')
      .values({ id: randomUUID(), email: input.email, created_at: now })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
    const subscriber = await trx
      .selectFrom('newsletter_subscribers')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirstOrThrow();

    const consent = { consent_version: input.consentVersion, source_path: sourcePath, requested_at: now, updated_at: now };
    // New subscriptions; an existing row (any status) is left alone by this statement.
    await trx
      .insertInto('newsletter_subscriptions')
      .values(
        newsletters.map((n) => ({
          id: randomUUID(),
          subscriber_id: subscriber.id,
          newsletter_id: n.id,
          status: 'pending' as const,
          confirmed_at: null,
          unsubscribed_at: null,
          ...consent,
        })),
      )
      .onConflict((oc) => oc.columns(['subscriber_id', 'newsletter_id']).doNothing())
      .execute();
    // Pending and unsubscribed rows take the new request's consent record; confirmed rows never change.
    await trx
      .updateTable('newsletter_subscriptions')
      .set({ status: 'pending', ...consent })
      .where('subscriber_id', '=', subscriber.id)
      .where('newsletter_id', 'in', newsletters.map((n) => n.id))
      .where('status', '!=', 'confirmed')
      .execute();
    const pending = await trx
      .selectFrom('newsletter_subscriptions')
      .select('newsletter_id')
      .where('subscriber_id', '=', subscriber.id)
      .where('newsletter_id', 'in', newsletters.map((n) => n.id))
      .where('status', '=', 'pending')
      .execute();
    const needConfirming = newsletters.filter((n) => pending.some((row) => row.newsletter_id === n.id));
    if (needConfirming.length === 0) return false;

    const events: EventInput[] = needConfirming.map((n) => ({
      subscriberId: subscriber.id,
      newsletterId: n.id,
      type: 'requested',
      channel: 'form',
      at: now,
      consentVersion: input.consentVersion,
      sourcePath,
    }));
    await appendEvents(trx, events);

    if (await hasUnsentMail(trx, 'newsletter-confirmation', key)) return false;
    const throttle = await ctx.limiter.consume(ctx.rules.confirmationMail, key);
    if (!throttle.allowed) return false;
    const { token, hash } = newConfirmationToken();
    await trx
      .insertInto('newsletter_confirmation_tokens')
      .values({
        token_hash: hash,
        subscriber_id: subscriber.id,
        newsletter_ids: JSON.stringify(needConfirming.map((n) => n.id)),
        created_at: now,
        expires_at: new Date(ctx.now().getTime() + CONFIRMATION_TTL_MS).toISOString(),
        used_at: null,
      })
      .execute();
    await enqueueMail(
      trx,
      { kind: 'newsletter-confirmation', addressKey: key, message: confirmationMail(ctx, input.email, token, needConfirming) },
      { now: ctx.now(), siteUrl: ctx.siteUrl },
    );
    return true;
  });

  if (queued) ctx.defer(ctx.outbox.kick);
  return { kind: 'accepted' };
}
