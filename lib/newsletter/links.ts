import { signLinkToken } from './tokens';

/**
 * Absolute URLs that go into mails. Paths live here so mails, pages and tests agree. Each token
 * path answers GET with a page (whose button POSTs) and POST with the action.
 */
export const NEWSLETTER_PATHS = {
  confirm: '/newsletter/confirm',
  /** Also the List-Unsubscribe target: POST with List-Unsubscribe=One-Click is RFC 8058 one-click. */
  unsubscribe: '/newsletter/unsubscribe',
  manage: '/newsletter/manage',
  status: (outcome: string) => `/newsletter/status/${outcome}`,
} as const;

interface LinkContext {
  siteUrl: string;
  linkSecret: Buffer;
}

const withToken = (siteUrl: string, pathname: string, token: string) =>
  `${siteUrl}${pathname}?token=${encodeURIComponent(token)}`;

export function confirmUrl(siteUrl: string, token: string): string {
  return withToken(siteUrl, NEWSLETTER_PATHS.confirm, token);
}

export function unsubscribeToken(ctx: LinkContext, subscriberId: string, newsletterId: string): string {
  return signLinkToken(ctx.linkSecret, { purpose: 'unsubscribe', subscriberId, newsletterId });
}

/** One URL serves the one-click POST, the browser GET (a page with a button) and the mail body link. */
export function unsubscribeUrl(ctx: LinkContext, subscriberId: string, newsletterId: string): { url: string; token: string } {
  const token = unsubscribeToken(ctx, subscriberId, newsletterId);
  return { url: withToken(ctx.siteUrl, NEWSLETTER_PATHS.unsubscribe, token), token };
}

export function manageUrl(ctx: LinkContext, subscriberId: string): string {
  const token = signLinkToken(ctx.linkSecret, { purpose: 'manage', subscriberId, newsletterId: null });
  return withToken(ctx.siteUrl, NEWSLETTER_PATHS.manage, token);
}
