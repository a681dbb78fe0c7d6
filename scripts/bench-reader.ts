/**
 * Reader performance bench: `npm run bench:reader`.
 *
 * Builds the site into .next-bench on a fresh SQLite database (or uses BENCH_URL if you already run a
 * server), starts it as `npm start` does on 127.0.0.1, runs Lighthouse 12.2.3 with its mobile
 * defaults BENCH_RUNS times each, interleaved, on an article, the home page and a section page, and
 * prints the medians beside those of issue 10's bare Next.js story page built with the same framework
 * (scripts/bench/baseline.ts: the floor every Next page pays) and the issue's bars they miss. The
 * same build carries a floor page of each (scripts/bench/floor.ts: the page's markup and head with no
 * Meridian code), measured in the same rounds, so each page's main-thread time splits into what its
 * content costs any App Router page and what Meridian adds. It also totals the JavaScript an
 * article page loads (raw and gzip), and how much of it is the site's own rather than Next's runtime.
 *
 * TBT is CPU time: other builds on the machine inflate it, so the load average is printed before
 * and after the runs. Re-run when it is low.
 *
 * Env: BENCH_URL (skip build/start), BENCH_RUNS (default 5, as issue 10 asks), CHROMIUM_PATH (default /usr/bin/chromium),
 * BENCH_DIST_DIR (build directory, default .next-bench; also read with BENCH_URL to split the
 * client JS), BENCH_PORT (default: a free port), BENCH_REUSE_BUILD=1 (skip the builds when the
 * build directories exist), BENCH_BASELINE=0 (skip the bare Next.js page and the floors),
 * BENCH_TRACE_RUNS (traced loads per page for the first-paint table, default 7; 0 skips it),
 * BENCH_THROTTLED_RUNS (loads per page at a 4x CPU slowdown for the observed-blocking table, default 7; 0 skips it).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { ROOT, stopNext } from '../tests/e2e/support/server';
import type { BaselineServer } from './bench/baseline';
import { startFloorBaseline } from './bench/floor-baseline';
import { traceFirstPaint, type FirstPaint } from './bench/first-paint';
import { traceObservedBlocking, type ObservedBlocking } from './bench/observed-blocking';
import { lighthouseRunWithRetry, type RunResult } from './bench/lighthouse';
import { DIST, findArticlePath, READER_PAGES, readerPaths, startMeridian } from './bench/meridian';
import { cpuCount, kb, load, median, table } from './bench/report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 7);
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 7);

type Medians = (key: Exclude<keyof RunResult, 'mainThread'>) => number;

/**
 * Issue 10's bars: each page's medians against the bare Next.js page's medians from the same run
 * (ratios hold on a noisy machine where absolute times swing 2-3x), plus the absolute quality bars.
 */
const BARS: { label: string; met: (page: Medians, bare: Medians | null) => boolean | null }[] = [
  { label: 'TBT <= 1.2x bare', met: (m, b) => (b ? m('tbtMs') <= 1.2 * Math.max(b('tbtMs'), 1) : null) },
  { label: 'Performance >= bare - 2', met: (m, b) => (b ? m('performance') >= b('performance') - 2 : null) },
  { label: 'LCP <= bare + 300 ms', met: (m, b) => (b ? m('lcpMs') <= b('lcpMs') + 300 : null) },
  { label: 'CLS 0', met: (m) => m('cls') < 0.001 },
  { label: 'Accessibility 100', met: (m) => m('accessibility') === 100 },
  { label: 'Best Practices 100', met: (m) => m('bestPractices') === 100 },
  { label: 'SEO 100', met: (m) => m('seo') === 100 },
];

/** The name a page's floor goes by in the tables. */
const floorName = (page: string) => `${page} floor`;

/** The bars the floor pages are held to in printFloor, by the median they read. */
const FLOOR_BARS = { tbtMs: 'TBT <= 1.2x bare', performance: 'Performance >= bare - 2', lcpMs: 'LCP <= bare + 300 ms', cls: 'CLS 0' } as const;

