/**
 * The editors' live preview, measured through ONE production server (what `npm start` runs) on a
 * fresh SQLite database, loopback only:
 *
 *   npm run bench:preview        # builds into BENCH_DIST_DIR (.next-bench) if needed
 *
 * - Refresh time for a 1,500-word draft over BENCH_EDITS (50) edits: each edit changes one word,
 *   posts the form to /api/editor/live-preview (parse, check, store) and loads the frame it names
 *   (the public article page's components rendering the unsaved text). Server time p50/p99 of each
 *   step and of both together; the browser adds its 300 ms typing pause on top.
 * - The editor page's client JavaScript (gzip): the scripts /editor/articles/new loads that an
 *   article page does not, i.e. what only editors download.
 * Issue 14 asks for these figures; there is no bar to pass. Every request has a 30 s timeout.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEditor } from '@/lib/auth/editors';
import { createDb, migrateToLatest } from '@/lib/db/client';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { buildNext, productionServerEnv, startNext } from '../tests/e2e/support/server';

const ROOT = path.resolve(__dirname, '..');
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const EDITS = Math.min(Math.max(Number(process.env.BENCH_EDITS ?? 50), 5), 500);
const WORDS = 1_500;
const TIMEOUT_MS = 30_000;
const EMAIL = 'bench-preview@example.org';
const PASSWORD = 'bench preview passphrase';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summary(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms`;
}

/** A 1,500-word body in the editing syntax: paragraphs of generated words, subheadings, a quote and a list. */
function draftBody(edit: number): string {
  const vocabulary = ['harbour', 'council', 'ferry', 'timetable', 'winter', 'island', 'crew', 'vote', 'budget', 'repairs', 'morning', 'tide', 'pier', 'engine', 'route'];
  const blocks: string[] = [];
  let words = 0;
  let paragraph = 0;
  while (words < WORDS) {
    const count = 60;
    const text = Array.from({ length: count }, (_, i) => vocabulary[(i * 7 + paragraph * 3) % vocabulary.length]).join(' ');
    blocks.push(`${paragraph === 0 ? `Edit ${edit}: ` : ''}The **${text}**.`);
    words += count;
    paragraph++;
    if (paragraph % 6 === 0) blocks.push(`## Part ${paragraph / 6}`);
  }
  blocks.splice(3, 0, '> The boats sail at six again from Monday.\n> — Crew committee', '- First point\n- Second point');
  return blocks.join('\n\n');
}

class Jar {
  private readonly cookies = new Map<string, string>();
  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function signIn(base: string): Promise<Jar> {
  const jar = new Jar();
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  jar.absorb(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: '/editor' }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  jar.absorb(response);
  return jar;
}

/** Same-origin scripts a page loads, with their gzip sizes. */
async function pageScripts(base: string, pathname: string, cookie: string): Promise<Map<string, number>> {
  const html = await (await fetch(`${base}${pathname}`, { headers: { cookie }, signal: AbortSignal.timeout(TIMEOUT_MS) })).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!).filter((src) => src.startsWith('/'));
  const sizes = new Map<string, number>();
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(`${base}${src}`, { signal: AbortSignal.timeout(TIMEOUT_MS) })).arrayBuffer());
    sizes.set(src, gzipSync(body, { level: 6 }).length);
  }
  return sizes;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    process.stdout.write(`building into ${DIST_DIR} …\n`);
    await buildNext({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR }, ROOT);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-preview-'));
  const databaseUrl = `file:${path.join(dataDir, 'bench.db')}`;
  const db = createDb(databaseUrl);
  await migrateToLatest(db);
  await seedDemo(db);
  await createEditor(db, { email: EMAIL, name: 'Bench Preview' }, PASSWORD);
  await db.destroy();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNext(productionServerEnv({ distDir: DIST_DIR, databaseUrl, base, dataDir, nextAuthSecret: randomBytes(24).toString('hex') }), port);
  try {
    const jar = await signIn(base);
    const headers = { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: base };
    const post = async (edit: number, previewId: string | null) => {
      const form = new URLSearchParams({ headline: `Ferry crews vote on the winter timetable, edit ${edit}`, standfirst: 'A benchmark draft.', section: 'news', language: 'en', tags: 'Climate', heroSrc: '/images/demo/harbour-cranes.jpg', heroAlt: 'Cranes at the harbour', body: draftBody(edit) });
      form.append('authors', 'amara-okafor');
      if (previewId) form.set('previewId', previewId);
      const response = await fetch(`${base}/api/editor/live-preview`, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (response.status !== 200) throw new Error(`live preview answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { previewId: string; frame: string };
    };
    // Warm-up: the first render of each route compiles nothing in production, but fills caches and JIT.
    let { previewId } = await post(0, null);
    for (let i = 1; i <= 5; i++) await fetch(`${base}${(await post(i, previewId)).frame}`, { headers: { cookie: jar.header() } }).then((r) => r.text());

    const posts: number[] = [];
    const frames: number[] = [];
    const totals: number[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      const started = performance.now();
      const answer = await post(edit + 10, previewId);
      const posted = performance.now();
      previewId = answer.previewId;
      const frame = await fetch(`${base}${answer.frame}`, { headers: { cookie: jar.header() }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      const html = await frame.text();
      const done = performance.now();
      if (frame.status !== 200 || !html.includes(`edit ${edit + 10}`)) throw new Error(`frame ${frame.status} without the edit`);
      posts.push(posted - started);
      frames.push(done - posted);
      totals.push(done - started);
    }

    const editorScripts = await pageScripts(base, '/editor/articles/new', jar.header());
    const articleHtml = await (await fetch(`${base}/`, { signal: AbortSignal.timeout(TIMEOUT_MS) })).text();
    const articlePath = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(articleHtml)?.[1] ?? '/';
    const readerScripts = await pageScripts(base, articlePath, '');
    const editorOnly = [...editorScripts].filter(([src]) => !readerScripts.has(src));
    const total = (entries: Iterable<[string, number]>) => [...entries].reduce((sum, [, size]) => sum + size, 0) / 1024;

    process.stdout.write(`\nlive preview of a ${WORDS.toLocaleString('en')}-word draft, ${EDITS} edits, one production server on SQLite (${base})\n`);
    process.stdout.write(`${summary('POST /api/editor/live-preview', posts)}\n${summary('GET the frame it names', frames)}\n${summary('refresh (both)', totals)}\n`);
    process.stdout.write(`\neditor page client JS (gzip): ${total(editorScripts).toFixed(1)} KB in ${editorScripts.size} scripts; ${total(editorOnly).toFixed(1)} KB in ${editorOnly.length} of them that an article page (${articlePath}) does not load\n`);
    process.stdout.write(`load average: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} (${os.cpus().length} CPUs)\n`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
