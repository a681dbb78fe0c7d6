import type { MailMessage } from '@/lib/mail';
import type { NewsletterContext } from './context';
import { confirmUrl, manageUrl, unsubscribeUrl } from './links';

/**
 * The mails a subscriber receives. Plain text first (it is what many readers and every spam
 * filter look at), with a simple HTML alternative. Every mail about a specific newsletter carries
 * List-Unsubscribe and List-Unsubscribe-Post (RFC 2369, RFC 8058).
 */

export interface NewsletterRef {
  id: string;
  slug: string;
  name: string;
}

type LinkCtx = Pick<NewsletterContext, 'siteUrl' | 'siteName' | 'linkSecret' | 'unsubscribeMailto'>;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function listNames(newsletters: readonly NewsletterRef[]): string {
  const names = newsletters.map((n) => n.name);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function confirmationMail(ctx: LinkCtx, to: string, token: string, newsletters: readonly NewsletterRef[]): MailMessage {
  const link = confirmUrl(ctx.siteUrl, token);
  const names = listNames(newsletters);
  const text = [
    `Please confirm that you want to receive ${names} from ${ctx.siteName}.`,
    '',
    `Confirm your subscription: ${link}`,
    '',
    'The link works for 24 hours. If you did not ask for this, ignore this email: you will not be subscribed and we will not write again.',
  ].join('\n');
  const html = `<p>Please confirm that you want to receive <strong>${escapeHtml(names)}</strong> from ${escapeHtml(ctx.siteName)}.</p>
<p><a href="${escapeHtml(link)}">Confirm your subscription</a></p>
<p>The link works for 24 hours. If you did not ask for this, ignore this email: you will not be subscribed and we will not write again.</p>`;
  return { to, subject: `Confirm your subscription to ${names}`, text, html };
}

/** List-Unsubscribe headers for one subscriber and newsletter. */
export function listUnsubscribeHeaders(ctx: LinkCtx, subscriberId: string, newsletterId: string): Record<string, string> {
  const { url, token } = unsubscribeUrl(ctx, subscriberId, newsletterId);
  const targets = [`<${url}>`];
  if (ctx.unsubscribeMailto) {
    targets.push(`<mailto:${ctx.unsubscribeMailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`);
  }
  return {
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Sent once a subscription is confirmed: the first newsletter mail, with working unsubscribe links. */
export function welcomeMail(ctx: LinkCtx, to: string, subscriberId: string, newsletter: NewsletterRef): MailMessage {
  const { url: page } = unsubscribeUrl(ctx, subscriberId, newsletter.id);
  const manage = manageUrl(ctx, subscriberId);
  const text = [
    `You are subscribed to ${newsletter.name}. The next issue will arrive on its usual schedule.`,
    '',
    `Unsubscribe: ${page}`,
    `Choose your newsletters: ${manage}`,
  ].join('\n');
  const html = `<p>You are subscribed to <strong>${escapeHtml(newsletter.name)}</strong>. The next issue will arrive on its usual schedule.</p>
<p><a href="${escapeHtml(page)}">Unsubscribe</a> · <a href="${escapeHtml(manage)}">Choose your newsletters</a></p>`;
  return {
    to,
    subject: `Welcome to ${newsletter.name}`,
    text,
    html,
    headers: listUnsubscribeHeaders(ctx, subscriberId, newsletter.id),
  };
}
