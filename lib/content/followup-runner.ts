import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import type { PurgeOutcome } from '@/lib/cdn/purge';
import { decideRetry, type BackoffPolicy } from '@/lib/util/backoff';
import {
  claimDueFollowups,
  countFollowups,
  markFollowupDone,
  markFollowupFailed,
  pruneFollowups,
  releaseFollowupLeases,
  type ClaimedFollowup,
  type FollowupCounts,
} from './followup-repository';

/**
 * Runs the publish follow-ups that are due (lib/content/followup-tables.ts): expires each change's
 * cache tags once more, then asks the CDN to purge them. A purge the CDN refuses or never answers is
 * retried with backoff (lib/util/backoff.ts) until it succeeds or the give-up time passes (one log
 * line). Expiring twice is harmless (a page renders once more), so a follow-up a crash interrupted
 * is simply run again.
 */

export interface FollowupRunnerOptions {
  db: Kysely<Database>;
  /** Names this runner in claimed_by; an instance restarted under the same name takes its leases back. */
  owner: string;
  /** Expires tags in this process's caches (and, through Redis, the others'); null when there are none here. */
  expireTags: ((tags: readonly string[]) => Promise<unknown>) | null;
  /** Purges tags at the CDN; null when no CDN is configured. */
  purge: ((tags: readonly string[]) => Promise<PurgeOutcome>) | null;
  policy?: BackoffPolicy;
  now?: () => Date;
  leaseMs?: number;
  /** Before the first claim, free rows still leased under `owner` (a crashed predecessor's). */
  takeBackLeases?: boolean;
  /** Failures and give-ups (default console.error). */
  logError?: (line: string) => void;
}

export interface FollowupRunResult {
  done: number;
  retrying: number;
  failed: number;
}

export interface FollowupRunner {
  /** Runs every due follow-up; a call while a run is going joins that run. */
  runDue(): Promise<FollowupRunResult>;
  counts(): Promise<FollowupCounts>;
}

/** A CDN that is away for a while: retries from 5 s up to every 10 min, for as long as a CDN may serve stale copies (a day). */
export const FOLLOWUP_BACKOFF: BackoffPolicy = { baseDelayMs: 5_000, maxDelayMs: 10 * 60_000, giveUpAfterMs: 24 * 3_600_000 };
/** Finished follow-ups are kept this long (to look into), then deleted. */
const KEEP_DONE_MS = 7 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;
const BATCH = 20;

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
}

export function createFollowupRunner(options: FollowupRunnerOptions): FollowupRunner {
  const { db, owner, expireTags, purge } = options;
  const now = options.now ?? (() => new Date());
  const policy = options.policy ?? FOLLOWUP_BACKOFF;
  const leaseMs = options.leaseMs ?? 60_000;
  const logError = options.logError ?? ((line: string) => console.error(line));
  let leasesTakenBack = !options.takeBackLeases;
  let running: Promise<FollowupRunResult> | null = null;
  let prunedAt = 0;

  async function runOne(followup: ClaimedFollowup, total: FollowupRunResult): Promise<void> {
    let error: string | null = null;
    try {
      await expireTags?.(followup.tags);
      const outcome = purge ? await purge(followup.tags) : ({ ok: true } as const);
      if (!outcome.ok) error = `CDN purge: ${outcome.error}`;
    } catch (caught) {
      error = messageOf(caught);
    }
    const at = now();
    if (error === null) {
      await markFollowupDone(db, followup.id, at);
      total.done++;
      return;
    }
    const decision = decideRetry({ attempts: followup.attempts, queuedAt: new Date(followup.created_at), now: at }, policy);
    await markFollowupFailed(db, followup.id, { error, now: at, retryAt: decision.kind === 'retry' ? decision.at : null });
    if (decision.kind === 'retry') {
      total.retrying++;
    } else {
      total.failed++;
      logError(`[publish] gave up the follow-up of article ${followup.article_id} after ${followup.attempts} attempts: ${error}`);
    }
  }

  async function run(): Promise<FollowupRunResult> {
    const total: FollowupRunResult = { done: 0, retrying: 0, failed: 0 };
    if (!leasesTakenBack) {
      const released = await releaseFollowupLeases(db, owner);
      leasesTakenBack = true;
      if (released > 0) console.info(`[publish] took back ${released} follow-ups ${owner} had claimed before it stopped`);
    }
    for (;;) {
      const at = now();
      const batch = await claimDueFollowups(db, { owner, now: at, leaseUntil: new Date(at.getTime() + leaseMs), limit: BATCH });
      if (batch.length === 0) break;
      for (const followup of batch) await runOne(followup, total);
    }
    if (now().getTime() - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = now().getTime();
      await pruneFollowups(db, new Date(prunedAt - KEEP_DONE_MS));
    }
    return total;
  }

  return {
    runDue() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    counts: () => countFollowups(db),
  };
}
