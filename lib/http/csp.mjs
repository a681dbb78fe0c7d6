// @ts-check
/**
 * The one Content-Security-Policy of every Meridian response (decision record 0008), shared by
 * next.config.js (the header every response starts with), proxy.ts (editor and preview pages: a
 * nonce per request, since they are rendered per request) and scripts/server.mjs (cached pages: the
 * SHA-256 of each inline script, computed once per page version with its ETag and gzip bytes, by
 * inline-script-hashes.mjs).
 *
 * No policy allows inline scripts without a nonce or a hash. Styles keep 'unsafe-inline': React and
 * next/image write style attributes, which neither nonces nor hashes can cover, and CSS cannot run
 * script. Images may come from any https origin, as the content model allows (lib/content/safe-url.ts).
 * Plain JavaScript: server.mjs and next.config.js load it outside the Next bundle.
 */
/** @typedef {{ scriptSrc: readonly string[], frameAncestors?: string, frameSrc?: string }} PolicyOptions */

/** @param {PolicyOptions} options */
export function contentSecurityPolicy({ scriptSrc, frameAncestors = "'none'", frameSrc }) {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptSrc].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(frameSrc ? [`frame-src ${frameSrc}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** What a production build sends before a page's hashes are known: scripts from our origin only. */
export const STRICT_POLICY = contentSecurityPolicy({ scriptSrc: [] });

/**
 * `next dev` rewrites and evaluates scripts on the fly (React Refresh), and no server of ours sees
 * its bodies whole: the development policy is looser, and only ever sent by `next dev`.
 */
export const DEVELOPMENT_POLICY = contentSecurityPolicy({ scriptSrc: ["'unsafe-inline'", "'unsafe-eval'"] });

/**
 * `policy` with its script sources replaced by our origin plus `hashes`; every other directive
 * (frame-ancestors of a framed preview, …) is kept.
 * @param {string} policy
 * @param {readonly string[]} hashes
 */
export function withScriptHashes(policy, hashes) {
  const script = `script-src ${["'self'", ...hashes].join(' ')}`;
  const directives = policy.split(';').map((directive) => directive.trim());
  return directives.map((directive) => (/^script-src(\s|$)/i.test(directive) ? script : directive)).join('; ');
}

/** True for a policy minted per request with a nonce (proxy.ts): it already allows exactly its scripts. */
export function hasNonce(/** @type {string} */ policy) {
  return /'nonce-/.test(policy);
}
