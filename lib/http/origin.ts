/**
 * Cross-site request checks for state-changing browser requests.
 *
 * Browsers send `Sec-Fetch-Site` and `Origin` on every POST; a form on another site posting to us
 * shows up as `cross-site` and a foreign Origin. Non-browser clients (curl, a mail provider's
 * one-click unsubscribe) send neither and cannot carry a reader's cookies or ambient authority,
 * so they are let through here and handled by rate limits and tokens instead.
 *
 * A reader may reach the site at any address (127.0.0.1, localhost on another port, a LAN
 * address), not only at SITE_URL, so "our origin" is SITE_URL or the address the request was sent to.
 */

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkSameOrigin(request: Request, allowedOrigins: readonly string[]): OriginVerdict {
  const fetchSite = request.headers.get('sec-fetch-site');
  // The browser sets Sec-Fetch-Site and no page can forge it: same-origin is proof, whatever the address.
  if (fetchSite === 'same-origin') return { ok: true };
  if (fetchSite !== null) return { ok: false, reason: `Sec-Fetch-Site is ${fetchSite.slice(0, 20)}` };
  const origin = request.headers.get('origin');
  // "null" is sent by sandboxed frames, file: pages and some privacy redirects: never ours.
  if (origin !== null && !allowedOrigins.includes(origin)) return { ok: false, reason: 'foreign Origin' };
  return { ok: true };
}

/**
 * Origins a same-origin request may carry: the configured public site, and the origin the client
 * addressed (Host over the request's scheme; X-Forwarded-Host/Proto only with TRUST_PROXY).
 */
export function ownOrigins(request: Request, siteUrl: string, trustProxy: boolean): string[] {
  const origins = [originOf(siteUrl), addressedOrigin(request, trustProxy)];
  return [...new Set(origins.filter((origin): origin is string => origin !== null))];
}

/** A plain host[:port] (name, IPv4 or [IPv6]), so a Host header cannot smuggle a path or credentials. */
const HOST = /^(?:[a-z0-9_.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function addressedOrigin(request: Request, trustProxy: boolean): string | null {
  const url = new URL(request.url);
  // Without a proxy of our own in front, forwarded headers are whatever the client chose.
  const forwardedHost = trustProxy ? lastValue(request.headers.get('x-forwarded-host')) : null;
  const forwardedProto = trustProxy ? lastValue(request.headers.get('x-forwarded-proto')) : null;
  const host = forwardedHost ?? request.headers.get('host') ?? url.host;
  const scheme = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : url.protocol.slice(0, -1);
  return HOST.test(host) ? originOf(`${scheme}://${host}`) : null;
}

/** The entry our proxy wrote: it appends to (or replaces) what the client sent. */
function lastValue(header: string | null): string | null {
  const value = header?.split(',').pop()?.trim();
  return value ? value.toLowerCase() : null;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    // Not a URL (an invalid SITE_URL is also reported by lib/env at start-up).
    return null;
  }
}
