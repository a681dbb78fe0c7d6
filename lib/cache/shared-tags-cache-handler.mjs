// @ts-check
/**
 * The `'use cache'` handler of every Meridian instance (next.config.js `cacheHandlers.default`).
 *
 * Entries stay in this process's memory, as with Next's built-in handler (which this module wraps; the
 * entries themselves are kept by memory-entry-store.mjs, which counts what they hold). What several
 * instances must share is *which cache tags were expired and when*: without that, a story published or unpublished through instance A stays stale on instance B until B's own
 * cache lifetimes run out (up to five minutes for an article). So, when `REDIS_URL` is set:
 *
 * - `updateTags` (Next calls it for every `revalidateTag`) also records the tags in a Redis sorted
 *   set and publishes them on a channel;
 * - every other instance is subscribed to that channel and expires the same tags locally the moment
 *   the message arrives. Next keeps one tag manifest per process, read by both the `'use cache'`
 *   entries and the route (full page) cache, so a cached page is expired too; a push rather than a
 *   poll in `refreshTags`, because a route-cache hit never calls `refreshTags`;
 * - on (re)connecting, an instance replays what the sorted set recorded while it was away (all of it
 *   on first start, so pages prerendered by an older build are not served as fresh).
 *
 * A message can only expire tags, never put content in a cache: whoever can write to this Redis can
 * at worst make instances re-render pages. Still, what comes from Redis is checked: messages and
 * replayed entries are validated (malformed ones dropped with one log line), an expiry always takes
 * effect at once (a forged far-future one cannot push back a tag an unpublish just expired), and the
 * replay reads at most MAX_REPLAY_TAGS entries. Redis must require a password (REDIS_URL with
 * credentials, `redis://:password@host:6379`) and be reachable only by the instances.
 *
 * Expiry on a receiving instance uses its own clock (the moment the message arrives), so clock skew
 * between machines cannot delay it. Redis being away never fails a request or a publish: the
 * publishing instance is always right, the others fall back to their cache lifetimes, and the outage
 * is logged once.
 *
 * This file is plain JavaScript on purpose: Next imports cache handlers at run time with Node's own
 * loader, outside the app bundle, which is also what makes `next/dist/...` below the same module
 * instances the server uses.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { tagsExpiredListeners } from '../http/micro-cache.mjs';
import { createMemoryEntryStore } from './memory-entry-store.mjs';

const require = createRequire(import.meta.url);
/** @type {{ createDefaultCacheHandler: (maxSize: number) => import('next/dist/server/lib/cache-handlers/types.js').CacheHandler }} */
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default');

/** What this process's `'use cache'` entries hold at most, counted as memory-entry-store.mjs says (Next's default size). */
const MEMORY_BYTES = 50 * 1024 * 1024;
/** Longer than any cacheLife `expire` in the app (30 days): an older expiry cannot matter. */
const KEEP_MS = 31 * 24 * 60 * 60 * 1000;
/** Replays after a reconnect start this long before the connection was lost. */
const REPLAY_MARGIN_MS = 5_000;
/** How far ahead of this clock another instance's may be; entries later than that are forged. */
const CLOCK_SKEW_MS = 60_000;
/** The most tags one replay reads (newest first): far more than an outage's worth of publishing. */
export const MAX_REPLAY_TAGS = 10_000;

/**
 * What a message and a replayed entry from Redis must look like. Built on first use: zod is loaded
 * only by instances that use Redis (this module is loaded outside the app bundle, so it would be a
 * second copy of zod in every serving process).
 */
function redisSchemas() {
  /** @type {typeof import('zod')} */
  const { z } = require('zod');
  const tagSchema = z.string().min(1).max(512);
  return {
    message: z.object({
      origin: z.string().max(64),
      tags: z.array(tagSchema).min(1).max(1_000),
      // JSON turns an infinite expire into null. Whatever its value, it is applied as "expire now".
      expire: z.number().finite().nonnegative().nullish(),
    }),
    /** A replayed entry: WITHSCORES gives [member, score] with the score as a string. */
    replayed: z.tuple([tagSchema, z.coerce.number().finite()]),
  };
}

/**
 * @typedef {import('next/dist/server/lib/cache-handlers/types.js').CacheHandler} CacheHandler
 * @typedef {{ expire?: number }} Durations
 */

/**
 * Shares tag expiries through Redis. `local` is the handler whose tag manifest is kept in step.
 * @param {CacheHandler} local
 * @param {{ redisUrl: string, prefix: string }} options
 */
