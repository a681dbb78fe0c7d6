/**
 * @jest-environment node
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types.js';
import { createTagBridge, MAX_REPLAY_TAGS, type TagBridge } from '@/lib/cache/shared-tags-cache-handler.mjs';
import { describeIfRedis, TEST_REDIS_URL } from '@/tests/helpers/db';

/** What reaches an instance's cache from Redis: forged or malformed input never gets past the bridge. */

jest.setTimeout(30_000);

type Update = { tags: string[]; durations: { expire?: number } | undefined };

/** A cache handler that only records the tag updates the bridge hands it. */
function recordingHandler(): { local: CacheHandler; updates: Update[] } {
  const updates: Update[] = [];
  const local: CacheHandler = {
    get: async () => undefined,
    set: async () => undefined,
    refreshTags: async () => undefined,
    getExpiration: async () => 0,
    updateTags: async (tags, durations) => {
      updates.push({ tags: [...tags], durations });
    },
  };
  return { local, updates };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the bridge');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describeIfRedis('cache-tag bridge over Redis (what other instances may send)', () => {
  let redis: Redis;
  let prefix: string;
  let bridge: TagBridge | undefined;
  let warn: jest.SpyInstance;

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await redis.quit();
  });
  beforeEach(() => {
    prefix = `meridian-test-${randomBytes(6).toString('hex')}`;
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await bridge?.close();
    bridge = undefined;
    await redis.del(`${prefix}:cache-tags`);
    warn.mockRestore();
  });

  async function start(): Promise<Update[]> {
    const { local, updates } = recordingHandler();
    bridge = createTagBridge(local, { redisUrl: TEST_REDIS_URL, prefix });
    await bridge.ready(5_000);
    return updates;
  }

  it('ignores malformed messages with one log line each, and applies a far-future expiry at once', async () => {
    const updates = await start();
    const channel = `${prefix}:cache-tags`;
    await redis.publish(channel, 'not json');
    await redis.publish(channel, JSON.stringify({ origin: 'elsewhere', tags: ['x'.repeat(513)] }));
    await redis.publish(channel, JSON.stringify({ origin: 'elsewhere', tags: 'article:1' }));
    // Asks to keep serving the tag for 30 years, which would undo an unpublish's expiry.
    await redis.publish(channel, JSON.stringify({ origin: 'elsewhere', tags: ['article:1'], expire: 946_080_000 }));
    await until(() => updates.length > 0);
    expect(updates).toHaveLength(1);
    expect(updates[0]?.tags).toEqual(['article:1']);
    expect(updates[0]?.durations?.expire ?? 0).toBeLessThanOrEqual(0);
    expect(warn.mock.calls.filter(([line]) => String(line).includes('malformed message'))).toHaveLength(3);
  });

  it('replays only well-formed, present-dated entries, at most MAX_REPLAY_TAGS of them', async () => {
    const key = `${prefix}:cache-tags`;
    const now = Date.now();
    const members: (string | number)[] = [];
    for (let i = 0; i < MAX_REPLAY_TAGS + 50; i += 1) members.push(now - 1_000 - i, `tag:${i}`);
    await redis.zadd(key, ...members);
    // Forged: a tag too long to be ours, and one dated a day ahead that would crowd out the rest.
    await redis.zadd(key, now - 500, 'y'.repeat(600), now + 86_400_000, 'forged:future');
    const updates = await start();
    const replayed = updates.flatMap((update) => update.tags);
    expect(replayed.length).toBeLessThanOrEqual(MAX_REPLAY_TAGS);
    expect(replayed).toContain('tag:0');
    expect(replayed).not.toContain('forged:future');
    expect(replayed.some((tag) => tag.startsWith('yyy'))).toBe(false);
    expect(warn.mock.calls.some(([line]) => String(line).includes('malformed replayed'))).toBe(true);
  });
});
