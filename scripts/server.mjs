// @ts-check
/**
 * Meridian's production server (`npm start`): Next.js's own request handler behind a plain Node
 * HTTP server, listening like `next start` does (PORT, default 3000; HOSTNAME bound only when set).
 *
 * What it adds around Next, each part in lib/http:
 * - a 500 answered to a GET or HEAD of a reader URL becomes 503 + Retry-After, never stored, and
 *   editor responses always leave private, with Next's 1 MB server-action body cap (response-guards.mjs;
 *   why a wrapper and not `next start`: docs/decisions/0002-caching-model.md);
 * - whole bodies answered from their encoded forms: strong ETag and 304s, gzip, per-page CSP script
 *   hashes (encoded-body-cache.mjs, decision 0006);
 * - a one-second cache of whole public responses, emptied by every cache-tag expiry (micro-cache.mjs,
 *   RESPONSE_CACHE_MS, decision 0009);
 * - Next's hashed build assets kept in memory, gzipped once, as Next first sent them (static-asset-cache.mjs);
 * - the client's socket address in a private request header for per-client rate limits (peer-address.mjs),
 *   and a cap on every request body (body-limit.mjs), since some routes (next-auth's) read whole bodies;
 * - on Linux, glibc's allocator settings that return freed native memory (malloc-env.mjs).
 * Everything else (statuses, headers, streaming) passes through untouched.
 *
 * Plain JavaScript on purpose: it must run from a fresh `npm ci --omit=dev` install, without tsx.
 */
// First, for its effect: restarts this process with glibc's allocator settings (lib/http/malloc-env.mjs).
import './with-malloc-settings.mjs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import compression from 'compression';
import { limitRequestBody } from '../lib/http/body-limit.mjs';
import { refuseMalformedPath } from '../lib/http/path-encoding.mjs';
import { hasNonce } from '../lib/http/csp.mjs';
import { createEncodedBodyCache } from '../lib/http/encoded-body-cache.mjs';
import { createMicroCache, isSharedResponse, microCacheKey, tagsExpiredListeners } from '../lib/http/micro-cache.mjs';
import { answerWithStaticAsset, createStaticAssetCache, staticAssetKey } from '../lib/http/static-asset-cache.mjs';
import { appendVary } from '../lib/http/vary.mjs';
import { announcePeerHeader, setPeerHeader } from '../lib/http/peer-address.mjs';
import { answerFailuresAsUnavailable, bodyCapOf, isEditorArea, isReaderRead, keepEditorResponsesPrivate } from '../lib/http/response-guards.mjs';

// What `next start` sets before loading the server (see next/dist/bin/next). Next's types make
// NODE_ENV read-only, hence Object.assign.
Object.assign(process.env, { NODE_ENV: 'production', NEXT_RUNTIME: 'nodejs' });

// The listening settings are read here, not through lib/env.ts: this plain Node file starts before Next and its TypeScript.
const port = Number.parseInt(process.env.PORT || '3000', 10);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`PORT must be a port number (0-65535), got "${process.env.PORT}"\n`);
  process.exit(1);
}
// Like `next start -H`: bind one address when HOSTNAME is set, otherwise every interface.
const hostname = process.env.HOSTNAME || undefined;

// How long a public page's whole response is answered again without entering Next; 0 turns it off.
const responseCacheMs = Number(process.env.RESPONSE_CACHE_MS || '1000');
if (!Number.isInteger(responseCacheMs) || responseCacheMs < 0 || responseCacheMs > 60_000) {
  process.stderr.write(`RESPONSE_CACHE_MS must be a whole number of milliseconds from 0 to 60000, got "${process.env.RESPONSE_CACHE_MS}"\n`);
  process.exit(1);
}

/*
 * Whole bodies (cached pages, RSC payloads, feeds) are answered from their encoded forms: a strong
 * ETag (with 304s), UTF-8 bytes and gzip computed once per version (lib/http/encoded-body-cache.mjs).
 * next.config.js therefore turns Next's own ETag and compression off; streamed responses (request-
 * time renders) are compressed on the fly by the same middleware Next uses.
 */
const bodies = createEncodedBodyCache();
/** Responses whose encoding this server chose itself; the streaming compressor leaves them alone. */
const encodedHere = new WeakSet();
/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean} ResponseFilter */
// @types/compression describes Express requests; the middleware itself takes plain node:http ones.
const isCompressible = /** @type {ResponseFilter} */ (/** @type {unknown} */ (compression.filter));
const compress = /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */ (
  /** @type {unknown} */ (compression({ filter: (req, res) => !encodedHere.has(res) && compression.filter(req, res) }))
);

/*
 * Public pages answered within the last second are answered again without entering Next (lib/http/
 * micro-cache.mjs); any cache-tag expiry empties it at once.
 */
const responses = createMicroCache({ ttlMs: responseCacheMs });
tagsExpiredListeners().add(() => responses.flush());

/** `/_next/static/` files, immutable under their hashed names, answered from memory after the first time. */
const assets = createStaticAssetCache();

/**
 * Answers with a kept response: its headers, then its body through the encoded-body path like any other.
 * @param {import('node:http').ServerResponse} res
 * @param {import('../lib/http/micro-cache.mjs').Entry} entry
 */
function answerFromResponseCache(res, entry) {
  res.statusCode = 200;
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  // The kept response may have been a render (MISS); this answer comes from a cache.
  if (res.hasHeader('x-nextjs-cache')) res.setHeader('x-nextjs-cache', 'HIT');
  res.end(entry.body);
}

