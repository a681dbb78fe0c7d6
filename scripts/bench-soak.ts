/**
 * Memory soak for issue 10's fourth bar: `npm run bench:soak`.
 *
 * Builds Meridian into .next-bench (or reuses it with BENCH_REUSE_BUILD=1), seeds the demo plus
 * SOAK_ARTICLES (default 10,000) synthetic articles, starts it as `npm start` does on 127.0.0.1 and
 * walks every public page the sitemap lists (articles, sections, topics, authors), shuffled and in
 * rotation, on SOAK_CONCURRENCY (default 8) keep-alive connections for SOAK_MINUTES (default 10).
 * Most requests render a page that is not cached yet, so every cache fills and has to evict.
 * RSS of the serving process is sampled every 15 s; the bar: RSS grows less than 10% from minute 2
 * to the end. Every request is bounded (10 s), the whole load by the clock; loopback only.
 *
 * Env: SOAK_MINUTES, SOAK_ARTICLES, SOAK_CONCURRENCY, BENCH_REUSE_BUILD=1, BENCH_DIST_DIR.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { stopNext } from '../tests/e2e/support/server';
import { rawGet } from './bench/http';
import { startMeridian } from './bench/meridian';
import { seedDatabase } from './bench/seed';
import { rssBytes, servingPid } from './bench/process-rss';
import { cpuCount, load, table } from './bench/report';
import { routes } from '../lib/routes';
import { mulberry32 } from '../lib/util/seeded-random';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const ARTICLES = Number(process.env.SOAK_ARTICLES ?? 10_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const SAMPLE_MS = 15_000;
const FROM_MINUTE = 2;
const GROWTH_BAR = 0.1;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const PROBE_FILE = path.join(os.tmpdir(), `meridian-soak-memory-${process.pid}.jsonl`);

/**
 * Seeds the fresh database the way an operator would (`npm run db:seed -- --synthetic N`), then
 * preloads the memory probe into the server (only the server: the seed has run by then).
 */
