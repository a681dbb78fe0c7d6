import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createEditor } from '@/lib/auth/editors';
import { createDb } from '@/lib/db/client';
import { signIn } from './editor-helpers';
import { freePort, productionServerEnv, removeServerFiles, startNext, stopNext } from './support/server';
import { readState } from './support/state';

/**
 * Issue 12: what a publish owes after the editor's answer survives kill -9. A production server
 * (`npm start`'s entry point) has a CDN purge hook (CDN_PURGE_URL) pointing at a "CDN" in this
 * process that is down (503). An editor unpublishes a story: our own caches are expired, the CDN
 * purge fails. The server is killed with SIGKILL before the healing pass 15 s later, the CDN comes
 * back, the server is started again: the new process must still purge the story's tags at the CDN
 * (before, that second pass lived only in the killed process's memory and was lost).
 *
 * The server answers only API requests here, so it can run from the suite's build.
 */

const EMAIL = `followup-${process.pid}@example.org`;
const PASSWORD = 'follow-up crash editor passphrase';
const STORY = 'demo-012';
const CDN_ANSWER_DELAY_MS = 400;

interface Purge {
  tags: string[];
  status: number;
  at: number;
}

describe('kill -9 after an unpublish, before its healing pass', () => {
  let cdn: Server;
  let cdnStatus = 503;
  const purges: Purge[] = [];
  let server: ChildProcess | undefined;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let databaseUrl: string;

  beforeAll(async () => {
    cdn = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const status = cdnStatus;
        purges.push({ tags: (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { tags: string[] }).tags, status, at: Date.now() });
        // A real CDN answers a while after it has the request; the server must not be read as done before then.
        setTimeout(() => {
          res.statusCode = status;
          res.end('{}');
        }, CDN_ANSWER_DELAY_MS);
      });
    });
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-followup-crash-'));
    port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    databaseUrl = `file:${path.join(dataDir, 'followup.db')}`;
    env = productionServerEnv({
      distDir: readState().distDir,
      databaseUrl,
      base,
      dataDir,
      nextAuthSecret: readState().nextAuthSecret,
      extra: {
        SEED_DEMO: 'true',
        REDIS_URL: '',
        CDN_PURGE_URL: `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge`,
      },
    });
    server = await startNext(env, port);
    const db = createDb(databaseUrl);
    try {
      await createEditor(db, { email: EMAIL, name: 'Follow-up Editor' }, PASSWORD);
    } finally {
      await db.destroy();
    }
  }, 120_000);

  afterAll(async () => {
    await stopNext(server);
    cdn.closeAllConnections();
    await new Promise((resolve) => cdn.close(resolve));
    removeServerFiles(dataDir);
  }, 30_000);

  it('the restarted server purges the story at the CDN once it is back', async () => {
    const base = `http://127.0.0.1:${port}`;
    const { jar } = await signIn(EMAIL, PASSWORD, { base });
    const answered = await fetch(`${base}/api/editor/articles/${STORY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header(), origin: base },
      body: JSON.stringify({ action: 'unpublish' }),
    });
    expect(answered.status).toBe(200);
    const unpublishedAt = Date.now();
    expect((await fetch(`${base}/api/health`)).status).toBe(200);

    const victim = server!;
    process.kill(-victim.pid!, 'SIGKILL');
    await new Promise<void>((resolve) => (victim.exitCode !== null || victim.signalCode !== null ? resolve() : victim.once('exit', () => resolve())));
    const killedAt = Date.now();
    // The kill landed before the healing pass was due, and the CDN had refused the only purge so far.
    expect(killedAt - unpublishedAt).toBeLessThan(10_000);
    expect(purges.map((p) => p.status)).toEqual([503]);
    const storyTags = purges[0]!.tags;
    expect(storyTags).toEqual(expect.arrayContaining([`article:${STORY}`, 'home', 'feeds', 'sitemaps']));

    cdnStatus = 200;
    server = await startNext(env, port);
    const restartedAt = Date.now();
    const deadline = Date.now() + 45_000;
    while (!purges.some((p) => p.status === 200) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));

    const accepted = purges.filter((p) => p.status === 200);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.tags).toEqual(storyTags);
    expect(accepted[0]!.at).toBeGreaterThanOrEqual(restartedAt);

    const db = createDb(databaseUrl);
    try {
      // The CDN records the purge before its 200 reaches the server, which marks the row done after that.
      const readFollowups = () => db.selectFrom('publish_followups').select(['article_id', 'done_at', 'attempts']).execute();
      let followups = await readFollowups();
      const doneDeadline = Date.now() + 10_000;
      while (followups.some((row) => row.done_at === null) && Date.now() < doneDeadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        followups = await readFollowups();
      }
      expect(followups).toEqual([{ article_id: STORY, done_at: expect.any(String), attempts: 1 }]);
    } finally {
      await db.destroy();
    }
    const log = fs.readFileSync(path.join(dataDir, 'server.log'), 'utf8');
    // The restarted process expired the tags in its own page cache too, not only at the CDN.
    expect(log).not.toContain('no page cache in this process');
    console.info(
      `[followup-crash] killed ${((killedAt - unpublishedAt) / 1000).toFixed(1)} s after the unpublish answered; ` +
        `the restarted server purged the CDN ${((accepted[0]!.at - unpublishedAt) / 1000).toFixed(1)} s after the unpublish ` +
        `(${((accepted[0]!.at - restartedAt) / 1000).toFixed(1)} s after it was listening).`,
    );
  }, 90_000);
});
