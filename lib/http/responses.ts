/**
 * Small response builders shared by route handlers. Everything they produce is `no-store`: these
 * answers are per-request and must never enter a shared cache. No stack traces, ever.
 */

const NO_STORE = 'no-store';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': NO_STORE, ...headers },
  });
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE, ...headers },
  });
}

/** 303 See Other: after a form POST the browser GETs the target (post/redirect/get). */
export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': NO_STORE, ...headers } });
}

export function methodNotAllowed(allow: readonly string[]): Response {
  return jsonResponse(405, { ok: false, error: { message: `Use ${allow.join(' or ')}.` } }, { Allow: allow.join(', ') });
}

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

export interface HtmlMessage {
  title: string;
  message: string;
  link?: { href: string; label: string };
  lang?: string;
  /** Extra markup after the message, already escaped by the caller (forms, scripts). */
  trustedHtml?: string;
}

/**
 * A complete, self-contained HTML page for answers to plain form posts (no JavaScript needed).
 * Kept deliberately simple: it has to render even when the app's layout or database is broken.
 */
export function htmlResponse(status: number, page: HtmlMessage, headers: Record<string, string> = {}): Response {
  const link = page.link ? `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.label)}</a></p>` : '';
  const body = `<!doctype html>
<html lang="${escapeHtml(page.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>:root{color-scheme:light dark}body{font:1.125rem/1.6 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b;background:#fdfcf9}h1{font-size:1.5rem;line-height:1.3}a{color:#0b4f9c}button{font:inherit;font-weight:600;min-height:2.75rem;padding:0 1.25rem;border:0;border-radius:.25rem;background:#a1122b;color:#fff;cursor:pointer}:focus-visible{outline:3px solid #1a56db;outline-offset:2px}fieldset{border:0;padding:0;margin:1rem 0}li{list-style:none;margin:.5rem 0}input[type=checkbox]{width:1.25rem;height:1.25rem;margin-inline-end:.5rem;vertical-align:-.2rem}@media (prefers-color-scheme:dark){body{color:#ececec;background:#121212}a{color:#8ab4ff}button{background:#ff8f9f;color:#121212}}</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
<p role="status">${escapeHtml(page.message)}</p>
${page.trustedHtml ?? ''}
${link}
</main>
</body>
</html>
`;
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NO_STORE, ...headers },
  });
}
