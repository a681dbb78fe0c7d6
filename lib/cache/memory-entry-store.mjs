// @ts-check
/**
 * Where this process keeps its `'use cache'` entries: Next's default in-memory store (createDefaultCacheHandler's
 * get and set, Next 16.4, mirrored here) with two differences: each entry's bytes are copied into memory of
 * their own, and the bound counts what an entry holds; and entries that no read can return any more (past
 * their revalidate time in production) are dropped every SWEEP_EVERY_MS rather than left to fill the bound.
 *
 * Why: Next keeps an entry as `Buffer.concat` of its stream and counts that Buffer's length. An entry under
 * 32 KiB (most of them: one query's rows, serialized) is then a slice of one of Node's shared 64 KiB
 * Buffer pool slabs (Node 24's Buffer.poolSize) and keeps the whole slab alive. In a soak over 10,000
 * articles, entries counted at about 20 MB held 960 slabs (60 MB), and kept growing with the count up to
 * its 50 MB bound (docs/reader-cost.md, "Over ten minutes").
 *
 * Tag expiry is not here: the shared-tags handler keeps Next's own (one tag manifest per process, which
 * the route cache reads too), and this store reads that manifest as Next's does.
 * Plain JavaScript: Next loads the cache handler outside the app bundle (next.config.js cacheHandlers).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {{ LRUCache: new <T>(maxSize: number, calculateSize: (value: T, key: string) => number) => Iterable<[string, T]> & { get(key: string): T | undefined; set(key: string, value: T): boolean; remove(key: string): void; readonly size: number } }} */
const { LRUCache } = require('next/dist/server/lib/lru-cache');
/** @type {{ areTagsExpired: (tags: string[], timestamp: number) => boolean, areTagsStale: (tags: string[], timestamp: number) => boolean }} */
const { areTagsExpired, areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');
/** @type {{ MIN_PRERENDERABLE_EXPIRE: number }} */
const { MIN_PRERENDERABLE_EXPIRE } = require('next/dist/server/use-cache/constants');

/** What an entry holds beside its bytes and strings: the LRU's node and map slot, the entry and its metadata objects. */
export const ENTRY_OVERHEAD_BYTES = 256;
/** How often a write also drops the entries no read can return any more. */
export const SWEEP_EVERY_MS = 10_000;

/**
 * @typedef {import('next/dist/server/lib/cache-handlers/types.js').CacheEntry} CacheEntry
 * @typedef {Omit<CacheEntry, 'value'>} EntryMetadata
 * @typedef {{ entry: EntryMetadata, value: Buffer }} StoredEntry
 */

/**
 * The bytes an entry holds: its value, its key and tags (two bytes a character at worst) and the overhead.
 * @param {string} cacheKey
 * @param {EntryMetadata} entry
 * @param {Buffer} value
 */
export function entryBytes(cacheKey, entry, value) {
  const text = cacheKey.length + entry.tags.reduce((sum, tag) => sum + tag.length, 0);
  return value.byteLength + 2 * text + ENTRY_OVERHEAD_BYTES;
}

/**
 * A stream's bytes in one allocation of exactly their size, never a slice of Node's shared pool.
 * @param {ReadableStream<Uint8Array>} stream
 */
export async function ownBytes(stream) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
  }
  const bytes = Buffer.allocUnsafeSlow(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Until when a read returns the entry (ms since the epoch), as Next's handler decides: the dev server keeps
 * entries for at least MIN_PRERENDERABLE_EXPIRE, production only until their revalidate time.
 * @param {EntryMetadata} entry
 */
function servedUntil(entry) {
  const maxAgeSeconds = process.env.__NEXT_DEV_SERVER ? Math.max(entry.expire, MIN_PRERENDERABLE_EXPIRE) : entry.revalidate;
  return entry.timestamp + maxAgeSeconds * 1000;
}

const now = () => performance.timeOrigin + performance.now();

/** @param {Buffer} bytes @returns {ReadableStream<Uint8Array>} */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * The get and set of a `'use cache'` handler, holding at most `maxBytes` as entryBytes counts them, and
 * no entry past the time a read would return it (those would otherwise sit in the bound until evicted).
 * @param {number} maxBytes
 * @param {{ sweepEveryMs?: number }} [options]
 */
export function createMemoryEntryStore(maxBytes, { sweepEveryMs = SWEEP_EVERY_MS } = {}) {
  /** @type {InstanceType<typeof LRUCache<StoredEntry>>} */
  const entries = new LRUCache(maxBytes, (stored, cacheKey) => entryBytes(cacheKey, stored.entry, stored.value));
  /** @type {Map<string, Promise<void>>} a read waits for a write of the same key in progress */
  const pendingSets = new Map();
  let sweptAt = now();

  /** @param {number} at */
  function dropUnservable(at) {
    if (at - sweptAt < sweepEveryMs) return;
    sweptAt = at;
    /** @type {string[]} */
    const unservable = [];
    for (const [cacheKey, stored] of entries) if (at > servedUntil(stored.entry)) unservable.push(cacheKey);
    for (const cacheKey of unservable) entries.remove(cacheKey);
  }

  return {
    /**
     * @param {string} cacheKey
     * @returns {Promise<CacheEntry | undefined>}
     */
    async get(cacheKey) {
      await pendingSets.get(cacheKey);
      const stored = entries.get(cacheKey);
      if (!stored) return undefined;
      const { entry } = stored;
      // A negative expire marks an entry evicted (Next's dev-only tiered handler).
      if (entry.expire < 0) return undefined;
      if (now() > servedUntil(entry)) return undefined;
      if (areTagsExpired(entry.tags, entry.timestamp)) return undefined;
      const revalidate = areTagsStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate;
      return { ...entry, revalidate, value: streamOf(stored.value) };
    },
    /**
     * @param {string} cacheKey
     * @param {Promise<CacheEntry>} pendingEntry
     */
    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const { value, ...entry } = await pendingEntry;
        // In production an `expire: 0` entry is regenerated on every read, so Next never stores it.
        if (!process.env.__NEXT_DEV_SERVER && entry.expire === 0) return;
        entries.set(cacheKey, { entry, value: await ownBytes(value) });
        dropUnservable(now());
      } catch {
        // As Next's: an entry whose stream failed is not kept.
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },
    /** Entries held (tests). */
    get size() {
      return entries.size;
    },
  };
}
