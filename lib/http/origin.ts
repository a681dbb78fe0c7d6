/**
 * Cross-site request checks for state-changing browser requests (GUIDE §6 Abuse).
 *
 * Browsers send `Sec-Fetch-Site` and `Origin` on every POST; a form on another site posting to us
 * shows up as `cross-site` and a foreign Origin. Non-browser clients (curl, a mail provider's
 * one-click unsubscribe) send neither and cannot carry a reader's cookies or ambient authority,
 * so they are let through here and handled by rate limits and tokens instead.
 */

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(request: Request, allowedOrigins: readonly string[]): OriginVerdict {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') {
    return { ok: false, reason: `Sec-Fetch-Site is ${fetchSite.slice(0, 20)}` };
  }
  const origin = request.headers.get('origin');
  if (origin !== null) {
    // "null" is sent by sandboxed frames, file: pages and some privacy redirects: never ours.
    if (!allowedOrigins.includes(origin)) return { ok: false, reason: 'foreign Origin' };
  }
  return { ok: true };
}

/** Origins a same-origin request may carry: the configured public site, and the URL the server saw. */
export function ownOrigins(request: Request, siteUrl: string): string[] {
  const origins = new Set<string>();
  try {
    origins.add(new URL(siteUrl).origin);
  } catch {
    // An invalid SITE_URL is reported by lib/env at start-up.
  }
  try {
    origins.add(new URL(request.url).origin);
  } catch {
    // Request URLs are always absolute in route handlers.
  }
  return [...origins];
}
