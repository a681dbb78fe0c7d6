// @ts-check
/**
 * A one-second cache of whole public responses in front of Next's request handler (scripts/server.mjs),
 * answered without entering Next, the way a micro-caching proxy in front of an origin does.
 * It stays exact because every cache-tag expiry empties it (the `'use cache'` handler calls `flush`),
 * a response begun before an expiry is never kept, and only what is the same for every reader is kept
 * (isSharedResponse, microCacheKey); why and at what gain: docs/decisions/0009-response-cache.md.
 */

/** Request headers that make Next answer differently (RSC payloads, router prefetches, server actions). */
const VARYING_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];
/** Response headers that belong to one response, not to the page. */
const PER_RESPONSE_HEADERS = new Set(['content-length', 'etag', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * @typedef {{ at: number, headers: [string, string | number | string[]][], body: string }} Entry
 * @typedef {{ key: string, generation: number }} Ticket
 */

/**
 * The key for a request that may be answered from the cache, or null.
 * @param {import('node:http').IncomingMessage} req
 */
export function microCacheKey(req) {
  if (req.method !== 'GET') return null;
  const url = req.url ?? '';
  if (url.includes('?') || !url.startsWith('/') || /^\/(api|_next|editor|preview)(\/|$)/.test(url)) return null;
  if (VARYING_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  if (String(req.headers.cookie ?? '').includes('__prerender_bypass')) return null;
  return url;
}

/**
 * Whether a finished response may be kept for every reader.
 * @param {import('node:http').ServerResponse} res
 * @param {unknown} body
 */
export function isSharedResponse(res, body) {
  if (res.statusCode !== 200 || typeof body !== 'string' || res.getHeader('set-cookie') !== undefined) return false;
  const cacheControl = String(res.getHeader('cache-control') ?? '');
  return /^public\b/.test(cacheControl) && /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

/** @param {{ ttlMs?: number, maxEntries?: number, now?: () => number }} [options] */
export function createMicroCache(options = {}) {
  const ttlMs = options.ttlMs ?? 1_000;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? (() => performance.now());
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let generation = 0;

  return {
    /**
     * A fresh entry for `key`, or null.
     * @param {string} key
     */
    lookup(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (now() - entry.at < ttlMs) return entry;
      entries.delete(key);
      return null;
    },
    /**
     * Taken when a request that may be kept begins; `keep` refuses it if an expiry came in between.
     * @param {string} key
     * @returns {Ticket}
     */
    ticket(key) {
      return { key, generation };
    },
    /**
     * Keeps a finished response's headers and body, unless the cache was flushed since its ticket.
     * @param {Ticket} ticket
     * @param {import('node:http').ServerResponse} res
     * @param {string} body
     */
    keep(ticket, res, body) {
      if (ticket.generation !== generation) return;
      /** @type {Entry['headers']} */
      const headers = [];
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !PER_RESPONSE_HEADERS.has(name)) headers.push([name, value]);
      }
      const at = now();
      entries.delete(ticket.key);
      entries.set(ticket.key, { at, headers, body });
      // A Map iterates in insertion order, so the oldest entries come first: drop every expired one
      // (an entry must not keep a page Next itself has let go) and, past the cap, the oldest.
      for (const [key, entry] of entries) {
        if (at - entry.at < ttlMs && entries.size <= maxEntries) break;
        entries.delete(key);
      }
    },
    /** Forgets everything (a cache tag expired somewhere). */
    flush() {
      generation += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * Where the `'use cache'` handler (lib/cache/shared-tags-cache-handler.mjs) announces tag expiries;
 * scripts/server.mjs listens. On globalThis because Next loads the handler with its own loader.
 */
export const TAGS_EXPIRED_LISTENERS = Symbol.for('meridian.onCacheTagsExpired');

/** @returns {Set<() => void>} */
export function tagsExpiredListeners() {
  const store = /** @type {Record<symbol, Set<() => void> | undefined>} */ (/** @type {unknown} */ (globalThis));
  store[TAGS_EXPIRED_LISTENERS] ??= new Set();
  return store[TAGS_EXPIRED_LISTENERS];
}
