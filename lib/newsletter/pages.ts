import { escapeHtml, htmlResponse } from '@/lib/http/responses';
import { routes } from '@/lib/routes';
import type { NewsletterContext } from './context';
import { isConfirmationTokenShape } from './tokens';
import { describeUnsubscribeLink, getPreferences } from './unsubscribe';

/**
 * The pages links in mails open: confirm, unsubscribe, manage. They are served by route handlers
 * as complete HTML documents rather than as streamed React pages, because their content depends
 * on the token in the URL: under Cache Components that part would stream in behind Suspense, and
 * without JavaScript a streamed part never replaces its fallback. These pages must work in any
 * browser with scripts off. Opening one never changes anything; its button POSTs.
 */

const PRIVATE_PAGE = { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' };

function tokenFrom(request: Request): string | null {
  const value = new URL(request.url).searchParams.get('token');
  return value && value.length <= 400 ? value : null;
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;

const badLink = (title: string) =>
  htmlResponse(
    404,
    {
      title,
      message: 'This link does not work. It may have been copied incompletely from the email.',
      link: { href: routes.newsletters(), label: 'Go to our newsletters' },
    },
    PRIVATE_PAGE,
  );

/**
 * Submits the confirmation form for readers with JavaScript (mail scanners rarely run it), once per
 * tab. A file from our origin, since the CSP runs no inline script without a hash (decision 0008).
 */
const AUTO_SUBMIT = '<script src="/scripts/newsletter-confirm.js"></script>';

/** GET /newsletter/confirm?token=… */
export function confirmPage(request: Request): Response {
  const token = tokenFrom(request);
  if (!isConfirmationTokenShape(token)) return badLink('Confirm your subscription');
  const form = `<form id="newsletter-confirm" action="${routes.newsletterConfirm()}" method="post">${hidden('token', token)}<button type="submit">Confirm my subscription</button></form>${AUTO_SUBMIT}`;
  return htmlResponse(
    200,
    { title: 'Confirm your subscription', message: 'Press the button to confirm your subscription.', trustedHtml: form },
    PRIVATE_PAGE,
  );
}

/** GET /newsletter/unsubscribe?token=… (also where List-Unsubscribe's URL leads a browser). */
export function createUnsubscribePage(getContext: () => Promise<NewsletterContext>) {
  return async function GET(request: Request): Promise<Response> {
    const token = tokenFrom(request);
    const preview = token ? await describeUnsubscribeLink(await getContext(), token) : null;
    if (!token || !preview) return badLink('Unsubscribe');
    if (preview.alreadyUnsubscribed) {
      return htmlResponse(200, { title: 'Unsubscribe', message: `${preview.maskedEmail} is already unsubscribed from ${preview.newsletterName}.` }, PRIVATE_PAGE);
    }
    const form = `<form action="${routes.newsletterUnsubscribe()}" method="post">${hidden('token', token)}<button type="submit">Unsubscribe</button></form>`;
    return htmlResponse(
      200,
      { title: 'Unsubscribe', message: `Stop sending ${preview.newsletterName} to ${preview.maskedEmail}?`, trustedHtml: form },
      PRIVATE_PAGE,
    );
  };
}

/** GET /newsletter/manage?token=…: untick what you no longer want. */
export function createManagePage(getContext: () => Promise<NewsletterContext>) {
  return async function GET(request: Request): Promise<Response> {
    const token = tokenFrom(request);
    const preferences = token ? await getPreferences(await getContext(), token) : null;
    if (!token || !preferences) return badLink('Your newsletters');
    if (preferences.subscriptions.length === 0) {
      return htmlResponse(200, { title: 'Your newsletters', message: `${preferences.maskedEmail} is not subscribed to any newsletter.` }, PRIVATE_PAGE);
    }
    const items = preferences.subscriptions
      .map((s) => {
        const id = `keep-${escapeHtml(s.slug)}`;
        const note = s.status === 'pending' ? ' (waiting for your confirmation)' : '';
        return `<li><input type="checkbox" id="${id}" name="keep" value="${escapeHtml(s.slug)}" checked><label for="${id}">${escapeHtml(s.name)}${note}</label></li>`;
      })
      .join('');
    const form = `<form action="${routes.newsletterManage()}" method="post">${hidden('token', token)}<fieldset><legend>Untick the newsletters you no longer want.</legend><ul>${items}</ul></fieldset><button type="submit">Save my choices</button></form>`;
    return htmlResponse(
      200,
      { title: 'Your newsletters', message: `Newsletters sent to ${preferences.maskedEmail}.`, trustedHtml: form },
      PRIVATE_PAGE,
    );
  };
}
