// @ts-check
/**
 * Next's hashed build assets (`/_next/static/…`: scripts, stylesheets, fonts) kept in memory with their
 * gzip computed once, in front of Next's request handler (scripts/server.mjs). Such a file never
 * changes under its name (Next serves it `immutable`), yet Next reads and gzips it again on every
 * request: 2.5-12 ms each, and a page asks for ten or more of them at once just when its first paint
 * waits on the stylesheet. The first answer Next gives is captured as it is sent, headers included,
 * so the header rules stay in one place (next.config.js); later ones are answered from memory.
 */
import { gzipOnce, owned } from './gzip-once.mjs';
import { appendVary } from './vary.mjs';

/** The whole build's assets fit many times over; past this nothing more is kept (Next answers). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** Headers that belong to one response, not to the file. */
const PER_RESPONSE_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive']);

/**
 * @typedef {{ headers: [string, string | number | string[]][], identity: Buffer, gzip: Buffer | null }} StaticAsset
 */

/**
 * The key for a request that may be answered from memory, or null. Ranges and conditional requests
 * are left to Next, which answers them from the file.
 * @param {import('node:http').IncomingMessage} req
 */
export function staticAssetKey(req) {
  const url = req.url ?? '';
  if (req.method !== 'GET' || !url.startsWith('/_next/static/') || url.includes('..')) return null;
  if (req.headers.range !== undefined || req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined) return null;
  return url;
}

/**
 * @param {{ maxBytes?: number, gzip?: typeof gzipOnce }} [options] `gzip` is replaceable so a test can
 * count the compressions.
 */
export function createStaticAssetCache(options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const compress = options.gzip ?? gzipOnce;
  /** @type {Map<string, StaticAsset>} */
  const assets = new Map();
  /** @type {Set<string>} Keys being kept: when several readers miss on one asset at once (right after a start), one gzips it. */
  const pending = new Set();
  let heldBytes = 0;

  return {
    /** @param {string} key */
    lookup(key) {
      return assets.get(key) ?? null;
    },

    /**
     * Records what Next sends for `key` (it passes through unchanged) and keeps it once it has ended,
     * if it was a whole 200 marked immutable and there is room.
     * @param {string} key
     * @param {import('node:http').ServerResponse} res
     * @param {() => boolean} compressible whether this response's type is worth gzipping
     */
    capture(key, res, compressible) {
      /** @type {Buffer[]} */
      const chunks = [];
      let size = 0;
      /** What Next declared, read before the compressor drops the header on the first write. */
      let declared = /** @type {number | undefined} */ (undefined);
      const write = res.write;
      const end = res.end;
      /** @param {unknown} chunk @param {unknown} encoding */
      const record = (chunk, encoding) => {
        if (declared === undefined && res.getHeader('content-length') !== undefined) declared = Number(res.getHeader('content-length'));
        if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxBytes) return;
        const bytes = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')) : null;
        if (bytes === null) return;
        chunks.push(bytes);
        size += bytes.length;
      };
      res.write = /** @type {typeof res.write} */ (
        /** @type {unknown} */ (
          /** @param {unknown[]} args */ (...args) => {
            record(args[0], args[1]);
            return Reflect.apply(write, res, args);
          }
        )
      );
      res.end = /** @type {typeof res.end} */ (
        /** @type {unknown} */ (
          /** @param {unknown[]} args */ (...args) => {
            record(args[0], args[1]);
            const result = Reflect.apply(end, res, args);
            if (res.statusCode === 200 && /\bimmutable\b/.test(String(res.getHeader('cache-control') ?? '')) && !assets.has(key) && !pending.has(key)) {
              pending.add(key);
              // A gzip that fails leaves the asset unkept: Next answers it again next time.
              void keep(key, res, Buffer.concat(chunks), declared, compressible())
                .catch(() => undefined)
                .finally(() => pending.delete(key));
            }
            return result;
          }
        )
      );
    },

    stats() {
      return { entries: assets.size, heldBytes, maxBytes };
    },
  };

  /**
   * @param {string} key
   * @param {import('node:http').ServerResponse} res
   * @param {Buffer} identity
   * @param {number | undefined} declared the Content-Length Next set, if it set one
   * @param {boolean} compressible
   */
  async function keep(key, res, identity, declared, compressible) {
    // A response cut short (or larger than the cache) is not the file.
    if (identity.length === 0 || (declared !== undefined && declared !== identity.length) || heldBytes + identity.length > maxBytes) return;
    /** @type {StaticAsset['headers']} */
    const headers = [];
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value !== undefined && !PER_RESPONSE_HEADERS.has(name) && name !== 'vary') headers.push([name, value]);
    }
    const zipped = await compress(identity, compressible);
    const vary = zipped ? appendVary(res.getHeader('vary'), 'Accept-Encoding') : res.getHeader('vary');
    if (vary !== undefined && vary !== '') headers.push(['vary', vary]);
    const held = identity.length + (zipped?.length ?? 0);
    if (heldBytes + held > maxBytes) return;
    assets.set(key, { headers, identity: owned(identity), gzip: zipped });
    heldBytes += held;
  }
}

/**
 * Answers with a kept asset, gzipped when the reader accepts it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {StaticAsset} asset
 */
export function answerWithStaticAsset(req, res, asset) {
  res.statusCode = 200;
  for (const [name, value] of asset.headers) res.setHeader(name, value);
  const wantsGzip = asset.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = wantsGzip && asset.gzip ? asset.gzip : asset.identity;
  if (wantsGzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}
