import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { parse } from 'node-html-parser';
import { createEditor } from '@/lib/auth/editors';
import { createTestDatabase, describeIfPostgres, describeIfRedis, TEST_REDIS_URL, type TestDatabase } from '../helpers/db';
import { signIn, type CookieJar } from './editor-helpers';
import { copyBuild, freePort, productionServerEnv, removeServerFiles, startNext, stopNext } from './support/server';
import { readState } from './support/state';

/**
 * Several instances behind a load balancer (the scale path: DATABASE_URL=postgres://…, REDIS_URL).
 * Two production servers, each with its own copy of the build and so its own page cache, share one
 * PostgreSQL schema and one Redis. An editor publishes, corrects and unpublishes through instance A;
 * a reader on instance B, whose cache already holds the section page and the story's 404, must get
 * the new state on the very next request, as a reader on A does.
 */

const TOKEN = randomBytes(4).toString('hex');
const EMAIL = `multi-${TOKEN}@example.org`;
const PASSWORD = 'multi instance editor passphrase';
const STORY = { id: `multi-${TOKEN}`, slug: `multi-instance-story-${TOKEN}` };
const HEADLINE = `Two instances ${TOKEN}: the harbour board publishes its tide tables`;
const CORRECTED = `Two instances ${TOKEN}: the harbour board corrects its tide tables`;

interface Instance {
  name: string;
  base: string;
  distDir: string;
  dataDir: string;
  server?: ChildProcess;
}

