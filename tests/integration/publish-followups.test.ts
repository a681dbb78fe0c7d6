/**
 * @jest-environment node
 *
 * Issue 12: what a publish owes after the editor's response (expiring its cache tags once more, and
 * purging them at the CDN, retried while the CDN is away) is written in the change's own
 * transaction and run by whichever process is alive when it is due: a restart or a crash after the
 * commit cannot drop it. Against a real database (both dialects) and a real local HTTP "CDN".
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { purgeCdnTags, type PurgeOutcome } from '@/lib/cdn/purge';
import { createDb } from '@/lib/db/client';
import { createFollowupRunner, type FollowupRunnerOptions } from '@/lib/content/followup-runner';
import { PUBLISH_HEAL_MS, PublishRejectedError, unpublishArticle, updateArticle } from '@/lib/content/publish';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../helpers/db';

jest.setTimeout(60_000);

/** A CDN purge API on loopback that answers with `status()` and records every request's tags. */
async function startCdn(): Promise<{ url: string; purged: string[][]; status: () => number; setStatus(code: number): void; stop(): Promise<void> }> {
  const purged: string[][] = [];
  let code = 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      purged.push((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { tags: string[] }).tags);
      res.statusCode = code;
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`,
    purged,
    status: () => code,
    setStatus(next) {
      code = next;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const quiet = { settleMs: 0, afterResponse: null, followups: null, purgeCdn: null } as const;

describeEachDialect('publish follow-ups', (dialect) => {
  let t: TestDatabase;
  let cdn: Awaited<ReturnType<typeof startCdn>>;
  const logged: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(dialect, { seed: true });
    cdn = await startCdn();
  });
  afterAll(async () => {
    await cdn?.stop();
    await t?.destroy();
  });
  beforeEach(async () => {
    await t.db.deleteFrom('publish_followups').execute();
    cdn.purged.length = 0;
    cdn.setStatus(200);
    logged.length = 0;
  });

  /** A runner as a restarted process builds it, with a clock `aheadMs` in the future. */
  function runner(overrides: Partial<FollowupRunnerOptions> & { aheadMs?: number; expired?: string[][] } = {}) {
    const { aheadMs = PUBLISH_HEAL_MS + 1_000, expired = [], ...rest } = overrides;
    return createFollowupRunner({
      db: t.db,
      owner: 'test-instance',
      now: () => new Date(Date.now() + aheadMs),
      expireTags: async (tags) => void expired.push([...tags]),
      purge: (tags): Promise<PurgeOutcome> => purgeCdnTags(tags, { url: cdn.url, timeoutMs: 2_000, log: (line) => logged.push(line) }),
      logError: (line) => logged.push(line),
      ...rest,
    });
  }

  it('queues the second pass of a change in its transaction, due after the healing delay', async () => {
    const expiredNow: string[] = [];
    const before = Date.now();
    await updateArticle('demo-010', { standfirst: 'A standfirst corrected by the desk.' }, { ...quiet, db: t.db, revalidate: (tag) => expiredNow.push(tag) });
    const rows = await t.db.selectFrom('publish_followups').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ article_id: 'demo-010', attempts: 0, done_at: null, failed_at: null });
    expect(JSON.parse(rows[0]!.tags)).toEqual(expiredNow);
    const due = Date.parse(rows[0]!.due_at);
    expect(due).toBeGreaterThanOrEqual(before + PUBLISH_HEAL_MS);
    expect(due).toBeLessThan(Date.now() + PUBLISH_HEAL_MS + 1_000);
  });

  it('queues nothing for a change that is refused (the transaction rolls back)', async () => {
    await expect(updateArticle('demo-010', { section: 'no-such-section' }, { ...quiet, db: t.db, revalidate: () => undefined })).rejects.toBeInstanceOf(PublishRejectedError);
    expect(await t.db.selectFrom('publish_followups').select('id').execute()).toEqual([]);
  });

  it('runs a follow-up left by a process that stopped: the tags are expired again and purged at the CDN, once', async () => {
    const expiredNow: string[] = [];
    await unpublishArticle('demo-011', { ...quiet, db: t.db, revalidate: (tag) => expiredNow.push(tag) });
    // Not due yet: a process started right away leaves it alone.
    const early = await runner({ aheadMs: 0 }).runDue();
    expect(early).toEqual({ done: 0, retrying: 0, failed: 0 });
    expect(cdn.purged).toEqual([]);

    const expired: string[][] = [];
    const restarted = runner({ expired });
    expect(await restarted.runDue()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(expired).toEqual([expiredNow]);
    expect(cdn.purged).toEqual([expiredNow]);
    expect(await restarted.runDue()).toEqual({ done: 0, retrying: 0, failed: 0 });
    expect(cdn.purged).toHaveLength(1);
    expect(await restarted.counts()).toEqual({ pending: 0, failed: 0 });
  });

  it('retries a purge the CDN refuses, with backoff, until it is accepted', async () => {
    await updateArticle('demo-012', { standfirst: 'A second correction, while the CDN is down.' }, { ...quiet, db: t.db, revalidate: () => undefined });
    cdn.setStatus(503);
    let clock = PUBLISH_HEAL_MS + 1_000;
    const retrying = runner({ now: () => new Date(Date.now() + clock) });
    expect(await retrying.runDue()).toEqual({ done: 0, retrying: 1, failed: 0 });
    const waiting = await t.db.selectFrom('publish_followups').select(['attempts', 'due_at', 'last_error']).executeTakeFirstOrThrow();
    expect(waiting.attempts).toBe(1);
    expect(waiting.last_error).toContain('503');
    expect(await retrying.counts()).toEqual({ pending: 1, failed: 0 });
    // Not again before the backoff delay has passed.
    expect(await retrying.runDue()).toEqual({ done: 0, retrying: 0, failed: 0 });
    expect(cdn.purged).toHaveLength(1);

    cdn.setStatus(200);
    clock = Date.parse(waiting.due_at) - Date.now() + 1;
    expect(await retrying.runDue()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(cdn.purged).toHaveLength(2);
    expect(await retrying.counts()).toEqual({ pending: 0, failed: 0 });
  });

  it('gives up a purge after the give-up time, with one log line, and counts it', async () => {
    await updateArticle('demo-013', { standfirst: 'A correction the CDN never hears about.' }, { ...quiet, db: t.db, revalidate: () => undefined });
    cdn.setStatus(500);
    const impatient = runner({ policy: { baseDelayMs: 1_000, maxDelayMs: 1_000, giveUpAfterMs: 1_000 } });
    expect(await impatient.runDue()).toEqual({ done: 0, retrying: 0, failed: 1 });
    expect(logged.filter((line) => line.startsWith('[publish] gave up the follow-up of article demo-013'))).toHaveLength(1);
    expect(await impatient.counts()).toEqual({ pending: 0, failed: 1 });
  });

  it("takes back its own predecessor's lease at start-up, but not another instance's before it ends", async () => {
    await updateArticle('demo-014', { standfirst: 'Claimed by a process that was then killed.' }, { ...quiet, db: t.db, revalidate: () => undefined });
    const inFuture = new Date(Date.now() + 60 * 60_000).toISOString();
    await t.db.updateTable('publish_followups').set({ claimed_by: 'other-instance', lease_until: inFuture }).execute();
    expect(await runner({ takeBackLeases: true }).runDue()).toEqual({ done: 0, retrying: 0, failed: 0 });

    await t.db.updateTable('publish_followups').set({ claimed_by: 'test-instance' }).execute();
    expect(await runner({ takeBackLeases: true }).runDue()).toEqual({ done: 1, retrying: 0, failed: 0 });
    expect(cdn.purged).toHaveLength(1);
  });

  it('two instances running the same follow-ups run each exactly once', async () => {
    const COUNT = 24;
    for (let i = 0; i < COUNT; i++) {
      await updateArticle('demo-015', { standfirst: `Correction number ${i} of the day.` }, { ...quiet, db: t.db, revalidate: () => undefined });
    }
    const otherPool = createDb(t.url);
    try {
      const purgedBy: string[] = [];
      const slowPurge = (owner: string) => async (): Promise<PurgeOutcome> => {
        purgedBy.push(owner);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { ok: true };
      };
      const results = await Promise.all(
        [t.db, otherPool].map((db, i) => runner({ db, owner: `instance-${i}`, purge: slowPurge(`instance-${i}`) }).runDue()),
      );
      expect(results.map((r) => r.done).reduce((a, b) => a + b)).toBe(COUNT);
      expect(purgedBy).toHaveLength(COUNT);
      const rows = await t.db.selectFrom('publish_followups').select(['done_at', 'attempts']).execute();
      expect(rows.filter((row) => row.done_at === null)).toEqual([]);
      expect(rows.every((row) => row.attempts === 1)).toBe(true);
    } finally {
      await otherPool.destroy();
    }
  });
});
