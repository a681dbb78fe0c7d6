/**
 * Serving bench for issue 10: `npm run bench:serve`.
 *
 * Builds Meridian into .next-bench and issue 10's bare Next.js baseline (scripts/bench/baseline.ts),
 * starts Meridian as `npm start` does and the baseline with `next start`, both on 127.0.0.1, and
 * measures them side by side, interleaved (Meridian article, baseline, Meridian home, baseline,
 * section, baseline, every round), because absolute figures swing 2-3x on a shared 2-CPU machine
 * while ratios taken in the same minute hold. Load comes from autocannon's programmatic API
 * (there is no wrk here); the one-connection latency from a plain keep-alive loop (microseconds).
 *
 * - Throughput: 50 connections for BENCH_SECONDS (default 10) per run, identity and gzip.
 * - Latency: p50/p99 on one connection for half that, with Accept-Encoding: gzip as browsers send.
 * - Bytes: HTML raw and gzip -9, the inline RSC payload, and words of the article body, so weights
 *   compare per 1,000 words; for a third page too, the floor (scripts/bench/floor.ts): Meridian's
 *   article rebuilt from its own HTML as a plain App Router page in the baseline build, what any
 *   Next page with that content pays. Bytes are deterministic, so the floor gets no load.
 * - Memory: VmRSS of the process holding each listening socket, fresh (after warm-up: one sample, and resting,
 *   the lowest over 10 s of idle, which the bar reads) and after load. Meridian's server starts on a
 *   database seeded beforehand (every start but the first); a first start, which seeds its own
 *   database, is measured apart before the rest and printed beside it.
 * - BENCH_MIXED=1: 60 s of mixed load (articles, lists, OG images, feeds) on each server in turn, and its
 *   RSS read after its own load: a sample as it ends, and resting (the lowest over 30 s), which the bar reads.
 * The load generator shares the CPUs with both servers and pays more to read bigger responses, so
 * the identity runs of a page four times heavier partly measure the client too.
 * Prints one table of medians across BENCH_ROUNDS (default 3) rounds with issue 10's bars, and for
 * the byte rows the floor beside them (floor/bare: what the content costs; Meridian/floor: what
 * Meridian could still cut). A FAIL
 * does not change the exit code (the figures are the output); an error does.
 *
 * Env: BENCH_ROUNDS, BENCH_SECONDS, BENCH_MIXED=1, BENCH_REUSE_BUILD=1 (reuse both builds when they
 * exist; the baseline's only when its floor was made from the same article HTML, which holds
 * Meridian's origin, so set BENCH_PORT too), BENCH_DIST_DIR (default .next-bench), BENCH_PORT
 * (Meridian's port; default a free one).
 */
import type { ChildProcess } from 'node:child_process';
import { stopNext } from '../tests/e2e/support/server';
import type { BaselineServer } from './bench/baseline';
import { startFloorBaseline } from './bench/floor-baseline';
import { rawGet } from './bench/http';
import { latency, mixedLoad, throughput, type Throughput } from './bench/load';
import { findArticlePath, READER_PAGES as PAGES, readerPaths, startMeridian, type ReaderPage as Page } from './bench/meridian';
import { pageBytes, type PageBytes } from './bench/page-bytes';
import { restingRssBytes, rssBytes, servingPid } from './bench/process-rss';
import { seedDatabase } from './bench/seed';
import { GZIP, warm } from './bench/warm';
import { cpuCount, kb, load, median, table } from './bench/report';
import { routes } from '../lib/routes';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const MIXED_SECONDS = 60;
/**
 * Idle after the mixed load before RSS counts as resting. V8's memory reducer makes its first full
 * collection some seconds after allocation stops: one probe saw Meridian's server stay at 572 MB for
 * 10 s and fall to 323 MB between 10 and 15 s, so a 10 s window read garbage as the footprint.
 */
const MIXED_RESTING_MS = 30_000;
const MODES = { identity: {}, gzip: GZIP } as const;
type Mode = keyof typeof MODES;

/** Samples per figure, keyed like `article gzip meridian`; each figure's baseline is the runs next to it. */
const samples = new Map<string, number[]>();
const record = (key: string, value: number) => samples.set(key, [...(samples.get(key) ?? []), value]);
const med = (key: string) => median(samples.get(key) ?? []);
const failures: string[] = [];

async function measureThroughput(key: string, url: string, mode: Mode): Promise<number> {
  const result = await throughput(url, { connections: CONNECTIONS, seconds: SECONDS, headers: MODES[mode] });
  if (result.failures) failures.push(`${key}: ${result.failures} failed requests`);
  record(key, result.rps);
  return result.rps;
}

