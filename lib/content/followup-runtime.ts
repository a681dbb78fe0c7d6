import 'server-only';
import type { Kysely } from 'kysely';
import { expireCacheTagsNow } from '@/lib/cache/expire-tags-now';
import { cdnPurgeOptionsFromEnv, purgeCdnTags } from '@/lib/cdn/purge';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { startTicker } from '@/lib/util/background-ticker';
import { instanceName } from '@/lib/util/instance-name';
import { createFollowupRunner, type FollowupRunner } from './followup-runner';

/**
 * The process-wide runner of publish follow-ups, and what keeps it going: a run at start-up (the
 * follow-ups a crashed or stopped predecessor owed), one after each editor's change (publish.ts
 * schedules it after the response), a timer for the rest, and a status line while any are waiting
 * or given up.
 */

const TICK_MS = 5_000;
const STATUS_EVERY_MS = 60_000;

const holderKey = Symbol.for('meridian.publishFollowups');
const startedKey = Symbol.for('meridian.publishFollowups.started');
type GlobalWithRunner = typeof globalThis & { [holderKey]?: { db: Kysely<Database>; runner: FollowupRunner } };

export function getFollowupRunner(db: Kysely<Database>): FollowupRunner {
  const store = globalThis as GlobalWithRunner;
  const existing = store[holderKey];
  if (existing?.db === db) return existing.runner;
  const cdn = cdnPurgeOptionsFromEnv();
  let warnedNoCache = false;
  const runner = createFollowupRunner({
    db,
    owner: instanceName(),
    takeBackLeases: true,
    async expireTags(tags) {
      if (await expireCacheTagsNow(tags)) return;
      if (!warnedNoCache) console.warn('[publish] no page cache in this process: follow-ups only purge the CDN');
      warnedNoCache = true;
    },
    purge: cdn ? (tags) => purgeCdnTags(tags, cdn) : null,
  });
  store[holderKey] = { db, runner };
  return runner;
}

/** Called once at server start-up (instrumentation.ts); never throws, never delays start-up. */
export function startPublishFollowups(): void {
  let lastStatus = 0;
  startTicker({
    key: startedKey,
    everyMs: TICK_MS,
    name: 'publish',
    async tick() {
      const runner = getFollowupRunner(await getDb());
      await runner.runDue();
      if (Date.now() - lastStatus < STATUS_EVERY_MS) return;
      lastStatus = Date.now();
      const { pending, failed } = await runner.counts();
      if (pending > 0 || failed > 0) console.info(`[publish] follow-ups: ${pending} pending, ${failed} given up`);
    },
  });
}