async function startServer(): Promise<{ baseUrl: string; child?: ChildProcess }> {
  if (process.env.BENCH_URL) return { baseUrl: process.env.BENCH_URL.replace(/\/$/, '') };
  return startMeridian();
}

interface ScriptFile {
  src: string;
  raw: number;
  gzip: number;
}

interface ClientJs {
  /** Scripts a modern browser runs (`noModule` polyfills excluded: module-capable browsers skip them). */
  loaded: ScriptFile[];
  /** `<script noModule>`: fetched only by browsers without ES module support. */
  noModule: ScriptFile[];
  /** Next's runtime: the build's root main files plus the root layout's router chunks. */
  framework: Set<string> | null;
}

/**
 * The chunks every page of this build loads whatever its components: Next's root main files
 * (build-manifest.json) and the chunks of the root layout entry, which holds only Next's router
 * components because app/layout.tsx is a Server Component. Everything else an article loads is
 * the site's own client code (including next/link and the like, which we choose to use).
 */
function frameworkChunks(): Set<string> | null {
  const dist = path.join(ROOT, DIST);
  const buildManifest = path.join(dist, 'build-manifest.json');
  const clientManifest = path.join(dist, 'server/app/(site)/[section]/[slug]/page_client-reference-manifest.js');
  if (!fs.existsSync(buildManifest) || !fs.existsSync(clientManifest)) return null;
  const { rootMainFiles } = JSON.parse(fs.readFileSync(buildManifest, 'utf8')) as { rootMainFiles: string[] };
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(fs.readFileSync(clientManifest, 'utf8'), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  const rootLayout = manifest?.entryJSFiles?.['[project]/app/layout'] ?? [];
  return new Set([...rootMainFiles, ...rootLayout].map((file) => '/_next/' + file));
}

async function clientJs(baseUrl: string, pathname: string): Promise<ClientJs> {
  const html = await (await fetch(baseUrl + pathname)).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js[^"]*)"[^>]*>/g)];
  const seen = new Set<string>();
  const loaded: ScriptFile[] = [];
  const noModule: ScriptFile[] = [];
  for (const [tag, src] of tags) {
    if (!src || seen.has(src)) continue;
    seen.add(src);
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    const file = { src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    (/\bnoModule\b/i.test(tag) ? noModule : loaded).push(file);
  }
  return { loaded, noModule, framework: frameworkChunks() };
}

const sum = (files: ScriptFile[], key: 'raw' | 'gzip') => files.reduce((total, file) => total + file[key], 0);
const describe = (files: ScriptFile[]) => `${files.length} files, ${kb(sum(files, 'raw'))} raw, ${kb(sum(files, 'gzip'))} gzip`;

/**
 * A page beside its floor page (its own markup and head with no Meridian code, in the bare app's
 * build): floor/bare is what that content costs any App Router page, page/floor what Meridian's
 * code adds. Evidence beside issue 10's bars, not a bar of its own; the last column holds the floor to them.
 */
function printFloor(name: string, page: Medians, floor: Medians, bare: Medians): void {
  const times = (a: number, b: number) => `${(a / Math.max(b, 1)).toFixed(2)}x`;
  const signed = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;
  const rows: { label: string; key: keyof typeof FLOOR_BARS; format: (n: number) => string; compare: (a: number, b: number) => string }[] = [
    { label: 'TBT ms', key: 'tbtMs', format: (n) => n.toFixed(0), compare: times },
    { label: 'Performance', key: 'performance', format: String, compare: (a, b) => signed(a - b, 0) },
    { label: 'LCP ms', key: 'lcpMs', format: (n) => n.toFixed(0), compare: (a, b) => `${times(a, b)}, ${signed(a - b, 0)} ms` },
    { label: 'CLS', key: 'cls', format: (n) => n.toFixed(4), compare: (a, b) => signed(a - b, 4) },
  ];
  const cells = rows.map(({ label, key, format, compare }) => {
    const bar = BARS.find((b) => b.label === FLOOR_BARS[key])!;
    const floorMeets = bar.met(floor, bare) ? 'PASS' : 'FAIL';
    return [label, format(page(key)), format(floor(key)), format(bare(key)), compare(page(key), bare(key)), compare(floor(key), bare(key)), compare(page(key), floor(key)), `${bar.label}: ${floorMeets}`];
  });
  console.log(`${name}, its floor and bare Next (medians):\n${table([['median', name, 'floor', 'bare', `${name}/bare`, 'floor/bare', `${name}/floor`, 'the floor against the bar'], ...cells])}`);
}

/**
 * Where each page's main-thread time goes (medians per kind of work, as Lighthouse read them from
 * its Chromium trace, already scaled to its 4x CPU slowdown): says whether TBT is script, style and
 * layout, or parsing, and so what a change could win.
 */
function printMainThread(names: string[], runs: Map<string, RunResult[]>): void {
  const groups = [...new Set(names.flatMap((name) => runs.get(name)!.flatMap((r) => Object.keys(r.mainThread))))];
  const medianOf = (name: string, group: string) => median(runs.get(name)!.map((r) => r.mainThread[group] ?? 0));
  groups.sort((a, b) => medianOf(names[0]!, b) - medianOf(names[0]!, a));
  console.log(`main-thread work, ms (medians): ${names.join(' / ')}`);
  for (const group of groups) console.log(`  ${group.padEnd(30)} ${names.map((name) => medianOf(name, group).toFixed(0).padStart(6)).join('  ')}`);
}

/** A first paint this long after the load event waited on the browser, not on the page (see printObservedPaint). */
const LATE_PAINT_MS = 500;

/**
 * Chromium's own paint times in the same runs. Lighthouse simulates LCP from the requests and tasks that
 * came before the observed one, so a paint the browser held back counts every script loaded meanwhile.
 * Headless viz throttles a tab to a frame a second when it submits frames the browser does not draw
 * (scrollbar animation frames of the page being left; lighthouse.ts starts Chromium without them), so
 * a load it hits paints 1-2 s after its load event with the main thread idle. This table shows it.
 */
function printObservedPaint(names: string[], runs: Map<string, RunResult[]>): void {
  console.log(`Chromium's observed times (unthrottled, ms, medians), and the runs whose first paint came over ${LATE_PAINT_MS} ms after the load event:`);
  console.log(table([
    ['page', 'observed FCP', 'observed LCP', 'load event', 'late first paint', 'simulated LCP: paint on time / late'],
    ...names.map((name) => {
      const results = runs.get(name)!;
      const late = results.filter((r) => r.observedFcpMs > r.observedLoadMs + LATE_PAINT_MS);
      const onTime = results.filter((r) => !late.includes(r));
      const lcp = (list: RunResult[]) => (list.length ? median(list.map((r) => r.lcpMs)).toFixed(0) : '-');
      const m = (key: 'observedFcpMs' | 'observedLcpMs' | 'observedLoadMs') => median(results.map((r) => r[key])).toFixed(0);
      return [name, m('observedFcpMs'), m('observedLcpMs'), m('observedLoadMs'), `${late.length} of ${results.length}`, `${lcp(onTime)} / ${lcp(late)}`];
    }),
  ]));
}

/**
 * Each page read `rounds` times, round by round (every page once per round, so a busy minute on the
 * machine touches all pages alike); loads that gave no reading are left out.
 */
async function readInterleaved<T>(targets: { name: string; url: string }[], rounds: number, read: (url: string) => Promise<T | null>): Promise<Map<string, T[]>> {
  const readings = new Map<string, T[]>(targets.map(({ name }) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { name, url } of targets) {
      const reading = await read(url);
      if (reading) readings.get(name)!.push(reading);
    }
  }
  return readings;
}

/**
 * What each page does before its first paint, from Chromium traces of unthrottled loads (medians,
 * interleaved like the Lighthouse rounds): Lighthouse charges that main-thread time, times 4, to its
 * simulated first paint and LCP, so this table says where a page's estimate comes from.
 */
async function printFirstPaint(targets: { name: string; url: string }[]): Promise<void> {
  console.log(`\nBefore the first paint: ${TRACE_RUNS} traced loads per page at 412x823, unthrottled, ${load()}`);
  const loads = await readInterleaved(targets, TRACE_RUNS, traceFirstPaint);
  const m = (name: string, key: keyof FirstPaint) => {
    const values = loads.get(name)!.map((reading) => reading[key]).filter((value) => !Number.isNaN(value));
    return values.length ? median(values).toFixed(0) : '-';
  };
  console.log(table([
    ['page (medians, ms)', 'first paint', 'stylesheet loaded', 'style', 'layout', 'script', 'font lookups', 'waiting on them'],
    ...targets.map(({ name }) => [name, m(name, 'firstPaintMs'), m(name, 'stylesheetMs'), m(name, 'styleMs'), m(name, 'layoutMs'), m(name, 'scriptMs'), m(name, 'fontLookups'), m(name, 'fontLookupMs')]),
  ]));
  console.log(`font lookups: the renderer's synchronous calls to the browser's font service (Linux) during the first layouts; machine ${load()}`);
}

/**
 * The same pages with the CPU slowed 4x by DevTools and the blocking read from the browser's own
 * tasks (observed-blocking.ts), beside Lighthouse's simulated TBT: where the two disagree, the
 * difference is in the simulation's placing of the first paint, not in the page's work.
 */
async function printObservedBlocking(targets: { name: string; url: string; role: string }[]): Promise<void> {
  console.log(`\nObserved blocking: ${THROTTLED_RUNS} traced loads per page at 412x823, CPU slowed 4x, load + 3 s, interleaved, ${load()}`);
  const loads = await readInterleaved(targets, THROTTLED_RUNS, traceObservedBlocking);
  const m = (name: string, key: keyof ObservedBlocking) => {
    const values = loads.get(name)?.map((reading) => reading[key]) ?? [];
    return values.length ? median(values) : NaN;
  };
  const bare = targets.find((t) => t.role === 'bare')?.name;
  const ratio = (name: string) => (bare ? `${(m(name, 'blockingMs') / Math.max(m(bare, 'blockingMs'), 1)).toFixed(2)}x` : '-');
  console.log(table([
    ['page (medians, ms)', 'first paint', 'main-thread tasks', 'blocking after paint', 'of bare', 'long tasks', 'blocking, each load'],
    ...targets.map(({ name }) => [
      name,
      m(name, 'firstPaintMs').toFixed(0),
      m(name, 'taskMs').toFixed(0),
      m(name, 'blockingMs').toFixed(0),
      ratio(name),
      m(name, 'longTasks').toFixed(0),
      loads.get(name)!.map((reading) => reading.blockingMs.toFixed(0)).join(', '),
    ]),
  ]));
  console.log(`Lighthouse's TBT bar reads its simulated figure above; this is the browser's own, for comparison. Machine ${load()}`);
}

async function main() {
  const { baseUrl, child } = await startServer();
  let baseline: BaselineServer | null = null;
  const failures: string[] = [];
  try {
    const article = await findArticlePath(baseUrl);
    const paths = readerPaths(article);
    const pages = READER_PAGES.map((name) => ({ name, path: paths[name] }));
    let floorPaths: string[] = [];
    if (process.env.BENCH_BASELINE !== '0') {
      ({ baseline, floorPaths } = await startFloorBaseline(pages.map(({ name, path }) => ({ label: name, baseUrl, path })), failures));
    }
    const targets: { name: string; url: string; role: 'meridian' | 'floor' | 'bare' }[] = [
      ...pages.map(({ name, path }) => ({ name, url: baseUrl + path, role: 'meridian' as const })),
      ...(baseline
        ? [
            ...pages.map(({ name }, index) => ({ name: floorName(name), url: baseline!.baseUrl + floorPaths[index]!, role: 'floor' as const })),
            { name: 'bare Next', url: baseline.baseUrl + baseline.storyPath, role: 'bare' as const },
          ]
        : []),
    ];
    {
      console.log(`\nLighthouse ${RUNS}x (mobile defaults) against ${baseUrl}${child ? ' (npm start)' : ''}${baseline ? `, the floor pages and a bare Next.js page at ${baseline.baseUrl}` : ''}\n`);
      console.log(`${cpuCount()} CPUs, ${load()} (1/5/15 min) at start`);
      // Rounds visit every page in turn, so a busy minute on the machine touches all pages alike.
      const runs = new Map<string, RunResult[]>(targets.map(({ name }) => [name, []]));
      for (let round = 0; round < RUNS; round++) {
        for (const { name, url } of targets) runs.get(name)!.push(await lighthouseRunWithRetry(url));
        console.log(`  round ${round + 1} of ${RUNS} done, ${load()}`);
      }
      console.log('page           perf  a11y  bp   seo   LCP ms  CLS     TBT ms  (each run)');
      const mediansOf = (name: string): Medians => (key) => median(runs.get(name)!.map((r) => r[key]));
      const bare = baseline ? mediansOf('bare Next') : null;
      const verdicts: string[] = [];
      for (const { name, role } of targets) {
        const results = runs.get(name)!;
        const m = mediansOf(name);
        console.log(
          `${name.padEnd(14)} ${String(m('performance')).padEnd(5)} ${String(m('accessibility')).padEnd(5)} ${String(m('bestPractices')).padEnd(4)} ${String(m('seo')).padEnd(5)} ${m('lcpMs').toFixed(0).padEnd(7)} ${m('cls').toFixed(4).padEnd(7)} ${m('tbtMs').toFixed(0).padEnd(7)} (${results.map((r) => r.tbtMs.toFixed(0)).join(', ')})`,
        );
        if (role === 'meridian') {
          for (const bar of BARS) {
            const met = bar.met(m, bare);
            if (met !== null) verdicts.push(`  ${name.padEnd(8)} ${bar.label.padEnd(26)} ${met ? 'PASS' : 'FAIL'}`);
          }
        }
      }
      const meridianPages = targets.filter((t) => t.role === 'meridian');
      if (bare) console.log(`ratios to bare Next (medians): ${meridianPages.map((t) => `${t.name} TBT ${(mediansOf(t.name)('tbtMs') / Math.max(bare('tbtMs'), 1)).toFixed(2)}x, LCP ${(mediansOf(t.name)('lcpMs') - bare('lcpMs')).toFixed(0)} ms over`).join('; ')}`);
      if (bare) for (const { name } of pages) printFloor(name, mediansOf(name), mediansOf(floorName(name)), bare);
      printMainThread(targets.map((t) => t.name), runs);
      printObservedPaint(targets.map((t) => t.name), runs);
      console.log(`issue 10's bars (medians of ${RUNS} runs):\n${verdicts.join('\n')}`);
      console.log(`machine ${load()} after the runs`);
      if (baseline) {
        console.log(`bare Next: issue 10's baseline story (${baseline.storyWords} words, next/image hero, system fonts) built with the same Next.js and React: the framework's own cost on this machine.`);
        console.log(`floors: ${floorPaths.join(', ')} in the same build, each page's markup and head as plain server components (no Meridian code, no client component; the bare app's stylesheet, no web fonts).`);
      }
      for (const failure of failures) console.log(`warning: ${failure}`);
    }
    if (TRACE_RUNS > 0) await printFirstPaint(targets);
    if (THROTTLED_RUNS > 0) await printObservedBlocking(targets);
    const js = await clientJs(baseUrl, article);
    console.log(`\nArticle page client JS (${article}):`);
    console.log(`  total loaded:        ${describe(js.loaded)}`);
    if (js.noModule.length) console.log(`  noModule polyfills:  ${describe(js.noModule)} (not fetched by module-capable browsers; not in the total)`);
    if (js.framework) {
      const framework = js.framework;
      const ours = js.loaded.filter((file) => !framework.has(file.src));
      console.log(`  Next.js runtime:     ${describe(js.loaded.filter((file) => framework.has(file.src)))}`);
      console.log(`  our own client code: ${describe(ours)} (budget: 10 KB gzip)`);
      for (const file of ours) console.log(`    ${file.src}  ${kb(file.raw)} raw, ${kb(file.gzip)} gzip`);
    } else {
      console.log(`  (no ${DIST} build to read: set BENCH_DIST_DIR to split runtime from our own code)`);
    }
  } finally {
    await stopNext(child);
    if (baseline) await stopNext(baseline.child);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