async function measureLatency(key: string, url: string): Promise<string> {
  const result = await latency(url, { seconds: SECONDS / 2, headers: GZIP });
  if (result.failures) failures.push(`${key} latency: ${result.failures} failed requests`);
  record(`${key} p50`, result.p50);
  record(`${key} p99`, result.p99);
  return `${result.p50.toFixed(2)}/${result.p99.toFixed(2)} ms`;
}

interface MixedRss extends Throughput {
  /** RSS as the load ends, and resting: the lowest over MIXED_RESTING_MS of idle after it. */
  ending: number;
  resting: number;
}

/**
 * One server's minute of mixed load, then its RSS. Each server is read after its own minute (read after
 * the other server's minute too, the first one's figure had had 60 s to shrink).
 */
async function mixedLoadThenRss(baseUrl: string, paths: string[], pid: number): Promise<MixedRss> {
  const load = await mixedLoad(baseUrl, paths, { connections: CONNECTIONS, seconds: MIXED_SECONDS });
  const ending = rssBytes(pid);
  const [resting] = await restingRssBytes([pid], MIXED_RESTING_MS);
  return { ...load, ending, resting: resting! };
}

/** Pages the mixed soak cycles through: articles, lists, OG images and feeds found on the running site. */
async function mixedPaths(baseUrl: string): Promise<string[]> {
  const home = (await rawGet(baseUrl + '/')).body.toString('utf8');
  const articles = [...new Set([...home.matchAll(/href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 12);
  const sections = [...new Set([...home.matchAll(/href="(\/[a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 6);
  const og: string[] = [];
  for (const article of articles.slice(0, 6)) {
    const html = (await rawGet(baseUrl + article)).body.toString('utf8');
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    if (image) og.push(new URL(image.replace(/&amp;/g, '&')).pathname);
  }
  return [...articles, '/', ...sections, ...og, routes.feed(), routes.sectionFeed('news')];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const per1000 = (bytes: number, words: number) => (bytes / words) * 1000;

interface Row {
  figure: string;
  meridian: number;
  baseline: number;
  /** The floor page's figure (byte rows only). */
  floor?: number;
  format: (n: number) => string;
  bar?: { op: '>=' | '<='; limit: number };
}

/** The three Meridian pages the bench measures, at one server. */
function meridianUrls(baseUrl: string, paths: Record<Page, string>): Record<Page, string> {
  return { article: baseUrl + paths.article, home: baseUrl + paths.home, section: baseUrl + paths.section };
}

/** Warms the three pages until Next serves them from its cache; returns the article's HTML. */
async function warmMeridian(urls: Record<Page, string>, label: string): Promise<string> {
  const articleHtml = await warm(`${label} article`, urls.article, failures);
  await warm(`${label} home`, urls.home, failures);
  await warm(`${label} section`, urls.section, failures);
  return articleHtml;
}

/**
 * Resting RSS of a server that creates and seeds its own database, warmed like the measured one: the
 * first start after an install pays for seeding once (its garbage stays in the heap a while).
 */
async function firstStartRss(): Promise<number> {
  const server = await startMeridian();
  try {
    await warmMeridian(meridianUrls(server.baseUrl, readerPaths(await findArticlePath(server.baseUrl))), 'first start');
    const [resting] = await restingRssBytes([servingPid(server.child.pid!, server.port)]);
    return resting!;
  } finally {
    await stopNext(server.child);
  }
}

function printTable(rows: Row[]): number {
  let failed = 0;
  const times = (n: number) => `${n.toFixed(2)}x`;
  const cells = rows.map(({ figure, meridian, baseline, floor, format, bar }) => {
    const ratio = meridian / baseline;
    const pass = bar ? (bar.op === '>=' ? ratio >= bar.limit : ratio <= bar.limit) : null;
    if (pass === false) failed++;
    const floorCells = floor === undefined ? ['', '', ''] : [format(floor), times(floor / baseline), times(meridian / floor)];
    return [figure, format(meridian), floorCells[0]!, format(baseline), times(ratio), bar ? `${bar.op} ${bar.limit}x` : '', pass === null ? '' : pass ? 'PASS' : 'FAIL', floorCells[1]!, floorCells[2]!];
  });
  console.log(table([['figure', 'Meridian', 'floor', 'bare', 'Meridian/bare', 'bar', '', 'floor/bare', 'Meridian/floor'], ...cells]));
  return failed;
}

async function main() {
  console.log(`bench:serve: ${cpuCount()} CPUs, ${load()} (1/5/15 min) at start`);
  console.log('first start (the server seeds its own database):');
  const rssFirstStart = await firstStartRss();
  // The measured server starts on a database seeded beforehand, as every start after the first does.
  const meridian = await startMeridian((env) => seedDatabase(env));
  let baseline: BaselineServer | null = null;
  let stopping = false;
  // A server that dies mid-bench (a crash, or a broad pkill from elsewhere on a shared machine) says so.
  const sayIfItDies = (name: string, child: ChildProcess) =>
    child.once('exit', (code, signal) => stopping || console.error(`\n${name} server exited during the bench (${signal ?? `exit ${code}`})`));
  sayIfItDies('Meridian', meridian.child);
  try {
    const paths = readerPaths(await findArticlePath(meridian.baseUrl));
    const urls = meridianUrls(meridian.baseUrl, paths);
    const meridianPid = servingPid(meridian.child.pid!, meridian.port);
    const launcher = (pid: number, spawned: number | undefined) => (pid === spawned ? 'the spawned node process itself' : `a child of spawned ${spawned}`);
    console.log(`Meridian (npm start) at ${meridian.baseUrl}, served by pid ${meridianPid} (${launcher(meridianPid, meridian.child.pid)})`);

    // The same three floors as bench:reader's, so either bench can reuse the other's baseline build.
    const floor = await startFloorBaseline(
      PAGES.map((page) => ({ label: page, baseUrl: meridian.baseUrl, path: paths[page] })),
      failures,
    );
    const floorPath = floor.floorPaths[0]!;
    baseline = floor.baseline;
    sayIfItDies('baseline', baseline.child);
    const baseUrl = baseline.baseUrl + baseline.storyPath;
    const baselinePid = servingPid(baseline.child.pid!, baseline.port);
    console.log(`baseline (next start) at ${baseline.baseUrl}, served by pid ${baselinePid} (${launcher(baselinePid, baseline.child.pid)})`);

    console.log('\nwarm-up (until served from the cache):');
    const articleHtml = await warmMeridian(urls, 'Meridian');
    const baselineHtml = await warm('baseline story', baseUrl, failures);
    const floorHtml = await warm('floor article', baseline.baseUrl + floorPath, failures);
    const rssFresh = { meridian: rssBytes(meridianPid), baseline: rssBytes(baselinePid) };
    const [restingMeridian, restingBaseline] = await restingRssBytes([meridianPid, baselinePid]);
    const rssResting = { meridian: restingMeridian!, baseline: restingBaseline! };

    const bytes: Record<'meridian' | 'baseline' | 'floor', PageBytes> = {
      meridian: pageBytes(articleHtml, '.article-body'),
      baseline: pageBytes(baselineHtml, '.article-body'),
      floor: pageBytes(floorHtml, '.article-body'),
    };
    console.log(`\narticle body words: Meridian ${bytes.meridian.words} (${bytes.meridian.charsPerWord.toFixed(2)} chars/word), floor ${bytes.floor.words}, baseline ${bytes.baseline.words} (${bytes.baseline.charsPerWord.toFixed(2)} chars/word; generated story, ${baseline.storyWords} words in four sections)`);

    console.log(`\n${ROUNDS} rounds, interleaved: throughput ${CONNECTIONS} connections x ${SECONDS} s, latency 1 connection x ${SECONDS / 2} s`);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const mode of Object.keys(MODES) as Mode[]) {
        for (const page of PAGES) {
          const m = await measureThroughput(`${page} ${mode} meridian`, urls[page], mode);
          const b = await measureThroughput(`${page} ${mode} baseline`, baseUrl, mode);
          console.log(`  round ${round} ${mode.padEnd(8)} ${page.padEnd(7)} ${m.toFixed(0).padStart(6)} req/s  baseline ${b.toFixed(0).padStart(6)} req/s  (${load()})`);
        }
      }
      for (const page of PAGES) {
        const m = await measureLatency(`${page} meridian`, urls[page]);
        const b = await measureLatency(`${page} baseline`, baseUrl);
        console.log(`  round ${round} latency  ${page.padEnd(7)} p50/p99 ${m}  baseline ${b}`);
      }
    }
    const rssAfter = { meridian: rssBytes(meridianPid), baseline: rssBytes(baselinePid) };

    let mixed: { meridian: MixedRss; baseline: MixedRss } | null = null;
    if (process.env.BENCH_MIXED === '1') {
      const paths = await mixedPaths(meridian.baseUrl);
      console.log(`\nmixed load: ${MIXED_SECONDS} s, ${CONNECTIONS} connections, ${paths.length} Meridian paths (${paths.join(' ')})`);
      mixed = { meridian: await mixedLoadThenRss(meridian.baseUrl, paths, meridianPid), baseline: await mixedLoadThenRss(baseline.baseUrl, ['/', ...baseline.storyPaths], baselinePid) };
      const { meridian: m, baseline: b } = mixed;
      if (m.failures || b.failures) failures.push(`mixed load: ${m.failures} Meridian and ${b.failures} baseline failed requests`);
      console.log(`  Meridian ${m.rps.toFixed(0)} req/s, baseline ${b.rps.toFixed(0)} req/s`);
    }

    const rps = (n: number) => `${n.toFixed(0)} req/s`;
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    const count = (n: number) => n.toFixed(0);
    const pair = (key: string) => ({ meridian: med(`${key} meridian`), baseline: med(`${key} baseline`) });
    const latencyPair = (page: Page, p: 'p50' | 'p99') => ({ meridian: med(`${page} meridian ${p}`), baseline: med(`${page} baseline ${p}`) });
    const words = { m: bytes.meridian.words, b: bytes.baseline.words, f: bytes.floor.words };
    const perWords = (figure: 'htmlRaw' | 'htmlGzip' | 'rsc') => ({
      meridian: per1000(bytes.meridian[figure], words.m),
      baseline: per1000(bytes.baseline[figure], words.b),
      floor: per1000(bytes.floor[figure], words.f),
    });
    const rows: Row[] = [
      { figure: 'article req/s identity', ...pair('article identity'), format: rps, bar: { op: '>=', limit: 0.8 } },
      { figure: 'article req/s gzip', ...pair('article gzip'), format: rps, bar: { op: '>=', limit: 0.8 } },
      { figure: 'home req/s identity', ...pair('home identity'), format: rps, bar: { op: '>=', limit: 0.6 } },
      { figure: 'home req/s gzip', ...pair('home gzip'), format: rps, bar: { op: '>=', limit: 0.6 } },
      { figure: 'section req/s identity', ...pair('section identity'), format: rps, bar: { op: '>=', limit: 0.6 } },
      { figure: 'section req/s gzip', ...pair('section gzip'), format: rps, bar: { op: '>=', limit: 0.6 } },
      { figure: 'article p50, 1 conn, gzip', ...latencyPair('article', 'p50'), format: ms, bar: { op: '<=', limit: 1.5 } },
      { figure: 'article p99, 1 conn, gzip', ...latencyPair('article', 'p99'), format: ms },
      { figure: 'home p50, 1 conn, gzip', ...latencyPair('home', 'p50'), format: ms },
      { figure: 'section p50, 1 conn, gzip', ...latencyPair('section', 'p50'), format: ms },
      { figure: 'article body words', meridian: words.m, baseline: words.b, floor: words.f, format: count },
      { figure: 'HTML raw', meridian: bytes.meridian.htmlRaw, baseline: bytes.baseline.htmlRaw, floor: bytes.floor.htmlRaw, format: kb },
      { figure: 'HTML gzip-9', meridian: bytes.meridian.htmlGzip, baseline: bytes.baseline.htmlGzip, floor: bytes.floor.htmlGzip, format: kb },
      { figure: 'HTML raw / 1,000 words', ...perWords('htmlRaw'), format: kb, bar: { op: '<=', limit: 1.3 } },
      { figure: 'HTML gzip-9 / 1,000 words', ...perWords('htmlGzip'), format: kb, bar: { op: '<=', limit: 1.3 } },
      { figure: 'RSC payload', meridian: bytes.meridian.rsc, baseline: bytes.baseline.rsc, floor: bytes.floor.rsc, format: kb },
      { figure: 'RSC payload / 1,000 words', ...perWords('rsc'), format: kb, bar: { op: '<=', limit: 1.3 } },
      { figure: 'RSS fresh, one sample', meridian: rssFresh.meridian, baseline: rssFresh.baseline, format: mb },
      { figure: 'RSS fresh, resting', meridian: rssResting.meridian, baseline: rssResting.baseline, format: mb, bar: { op: '<=', limit: 1.3 } },
      { figure: 'RSS fresh, resting, first start', meridian: rssFirstStart, baseline: rssResting.baseline, format: mb },
      { figure: 'RSS after the rounds', meridian: rssAfter.meridian, baseline: rssAfter.baseline, format: mb },
      ...(mixed
        ? [
            { figure: `RSS as ${MIXED_SECONDS} s mixed ends`, meridian: mixed.meridian.ending, baseline: mixed.baseline.ending, format: mb },
            { figure: `RSS after ${MIXED_SECONDS} s mixed, resting`, meridian: mixed.meridian.resting, baseline: mixed.baseline.resting, format: mb, bar: { op: '<=' as const, limit: 1.2 } },
          ]
        : []),
    ];
    console.log(`\nmedians of ${ROUNDS} rounds; Meridian ${paths.article}, home ${paths.home}, section ${paths.section}; baseline ${baseline.storyPath}; floor ${floorPath}, bytes only (each ratio against the baseline runs next to it)\n`);
    const failed = printTable(rows);
    console.log(`\n${failed ? `${failed} bar(s) FAIL` : 'every bar PASS'}; ${cpuCount()} CPUs, ${load()} after the runs`);
    for (const failure of failures) console.log(`warning: ${failure}`);
  } finally {
    stopping = true;
    await stopNext(meridian.child);
    if (baseline) await stopNext(baseline.child);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