async function prepare(env: NodeJS.ProcessEnv): Promise<void> {
  await seed(env);
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(path.join(import.meta.dirname, 'bench/memory-probe.mjs')).href}`.trim();
  env.MEMORY_PROBE_FILE = PROBE_FILE;
}

interface MemorySample {
  pid: number;
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** The serving process's memoryUsage() samples the probe wrote, nearest to `at` (ms since epoch). */
function probeNear(pid: number, at: number): MemorySample | null {
  if (!fs.existsSync(PROBE_FILE)) return null;
  const samples = fs.readFileSync(PROBE_FILE, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as MemorySample).filter((s) => s.pid === pid);
  return samples.reduce<MemorySample | null>((best, s) => (!best || Math.abs(s.at - at) < Math.abs(best.at - at) ? s : best), null);
}

function seed(env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`seeding the demo and ${ARTICLES} synthetic articles …`);
  return seedDatabase(env, ['--synthetic', String(ARTICLES)]);
}

function body(response: { headers: Record<string, string | string[] | undefined>; body: Buffer }): string {
  return (response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body) : response.body).toString('utf8');
}

/** Every path the sitemap (and its children, when split) lists, as a reader or crawler finds them. */
async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
  const root = body(await rawGet(baseUrl + routes.sitemap()));
  if (!root.includes('<sitemapindex')) return locs(root);
  const pages: string[] = [];
  for (const child of locs(root)) pages.push(...locs(body(await rawGet(baseUrl + child))));
  return pages;
}

/**
 * Articles in shuffled order with a list page (a section, topic or author page, further and further
 * back through its pages) after every fifth, so list caches fill as well.
 */
function rotation(sitemap: string[]): string[] {
  const articles = shuffled(sitemap.filter((p) => p.split('/').length === 3 && !p.startsWith(routes.author('')) && !p.startsWith(routes.tag(''))));
  const chosen = new Set(articles);
  const lists = sitemap.filter((p) => !chosen.has(p) && p !== '/');
  // Sections hold a sixth of the articles each (80 pages of 20); a topic or author may hold few.
  const depth = (list: string) => (list.split('/').length === 2 ? 40 : 1);
  const listPages = Array.from({ length: 40 }, (_, page) => lists.filter((list) => page < depth(list)).map((list) => (page === 0 ? list : `${list}/page/${page + 1}`))).flat();
  return articles.flatMap((article, i) => (i % 5 === 4 && listPages.length ? [article, listPages[Math.floor(i / 5) % listPages.length]!] : [article]));
}

/** Deterministic shuffle, so two runs walk the pages in the same order. */
function shuffled<T>(items: T[]): T[] {
  const random = mulberry32(20261202);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

interface Counters {
  ok: number;
  failed: number;
  statuses: Map<number, number>;
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent, headers: { 'accept-encoding': 'gzip' }, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(0));
  });
}

/** CONCURRENCY workers share one cursor through the rotation until the deadline. */
async function rotate(baseUrl: string, paths: string[], deadline: number, counters: Counters): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let cursor = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const path = paths[cursor++ % paths.length]!;
      const status = await get(agent, baseUrl + path);
      counters.statuses.set(status, (counters.statuses.get(status) ?? 0) + 1);
      if (status === 200) counters.ok++;
      else counters.failed++;
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    agent.destroy();
  }
}

async function main() {
  console.log(`bench:soak: ${cpuCount()} CPUs, ${load()} (1/5/15 min) at start; ${MINUTES} min, ${CONCURRENCY} connections`);
  const meridian = await startMeridian(prepare);
  let failedBar = false;
  try {
    const pid = servingPid(meridian.child.pid!, meridian.port);
    const sitemap = await sitemapPaths(meridian.baseUrl);
    const paths = rotation(sitemap);
    const lists = paths.filter((p) => p.split('/').length !== 3).length;
    console.log(`Meridian (npm start) at ${meridian.baseUrl}, pid ${pid}; ${sitemap.length} pages in the sitemap, ${paths.length} requests per rotation (${lists} of them list pages)`);
    const counters: Counters = { ok: 0, failed: 0, statuses: new Map() };
    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    const samples: { seconds: number; at: number; rss: number; ok: number }[] = [{ seconds: 0, at: Date.now(), rss: rssBytes(pid), ok: 0 }];
    console.log(`  0:00  RSS ${mb(samples[0]!.rss)} (fresh)`);
    const timer = setInterval(() => {
      const seconds = Math.round((Date.now() - started) / 1000);
      const previous = samples[samples.length - 1]!;
      const sample = { seconds, at: Date.now(), rss: rssBytes(pid), ok: counters.ok };
      samples.push(sample);
      const rate = (sample.ok - previous.ok) / ((sample.seconds - previous.seconds) || 1);
      const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      console.log(`  ${clock.padStart(5)}  RSS ${mb(sample.rss).padStart(9)}  ${String(counters.ok).padStart(6)} pages served (${rate.toFixed(0)}/s), ${counters.failed} failed  (${load()})`);
    }, SAMPLE_MS);
    try {
      await rotate(meridian.baseUrl, paths, deadline, counters);
    } finally {
      clearInterval(timer);
    }
    const end = { seconds: Math.round((Date.now() - started) / 1000), at: Date.now(), rss: rssBytes(pid), ok: counters.ok };
    samples.push(end);
    const from = samples.find((s) => s.seconds >= FROM_MINUTE * 60) ?? samples[0]!;
    const growth = (end.rss - from.rss) / from.rss;
    const peak = Math.max(...samples.map((s) => s.rss));
    const visited = Math.min(counters.ok + counters.failed, paths.length);
    failedBar = growth >= GROWTH_BAR || counters.failed > 0;
    console.log(`\n${counters.ok} pages served, ${counters.failed} failed (statuses: ${[...counters.statuses].map(([s, n]) => `${s}x${n}`).join(', ')}); ${visited} of the rotation's ${paths.length} requests made`);
    console.log(
      table([
        ['figure', 'value', 'bar', ''],
        ['RSS fresh', mb(samples[0]!.rss), '', ''],
        [`RSS at ${from.seconds} s`, mb(from.rss), '', ''],
        [`RSS at the end (${end.seconds} s)`, mb(end.rss), '', ''],
        ['RSS peak', mb(peak), '', ''],
        [`growth from minute ${FROM_MINUTE}`, `${(growth * 100).toFixed(1)}%`, `< ${GROWTH_BAR * 100}%`, growth < GROWTH_BAR ? 'PASS' : 'FAIL'],
        ['failed requests', String(counters.failed), '0', counters.failed === 0 ? 'PASS' : 'FAIL'],
      ]),
    );
    const inside = (at: number) => {
      const p = probeNear(pid, at);
      return p ? `V8 heap used ${mb(p.heapUsed)} of ${mb(p.heapTotal)}, Buffers ${mb(p.arrayBuffers)}, other external ${mb(p.external - p.arrayBuffers)}` : '(no probe sample)';
    };
    console.log(`\ninside the server (process.memoryUsage(), nearest 15 s sample):`);
    console.log(`  fresh:            ${inside(samples[0]!.at)}`);
    console.log(`  at ${String(from.seconds).padEnd(4)} s:       ${inside(from.at)}`);
    console.log(`  at the end:       ${inside(end.at)}`);
    console.log(`\n${load()} (1/5/15 min) at the end`);
  } finally {
    await stopNext(meridian.child);
    fs.rmSync(PROBE_FILE, { force: true });
  }
  if (failedBar) console.log('(a FAIL is a finding, not an error: the exit code stays 0)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
