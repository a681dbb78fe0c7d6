import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { createEditor } from '@/lib/auth/editors';
import { createDb } from '@/lib/db/client';
import { signIn, type CookieJar } from './editor-helpers';
import { copyBuild, freePort, productionServerEnv, removeServerFiles, startNext, stopNext } from './support/server';
import { readState } from './support/state';

/**
 * `npm start` answers a public page requested again within RESPONSE_CACHE_MS from its whole last
 * response, without entering Next (lib/http/micro-cache.mjs). Here the window is a minute, far
 * longer than any publish call, so only the cache being emptied by the cache-tag expiry can make
 * the checks below pass: a correction, a publish and an unpublish are visible on the very next
 * request, on the story, its section page and the feed. Answers from the cache are the page Next
 * sent, byte for byte; Draft Mode requests never get them.
 */

const EMAIL = `response-cache-${process.pid}@example.org`;
const PASSWORD = 'response cache editor passphrase';
const STORY = 'demo-012';
const DIST = '.next-response-cache';

describe('the one-minute response cache of npm start', () => {
  let server: ChildProcess | undefined;
  let dataDir: string;
  let base: string;
  let jar: CookieJar;
  let storyPath: string;
  let sectionPath: string;

  async function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Headers }> {
    const response = await fetch(new URL(pathname, base), { headers, redirect: 'manual' });
    return { status: response.status, body: await response.text(), headers: response.headers };
  }

  async function command(body: unknown): Promise<void> {
    const response = await fetch(new URL(`/api/editor/articles/${STORY}`, base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header(), origin: base },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  }

  const headline = (html: string) => parse(html).querySelector('h1')?.text.trim();

  beforeAll(async () => {
    copyBuild(readState().distDir, DIST);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-response-cache-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const databaseUrl = `file:${path.join(dataDir, 'site.db')}`;
    server = await startNext(
      productionServerEnv({
        distDir: DIST,
        databaseUrl,
        base,
        dataDir,
        nextAuthSecret: readState().nextAuthSecret,
        extra: { SEED_DEMO: 'true', REDIS_URL: '', RESPONSE_CACHE_MS: '60000' },
      }),
      port,
    );
    const db = createDb(databaseUrl);
    try {
      await createEditor(db, { email: EMAIL, name: 'Response Cache Editor' }, PASSWORD);
      const row = await db
        .selectFrom('articles as a')
        .innerJoin('sections as s', 's.id', 'a.section_id')
        .select(['a.slug', 's.slug as section'])
        .where('a.id', '=', STORY)
        .executeTakeFirstOrThrow();
      storyPath = `/${row.section}/${row.slug}`;
      sectionPath = `/${row.section}`;
    } finally {
      await db.destroy();
    }
    ({ jar } = await signIn(EMAIL, PASSWORD, { base }));
  }, 180_000);

  afterAll(async () => {
    await stopNext(server);
    removeServerFiles(dataDir, DIST);
  }, 30_000);

  it('answers a repeat request with the same page and headers Next sent', async () => {
    const first = await get(storyPath);
    const second = await get(storyPath);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    // Everything but the date and the cache status (the first answer may have been a render).
    const headersOf = (h: Headers) => [...h.entries()].filter(([name]) => !['date', 'keep-alive', 'x-nextjs-cache'].includes(name));
    expect(headersOf(second.headers).sort()).toEqual(headersOf(first.headers).sort());
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toMatch(/^public, .*s-maxage=/);
    expect(second.headers.get('content-security-policy')).toMatch(/'sha256-/);
  });

  it('never answers a Draft Mode request from it', async () => {
    await get(storyPath);
    const draftMode = await get(storyPath, { cookie: '__prerender_bypass=not-a-real-one' });
    expect(draftMode.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('a correction, an unpublish and a publish are on the very next request, everywhere', async () => {
    const before = await get(storyPath);
    const original = headline(before.body)!;
    expect((await get(sectionPath)).body).toContain(original);
    expect((await get('/feed.xml')).body).toContain(original);

    const corrected = `${original} (corrected)`;
    await command({ action: 'update', patch: { headline: corrected } });
    expect(headline((await get(storyPath)).body)).toBe(corrected);
    expect((await get(sectionPath)).body).toContain(corrected);
    expect((await get('/feed.xml')).body).toContain(corrected);

    await command({ action: 'unpublish' });
    expect((await get(storyPath)).status).toBe(404);
    expect((await get(sectionPath)).body).not.toContain(corrected);
    expect((await get('/feed.xml')).body).not.toContain(corrected);

    await command({ action: 'publish' });
    const back = await get(storyPath);
    expect(back.status).toBe(200);
    expect(headline(back.body)).toBe(corrected);
    expect((await get(sectionPath)).body).toContain(corrected);
  });
});
