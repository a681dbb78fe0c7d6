// @ts-check
/**
 * What scripts/server.mjs does to Next's responses by itself, and nothing more:
 * - a 500 answered to a GET or HEAD of a reader URL becomes 503 with Retry-After and
 *   `Cache-Control: private, no-store`, so no browser or CDN keeps the failure (and never a 404 that
 *   would be cached as "this story does not exist"); why Next cannot do this itself:
 *   docs/decisions/0002-caching-model.md. Cached pages never reach this branch; API routes set their
 *   own statuses and framework assets are left alone;
 * - the editor area (/editor/*) always answers `Cache-Control: private, no-store` (proxy.ts sets it,
 *   but Next overwrites it on server-action responses with a no-store that leaves out `private`), and
 *   its bodies stop at Next's own 1 MB cap for Server Actions with a 413 (past it Next answers 500).
 */
import { MAX_UPLOAD_BODY_BYTES, UPLOAD_PATH } from './body-limit.mjs';
import { PRIVATE_CACHE_CONTROL } from './private-headers.mjs';

const RETRY_AFTER_SECONDS = '30';

/**
 * Reader URLs whose failure means "this content cannot be produced right now": pages, feeds and
 * sitemaps. Not /api/* (handlers choose their own statuses) and not /_next/* (framework assets).
 * @param {import('node:http').IncomingMessage} req
 */
export function isReaderRead(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return !/^\/(api|_next)(\/|$)/.test(path);
}

/**
 * Removes Cache-Control and Retry-After from headers passed straight to writeHead (object or flat
 * [name, value, …] array), so the values this wrapper sets are the ones sent.
 * @param {unknown} headers
 */
function withoutCachingHeaders(headers) {
  const drop = (/** @type {unknown} */ name) => /^(cache-control|retry-after)$/i.test(String(name));
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) return headers.filter((pair) => !drop(pair[0]));
    /** @type {unknown[]} */
    const kept = [];
    for (let i = 0; i < headers.length; i += 2) if (!drop(headers[i])) kept.push(headers[i], headers[i + 1]);
    return kept;
  }
  if (headers && typeof headers === 'object') {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !drop(name)));
  }
  return headers;
}

/**
 * Turns a 500 on this response into 503 + Retry-After + no-store. Node's implicit header write
 * (first write or end) goes through res.writeHead too, so one wrapper catches both paths.
 * @param {import('node:http').ServerResponse} res
 */
export function answerFailuresAsUnavailable(res) {
  const writeHead = res.writeHead;
  /** @type {(statusCode: number, ...rest: unknown[]) => import('node:http').ServerResponse} */
  const wrapped = function (statusCode, ...rest) {
    if (statusCode !== 500) return Reflect.apply(writeHead, res, [statusCode, ...rest]);
    res.setHeader('Retry-After', RETRY_AFTER_SECONDS);
    res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
    // Drop a custom reason phrase ("Internal Server Error") so Node sends "Service Unavailable".
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    return Reflect.apply(writeHead, res, headers === undefined ? [503] : [503, withoutCachingHeaders(headers)]);
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (wrapped);
}

/** Next's default `serverActions.bodySizeLimit` ('1mb'): larger posts to a server action make it answer 500. */
const EDITOR_MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body cap of this request: the editor pages' (server actions), picture uploads' or everyone's.
 * @param {import('node:http').IncomingMessage} req
 */
export function bodyCapOf(req) {
  if (isEditorArea(req)) return EDITOR_MAX_BODY_BYTES;
  return (req.url ?? '/').split('?')[0] === UPLOAD_PATH ? MAX_UPLOAD_BODY_BYTES : undefined;
}

/** @param {import('node:http').IncomingMessage} req */
export function isEditorArea(req) {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return path === '/editor' || path.startsWith('/editor/');
}

/**
 * Whatever Next decided, an editor response leaves as private and never stored.
 * @param {import('node:http').ServerResponse} res
 */
export function keepEditorResponsesPrivate(res) {
  const writeHead = res.writeHead;
  /** @type {(statusCode: number, ...rest: unknown[]) => import('node:http').ServerResponse} */
  const wrapped = function (statusCode, ...rest) {
    res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL);
    const args = rest.map((arg) => (typeof arg === 'object' && arg !== null ? withoutCachingHeaders(arg) : arg));
    return Reflect.apply(writeHead, res, [statusCode, ...args]);
  };
  res.writeHead = /** @type {typeof res.writeHead} */ (wrapped);
}
