import { z } from 'zod';
import { enqueueMail } from '@/lib/mail/outbox-repository';
import type { NewsletterContext } from './context';
import { welcomeMail } from './mails';
import { appendEvents, inTransaction, newslettersById } from './repository';
import { hashConfirmationToken, isConfirmationTokenShape } from './tokens';

/**
 * Confirming a subscription from the mailed link. Only a POST reaches this (the link's GET shows
 * a page with a button), so a mail scanner that pre-opens links confirms nothing.
 * Each outcome has its own page: confirmed, already-used, expired, invalid.
 */

export type ConfirmOutcome =
  | { kind: 'confirmed'; newsletters: string[] }
  | { kind: 'already-used' }
  | { kind: 'expired' }
  | { kind: 'invalid' };

const newsletterIdsSchema = z.array(z.string().min(1).max(200)).max(50);

export async function confirmSubscription(ctx: NewsletterContext, token: unknown): Promise<ConfirmOutcome> {
  if (!isConfirmationTokenShape(token)) return { kind: 'invalid' };
  const hash = hashConfirmationToken(token);

  const result = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('newsletter_confirmation_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) return { outcome: { kind: 'invalid' } as const };
    if (row.used_at !== null) return { outcome: { kind: 'already-used' } as const };
    const now = ctx.now();
    if (Date.parse(row.expires_at) <= now.getTime()) return { outcome: { kind: 'expired' } as const };
    const at = now.toISOString();

    // The guard on used_at makes a double submit race-free: only one transaction claims the token.
    const claimed = await trx
      .updateTable('newsletter_confirmation_tokens')
      .set({ used_at: at })
      .where('token_hash', '=', hash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return { outcome: { kind: 'already-used' } as const };

    const ids = newsletterIdsSchema.safeParse(JSON.parse(row.newsletter_ids) as unknown);
    const newsletters = ids.success ? (await newslettersById(trx, ids.data)).filter((n) => n.active) : [];
    const pending = newsletters.length
      ? await trx
          .selectFrom('newsletter_subscriptions')
          .select('newsletter_id')
          .where('subscriber_id', '=', row.subscriber_id)
          .where('newsletter_id', 'in', newsletters.map((n) => n.id))
          .where('status', '=', 'pending')
          .execute()
      : [];
    // Only pending rows: an unsubscribe made after this mail was sent must stand.
    const confirmed = newsletters.filter((n) => pending.some((p) => p.newsletter_id === n.id));
    if (confirmed.length > 0) {
      await trx
        .updateTable('newsletter_subscriptions')
        .set({ status: 'confirmed', confirmed_at: at, updated_at: at })
        .where('subscriber_id', '=', row.subscriber_id)
        .where('newsletter_id', 'in', confirmed.map((n) => n.id))
        .where('status', '=', 'pending')
        .execute();
      await appendEvents(
        trx,
        confirmed.map((n) => ({ subscriberId: row.subscriber_id, newsletterId: n.id, type: 'confirmed', channel: 'confirm-link', at })),
      );
    }
    const subscriber = await trx
      .selectFrom('newsletter_subscribers')
      .select(['id', 'email'])
      .where('id', '=', row.subscriber_id)
      .executeTakeFirstOrThrow();
    // Queued with the confirmation itself: a crash after the commit delays the welcome, never loses it.
    for (const newsletter of confirmed) {
      await enqueueMail(trx, { kind: 'newsletter-welcome', message: welcomeMail(ctx, subscriber.email, subscriber.id, newsletter) }, { now, siteUrl: ctx.siteUrl });
    }
    return { outcome: { kind: 'confirmed', newsletters: confirmed.map((n) => n.name) } as const, queued: confirmed.length > 0 };
  });

  if ('queued' in result && result.queued) ctx.defer(ctx.outbox.kick);
  return result.outcome;
}