export function createTagBridge(local, { redisUrl, prefix }) {
  const origin = randomUUID();
  const key = `${prefix}:cache-tags`;
  const channel = `${prefix}:cache-tags`;
  // Required only here: without REDIS_URL a serving process never loads the Redis client.
  /** @type {typeof import('ioredis')} */
  const { Redis } = require('ioredis');
  const schemas = redisSchemas();
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 1_000 });
  const subscriber = redis.duplicate();
  /**
   * Where the next replay starts: 0 (everything) until the first one succeeds; then, once live, the
   * moment the subscription drops (less a margin), since from then on messages may be missed.
   */
  let replayFrom = 0;
  let live = false;
  let degraded = false;

  /** @param {unknown} error */
  const failed = (error) => {
    if (degraded) return;
    degraded = true;
    const reason = error instanceof Error ? error.message : 'unknown error';
    console.warn(`[cache-tags] Redis unavailable: other instances learn of expiries only when their cache lifetimes end (${reason})`);
  };
  redis.on('error', failed);
  subscriber.on('error', failed);
  subscriber.on('close', () => {
    if (!live) return;
    live = false;
    replayFrom = Date.now() - REPLAY_MARGIN_MS;
  });

  /** @param {string} what */
  const dropped = (what) => console.warn(`[cache-tags] ignored ${what} from Redis on ${channel}`);

  subscriber.on('message', (_channel, raw) => {
    /** @type {unknown} */
    let data;
    try {
      data = JSON.parse(raw);
    } catch {
      data = undefined;
    }
    const message = schemas.message.safeParse(data);
    if (!message.success) {
      dropped('a malformed message');
      return;
    }
    if (message.data.origin === origin) return;
    // No durations: the tags expire now on this clock, whatever expiry the message asked for.
    void local.updateTags(message.data.tags);
  });

  /** Expires locally every tag recorded since `replayFrom`; from then on messages keep us current. */
  const catchUp = async () => {
    try {
      // Subscribed before reading: an expiry published in between arrives twice, never zero times.
      await subscriber.subscribe(channel);
      const flat = await redis.zrevrangebyscore(key, Date.now() + CLOCK_SKEW_MS, replayFrom, 'WITHSCORES', 'LIMIT', 0, MAX_REPLAY_TAGS);
      /** @type {string[]} */
      const tags = [];
      let invalid = 0;
      for (let i = 0; i < flat.length; i += 2) {
        const entry = schemas.replayed.safeParse([flat[i], flat[i + 1]]);
        if (entry.success) tags.push(entry.data[0]);
        else invalid += 1;
      }
      if (invalid > 0) dropped(`${invalid} malformed replayed entries`);
      if (tags.length > 0) await local.updateTags(tags);
      live = true;
      degraded = false;
    } catch (error) {
      failed(error);
    }
  };
  let caughtUpOnce = false;
  /** @type {() => void} */
  let firstCatchUpDone = () => {};
  const firstCatchUp = new Promise((resolve) => {
    firstCatchUpDone = () => {
      caughtUpOnce = true;
      resolve(undefined);
    };
  });
  subscriber.on('ready', () => {
    void catchUp().finally(firstCatchUpDone);
  });

  return {
    /** Resolves once the first replay has run (or after `ms`, whichever is first). */
    ready(ms = 1_000) {
      if (caughtUpOnce) return Promise.resolve();
      return Promise.race([firstCatchUp, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    },
    /**
     * @param {string[]} tags
     * @param {Durations | undefined} durations
     */
    async announce(tags, durations) {
      if (tags.length === 0) return;
      const now = Date.now();
      const message = JSON.stringify({ origin, tags, expire: durations?.expire });
      const sent = redis
        .multi()
        .zadd(key, ...tags.flatMap((tag) => [now, tag]))
        .zremrangebyscore(key, '-inf', now - KEEP_MS)
        // Entries dated in the future were not written by an instance; they would never age out.
        .zremrangebyscore(key, `(${now + CLOCK_SKEW_MS}`, '+inf')
        .publish(channel, message)
        .exec()
        .then(() => undefined, failed);
      // Connected: resolves once Redis has the announcement (a publish answers the editor after that).
      // Not connected: the commands wait for a reconnect in the client's queue, and nobody waits for them.
      if (redis.status === 'ready') await sent;
    },
    /** Closes both Redis connections (tests; a serving process keeps them for its lifetime). */
    async close() {
      await Promise.allSettled([subscriber.quit(), redis.quit()]);
    },
  };
}

/**
 * Next's default in-memory handler, with expiries shared through Redis when `REDIS_URL` is set.
 * Not during `next build`: prerendering reads caches but never expires tags, and an open Redis
 * connection would keep build workers alive.
 * Reads process.env itself, not lib/env.ts: Next loads this plain .mjs outside the bundle (next.config.js cacheHandlers).
 * @returns {CacheHandler}
 */
export function createSharedTagsCacheHandler(env = process.env) {
  // Next's handler keeps the tag expiries (its entry store stays empty; a size of 0 would turn its updateTags off);
  // entries are kept by memory-entry-store.mjs, in memory of their own.
  const store = createMemoryEntryStore(MEMORY_BYTES);
  const memory = { ...createDefaultCacheHandler(MEMORY_BYTES), get: store.get, set: store.set };
  /** @type {CacheHandler} */
  const local = {
    ...memory,
    // Every expiry, ours or another instance's, also empties npm start's one-second cache of whole responses.
    async updateTags(tags, durations) {
      await memory.updateTags(tags, durations);
      for (const listener of tagsExpiredListeners()) listener();
    },
  };
  const bridge =
    env.REDIS_URL && env.NEXT_PHASE !== 'phase-production-build'
      ? createTagBridge(local, { redisUrl: env.REDIS_URL, prefix: env.REDIS_KEY_PREFIX || 'meridian' })
      : null;
  return {
    get: (cacheKey, softTags) => local.get(cacheKey, softTags),
    set: (cacheKey, pendingEntry) => local.set(cacheKey, pendingEntry),
    async refreshTags() {
      // A fresh instance's first render waits (briefly) for the replay of what it missed.
      await bridge?.ready();
      await local.refreshTags();
    },
    getExpiration: (tags) => local.getExpiration(tags),
    async updateTags(tags, durations) {
      await local.updateTags(tags, durations);
      await bridge?.announce(tags, durations);
    },
  };
}

const handler = createSharedTagsCacheHandler();

/*
 * Work that runs outside a request (the publish follow-ups after a restart, lib/content/followup-runtime.ts)
 * cannot call revalidateTag, which needs a request's store. It expires tags through this handler
 * instead: the same process-wide tag manifest revalidateTag updates, shared through Redis as above.
 * The key is read by lib/cache/expire-tags-now.ts.
 */
/** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[Symbol.for('meridian.expireCacheTags')] =
  /** @param {string[]} tags */ (tags) => handler.updateTags(tags, { expire: 0 });

export default handler;