async function get(instance: Instance, pathname: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(pathname, instance.base), { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

function headline(html: string): string | undefined {
  return parse(html).querySelector('h1')?.text.trim();
}

/** The story headlines a list page shows. */
async function listed(instance: Instance, pathname: string): Promise<string[]> {
  return parse((await get(instance, pathname)).body)
    .querySelectorAll('main h2 a, main h3 a')
    .map((link) => link.text.trim());
}

describeIfPostgres('several instances (PostgreSQL)', () => {
  describeIfRedis('share cache expiries through Redis', () => {
    let database: TestDatabase;
    let section: string;
    let jar: CookieJar;
    const prefix = `meridian-test-${TOKEN}`;
    const instances: Instance[] = ['a', 'b', 'c', 'd', 'e'].map((name) => ({
      name,
      base: '',
      distDir: `.next-multi-${name}`,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), `meridian-multi-${name}-`)),
    }));
    const [a, b, c, d, e] = instances as [Instance, Instance, Instance, Instance, Instance];
    let slowRedis: net.Server | undefined;

    /** Starts an instance from its own copy of the suite's build: its own page cache and build seeds. */
    async function start(instance: Instance, redisUrl = TEST_REDIS_URL): Promise<void> {
      copyBuild(readState().distDir, instance.distDir);
      const port = await freePort();
      instance.base = `http://127.0.0.1:${port}`;
      instance.server = await startNext(
        productionServerEnv({
          distDir: instance.distDir,
          databaseUrl: database.url,
          base: instance.base,
          dataDir: instance.dataDir,
          nextAuthSecret: readState().nextAuthSecret,
          // A minute-long response cache: only the expiry shared through Redis can make B fresh at once.
          extra: { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, RESPONSE_CACHE_MS: '60000' },
        }),
        port,
      );
    }

    async function command(body: unknown, on: Instance = a, session = jar): Promise<void> {
      const started = performance.now();
      const response = await fetch(new URL(`/api/editor/articles/${STORY.id}`, on.base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.header() },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
      const action = (body as { action: string }).action;
      console.info(`[figures] ${action} on ${on.name.toUpperCase()}: ${(performance.now() - started).toFixed(0)} ms (includes the publish settle wait)`);
    }

    beforeAll(async () => {
      database = await createTestDatabase('postgres', { seed: true });
      const db = database.db;
      const source = await db.selectFrom('articles').selectAll().where('id', '=', 'demo-012').executeTakeFirstOrThrow();
      await db.insertInto('articles').values({ ...source, ...STORY, status: 'draft', headline: HEADLINE, published_at: null }).execute();
      for (const author of await db.selectFrom('article_authors').selectAll().where('article_id', '=', source.id).execute()) {
        await db.insertInto('article_authors').values({ ...author, article_id: STORY.id }).execute();
      }
      section = (await db.selectFrom('sections').select('slug').where('id', '=', source.section_id).executeTakeFirstOrThrow()).slug;
      await createEditor(db, { email: EMAIL, name: 'Multi Instance Editor' }, PASSWORD);

      await Promise.all([start(a), start(b)]);
      ({ jar } = await signIn(EMAIL, PASSWORD, { base: a.base }));
    }, 120_000);

    afterAll(async () => {
      await Promise.all(instances.map((instance) => stopNext(instance.server)));
      slowRedis?.close();
      await database?.destroy();
      const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
      await redis.del(`${prefix}:cache-tags`).catch(() => undefined);
      redis.disconnect();
      for (const instance of instances) {
        removeServerFiles(instance.dataDir, instance.distDir);
      }
    }, 30_000);

    it('a story published on A is on B at once, corrected on A is corrected on B, unpublished on A is gone from B', async () => {
      const storyPath = `/${section}/${STORY.slug}`;
      // B has rendered and cached the section page and the story's 404 before anything happens.
      for (let i = 0; i < 2; i += 1) {
        expect(await listed(b, `/${section}`)).not.toContain(HEADLINE);
        expect((await get(b, storyPath)).status).toBe(404);
      }

      await command({ action: 'publish' });
      const published = await get(b, storyPath);
      expect(published.status).toBe(200);
      expect(headline(published.body)).toBe(HEADLINE);
      expect(await listed(b, `/${section}`)).toContain(HEADLINE);
      expect((await get(b, '/feed.xml')).body).toContain(HEADLINE);

      await command({ action: 'update', patch: { headline: CORRECTED } });
      expect(headline((await get(b, storyPath)).body)).toBe(CORRECTED);
      const sectionPage = await listed(b, `/${section}`);
      expect(sectionPage).toContain(CORRECTED);
      expect(sectionPage).not.toContain(HEADLINE);

      await command({ action: 'unpublish' });
      expect((await get(b, storyPath)).status).toBe(404);
      expect(await listed(b, `/${section}`)).not.toContain(CORRECTED);
      expect((await get(a, storyPath)).status).toBe(404);
    });

    it('an instance started later does not serve what its build prerendered before a publish', async () => {
      // The build's prerendered section page predates this story. C replays the expiries Redis
      // recorded before it started, so its first answer is rendered from the database.
      await command({ action: 'publish' });
      await start(c);
      expect(await listed(c, `/${section}`)).toContain(CORRECTED);
      expect(headline((await get(c, `/${section}/${STORY.slug}`)).body)).toBe(CORRECTED);
    }, 60_000);

    it('an instance whose Redis is away still serves readers and publishes, exactly on itself', async () => {
      // Nothing listens on port 1: every Redis command fails. Readers and editors must not notice.
      await start(d, 'redis://127.0.0.1:1');
      expect((await get(d, `/${section}`)).status).toBe(200);
      const { jar: onD } = await signIn(EMAIL, PASSWORD, { base: d.base });
      await command({ action: 'unpublish' }, d, onD);
      expect((await get(d, `/${section}/${STORY.slug}`)).status).toBe(404);
      expect(await listed(d, `/${section}`)).not.toContain(CORRECTED);
      await command({ action: 'publish' }, d, onD);
      expect(headline((await get(d, `/${section}/${STORY.slug}`)).body)).toBe(CORRECTED);
    }, 60_000);

    it('answers the editor only once the other instances have been told, even when Redis is slow to take it', async () => {
      // E reaches Redis through a proxy that holds every command for REDIS_DELAY_MS. Next carries out
      // revalidateTag after the response, so without waiting for the announcement E would answer
      // "unpublished" while B still served the story from its cache.
      slowRedis = await delayingProxy(TEST_REDIS_URL, REDIS_DELAY_MS);
      const { port } = slowRedis.address() as net.AddressInfo;
      const redisUrl = new URL(TEST_REDIS_URL);
      redisUrl.host = `127.0.0.1:${port}`;
      await start(e, redisUrl.toString());
      const storyPath = `/${section}/${STORY.slug}`;
      const { jar: onE } = await signIn(EMAIL, PASSWORD, { base: e.base });
      // The second pass of D's changes (15 s later, on any instance) would tell B too; let it pass first.
      await followupsDone(database, STORY.id);
      for (let i = 0; i < 2; i += 1) expect(headline((await get(b, storyPath)).body)).toBe(CORRECTED);
      await command({ action: 'unpublish' }, e, onE);
      expect((await get(b, storyPath)).status).toBe(404);
      expect(await listed(b, `/${section}`)).not.toContain(CORRECTED);
    }, 90_000);
  });
});

/** Waits until no publish follow-up of the article is pending (they expire its tags on every instance). */
async function followupsDone(database: TestDatabase, articleId: string): Promise<void> {
  for (const until = Date.now() + 45_000; Date.now() < until; ) {
    const pending = await database.db
      .selectFrom('publish_followups')
      .select('id')
      .where('article_id', '=', articleId)
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .execute();
    if (pending.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`publish follow-ups of ${articleId} still pending after 45 s`);
}

/** How long the slow proxy holds each command on its way to Redis: far longer than a local request. */
const REDIS_DELAY_MS = 400;

/** A TCP proxy to the Redis of `redisUrl` that delivers what clients send `delayMs` late, in order. */
function delayingProxy(redisUrl: string, delayMs: number): Promise<net.Server> {
  const target = new URL(redisUrl);
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    client.on('data', (chunk) => setTimeout(() => upstream.write(chunk), delayMs));
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