/** @param {import('node:http').IncomingMessage} req @param {string} etag */
function notModified(req, etag) {
  const match = req.headers['if-none-match'];
  return typeof match === 'string' && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends a whole string body of a successful GET from the cache of encoded bodies, and offers a
 * public page's response to the one-second response cache when the request holds a `ticket`.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {import('../lib/http/micro-cache.mjs').Ticket | null} ticket
 */
function answerWholeBodiesFromCache(req, res, ticket) {
  const end = res.end;
  /** @type {(...args: unknown[]) => import('node:http').ServerResponse} */
  const wrapped = function (...args) {
    const [body, ...rest] = args;
    // Node's end(chunk, encoding?, callback?): the bytes replace chunk and encoding; a callback is kept.
    const callback = rest.find((arg) => typeof arg === 'function');
    if (ticket && typeof body === 'string' && !res.headersSent && isSharedResponse(res, body)) responses.keep(ticket, res, body);
    const cacheable = req.method === 'GET' && typeof body === 'string' && !res.headersSent && (res.statusCode === 200 || res.statusCode === 404);
    if (!cacheable || res.getHeader('Content-Encoding')) return Reflect.apply(end, res, args);
    encodedHere.add(res);
    const html = /^text\/html\b/i.test(String(res.getHeader('Content-Type') ?? ''));
    bodies
      .get(body, isCompressible(req, res), html)
      .then((encoded) => {
        allowInlineScriptsOf(res, encoded);
        const wantsGzip = encoded.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (res.statusCode === 200) {
          // Each representation has its own strong tag; either one proves the reader's copy current.
          res.setHeader('ETag', wantsGzip ? gzipTag(encoded.etag) : encoded.etag);
          if (notModified(req, encoded.etag) || notModified(req, gzipTag(encoded.etag))) {
            res.statusCode = 304;
            res.removeHeader('Content-Length');
            res.removeHeader('Content-Type');
            Reflect.apply(end, res, callback ? [callback] : []);
            return;
          }
        }
        if (encoded.gzip !== null) res.setHeader('Vary', appendVary(res.getHeader('Vary'), 'Accept-Encoding'));
        if (wantsGzip) res.setHeader('Content-Encoding', 'gzip');
        const bytes = wantsGzip && encoded.gzip ? encoded.gzip : encoded.identity;
        res.setHeader('Content-Length', bytes.length);
        Reflect.apply(end, res, callback ? [bytes, callback] : [bytes]);
      })
      .catch((/** @type {unknown} */ error) => {
        console.error('[server] could not encode a response body:', error);
        res.destroy();
      });
    return res;
  };
  res.end = /** @type {typeof res.end} */ (wrapped);
}

/**
 * A page's own inline scripts, by hash (computed once per page version), join the strict policy
 * every production response starts with; a policy with a per-request nonce (proxy.ts) is kept.
 * @param {import('node:http').ServerResponse} res
 * @param {import('../lib/http/encoded-body-cache.mjs').EncodedBody} encoded
 */
function allowInlineScriptsOf(res, encoded) {
  const policy = res.getHeader('Content-Security-Policy');
  if (typeof policy === 'string' && !hasNonce(policy)) res.setHeader('Content-Security-Policy', encoded.policy(policy));
}

/** @param {string} etag */
const gzipTag = (etag) => `${etag.slice(0, -1)}-gz"`;

// Loaded only now, after NODE_ENV is set; `next` is CommonJS whose export is the factory itself.
const next = /** @type {typeof import('next').default} */ (createRequire(import.meta.url)('next'));
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

announcePeerHeader();

try {
  await app.prepare();
} catch (error) {
  process.stderr.write(`Could not start Meridian: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const server = createServer((req, res) => {
  if (refuseMalformedPath(req, res)) return;
  if (!limitRequestBody(req, res, bodyCapOf(req))) return;
  setPeerHeader(req);
  if (isReaderRead(req)) answerFailuresAsUnavailable(res);
  if (isEditorArea(req)) keepEditorResponsesPrivate(res);
  // Order matters: the compressor wraps the response first, the body cache on top of it.
  compress(req, res, () => {});
  const assetKey = staticAssetKey(req);
  if (assetKey !== null) {
    const asset = assets.lookup(assetKey);
    if (asset) {
      encodedHere.add(res);
      answerWithStaticAsset(req, res, asset);
      return;
    }
    assets.capture(assetKey, res, () => isCompressible(req, res));
  }
  const key = responseCacheMs > 0 ? microCacheKey(req) : null;
  const kept = key === null ? null : responses.lookup(key);
  // A response answered from the cache is not offered to it again (that would keep it forever).
  answerWholeBodiesFromCache(req, res, key === null || kept ? null : responses.ticket(key));
  if (kept) {
    answerFromResponseCache(res, kept);
    return;
  }
  handle(req, res).catch((/** @type {unknown} */ error) => {
    console.error(`[server] failed to handle ${req.method} ${(req.url ?? '').split('?')[0]}:`, error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end('Internal Server Error');
    } else {
      res.destroy();
    }
  });
});

server.on('error', (error) => {
  process.stderr.write(`Could not listen on ${hostname ?? 'all interfaces'}:${port}: ${error.message}\n`);
  process.exit(1);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Meridian ready on http://${hostname ?? 'localhost'}:${actualPort}`);
});

/** Graceful stop, as `next start` does: finish in-flight requests, then exit 128 + signal. */
let stopping = false;
function stop(/** @type {NodeJS.Signals} */ signal) {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
  server.closeIdleConnections();
  // Keep-alive clients that never go quiet must not hold the process forever.
  setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 10_000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
