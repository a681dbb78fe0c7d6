import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/seo/site';
import { signLinkToken } from './tokens';

/**
 * Absolute URLs that go into mails (paths from lib/routes.ts, so mails, pages and tests agree). Each
 * token path answers GET with a page (whose button POSTs) and POST with the action.
 */

interface LinkContext {
  siteUrl: string;
  linkSecret: Buffer;
}

const withToken = (siteUrl: string, pathname: string, token: string) =>
  absoluteUrl(`${pathname}?token=${encodeURIComponent(token)}`, siteUrl);

export function confirmUrl(siteUrl: string, token: string): string {
  return withToken(siteUrl, routes.newsletterConfirm(), token);
}

export function unsubscribeToken(ctx: LinkContext, subscriberId: string, newsletterId: string): string {
  return signLinkToken(ctx.linkSecret, { purpose: 'unsubscribe', subscriberId, newsletterId });
}

/** One URL serves the one-click POST, the browser GET (a page with a button) and the mail body link. */
export function unsubscribeUrl(ctx: LinkContext, subscriberId: string, newsletterId: string): { url: string; token: string } {
  const token = unsubscribeToken(ctx, subscriberId, newsletterId);
  return { url: withToken(ctx.siteUrl, routes.newsletterUnsubscribe(), token), token };
}

export function manageUrl(ctx: LinkContext, subscriberId: string): string {
  const token = signLinkToken(ctx.linkSecret, { purpose: 'manage', subscriberId, newsletterId: null });
  return withToken(ctx.siteUrl, routes.newsletterManage(), token);
}
