/**
 * Reader performance bench: `npm run bench:reader`.
 *
 * Builds the site into .next-bench on a fresh SQLite database (or uses BENCH_URL if you already run a
 * server), starts it as `npm start` does on 127.0.0.1, runs Lighthouse 12.2.3 with its mobile
 * defaults three times each on an article, the home page and a section page, and prints the medians
 * beside those of issue 10's bare Next.js story page built with the same framework
 * (scripts/bench/baseline.ts: the floor every Next page pays) and the issue's bars they miss. It
 * also totals the JavaScript an article page loads (raw and gzip), and how much of it is the
 * site's own rather than Next's runtime.
 *
 * TBT is CPU time: other builds on the machine inflate it, so the load average is printed before
 * and after the runs. Re-run when it is low.
 *
 * Env: BENCH_URL (skip build/start), BENCH_RUNS (default 5, as issue 10 asks), CHROMIUM_PATH (default /usr/bin/chromium),
 * BENCH_DIST_DIR (build directory, default .next-bench; also read with BENCH_URL to split the
 * client JS), BENCH_PORT (default: a free port), BENCH_REUSE_BUILD=1 (skip the builds when the
 * build directories exist), BENCH_BASELINE=0 (skip the bare Next.js page).
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { ROOT, stopNext } from '../tests/e2e/support/server';
import { startBaseline, type BaselineServer } from './bench/baseline';
import { DIST, findArticlePath, startMeridian } from './bench/meridian';
import { cpuCount, kb, load, median } from './bench/report';

/*
 * Chromium's own background work, switched off so that TBT measures the page. Headless Chromium 156
 * pre-renders its omnibox popup (a WebUI page, chrome://omnibox-popup.top-chrome) in a renderer of
 * its own at start-up: about a second of CPU (traced: 963 ms on its main thread, 600 ms more on its
 * workers) while Lighthouse loads the page, on a 2-CPU machine. Lighthouse measures task wall time
 * and multiplies it by 4, so that second showed up as several hundred milliseconds of TBT that no
 * reader's phone pays. A browser reads only the last --disable-features, so the list repeats the
 * features chrome-launcher (Lighthouse's launcher) disables by default.
 */
const CHROME_LAUNCHER_DISABLED_FEATURES = [
  'Translate',
  'OptimizationHints',
  'MediaRouter',
  'DialMediaRouteProvider',
  'CalculateNativeWinOcclusion',
  'InterestFeedContentSuggestions',
  'CertificateTransparencyComponentUpdater',
  'AutofillServerCommunication',
  'PrivacySandboxSettings4',
  'RenderDocument',
];
const BROWSER_BACKGROUND_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PrewarmWebUIContents'];
// The browser suite's Chromium and flags, plus the features above.
const LIGHTHOUSE_CHROMIUM_ARGS = [...CHROMIUM_ARGS, `--disable-features=${[...CHROME_LAUNCHER_DISABLED_FEATURES, ...BROWSER_BACKGROUND_FEATURES].join(',')}`];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface RunResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Main-thread time by kind of work (Lighthouse's mainthread-work-breakdown, read from its trace), ms. */
  mainThread: Record<string, number>;
}

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

const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');

/**
 * One Lighthouse run through its CLI in a separate process: Lighthouse serialises functions into the
 * page, which breaks when a TypeScript loader (tsx) has rewritten them in this process.
 */
async function lighthouseRun(target: string): Promise<RunResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE_CLI, target, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${LIGHTHOUSE_CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as {
    runtimeError?: { code: string; message?: string };
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { numericValue?: number; details?: { items?: { groupLabel?: string; duration?: number }[] } } | undefined>;
  };
  if (lhr.runtimeError || lhr.categories.performance?.score == null) {
    throw new Error(lhr.runtimeError?.code ?? 'no performance score');
  }
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    mainThread: Object.fromEntries(
      (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((item) => [item.groupLabel ?? '?', item.duration ?? 0]),
    ),
  };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is repeated, not counted. */
async function lighthouseRunWithRetry(target: string): Promise<RunResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(target);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`  Lighthouse run failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); retrying`);
    }
  }
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

async function main() {
  const { baseUrl, child } = await startServer();
  let baseline: BaselineServer | null = null;
  try {
    if (process.env.BENCH_BASELINE !== '0') baseline = await startBaseline();
    const article = await findArticlePath(baseUrl);
    const targets: { name: string; url: string; isBaseline?: true }[] = [
      { name: 'article', url: baseUrl + article },
      { name: 'home', url: baseUrl + '/' },
      { name: 'section', url: baseUrl + '/news' },
      ...(baseline ? [{ name: 'bare Next', url: baseline.baseUrl + baseline.storyPath, isBaseline: true as const }] : []),
    ];
    {
      console.log(`Lighthouse ${RUNS}x (mobile defaults) against ${baseUrl}${child ? ' (npm start)' : ''}${baseline ? ` and a bare Next.js page at ${baseline.baseUrl}` : ''}\n`);
      console.log(`${cpuCount()} CPUs, ${load()} (1/5/15 min) at start`);
      // Rounds visit every page in turn, so a busy minute on the machine touches all pages alike.
      const runs = new Map<string, RunResult[]>(targets.map(({ name }) => [name, []]));
      for (let round = 0; round < RUNS; round++) {
        for (const { name, url } of targets) runs.get(name)!.push(await lighthouseRunWithRetry(url));
      }
      console.log('page      perf  a11y  bp   seo   LCP ms  CLS     TBT ms  (each run)');
      const mediansOf = (name: string): Medians => (key) => median(runs.get(name)!.map((r) => r[key]));
      const bare = baseline ? mediansOf('bare Next') : null;
      const verdicts: string[] = [];
      for (const { name, isBaseline } of targets) {
        const results = runs.get(name)!;
        const m = mediansOf(name);
        console.log(
          `${name.padEnd(9)} ${String(m('performance')).padEnd(5)} ${String(m('accessibility')).padEnd(5)} ${String(m('bestPractices')).padEnd(4)} ${String(m('seo')).padEnd(5)} ${m('lcpMs').toFixed(0).padEnd(7)} ${m('cls').toFixed(4).padEnd(7)} ${m('tbtMs').toFixed(0).padEnd(7)} (${results.map((r) => r.tbtMs.toFixed(0)).join(', ')})`,
        );
        if (!isBaseline) {
          for (const bar of BARS) {
            const met = bar.met(m, bare);
            if (met !== null) verdicts.push(`  ${name.padEnd(8)} ${bar.label.padEnd(26)} ${met ? 'PASS' : 'FAIL'}`);
          }
        }
      }
      if (bare) console.log(`ratios to bare Next (medians): ${targets.filter((t) => !t.isBaseline).map((t) => `${t.name} TBT ${(mediansOf(t.name)('tbtMs') / Math.max(bare('tbtMs'), 1)).toFixed(2)}x, LCP ${(mediansOf(t.name)('lcpMs') - bare('lcpMs')).toFixed(0)} ms over`).join('; ')}`);
      printMainThread(targets.map((t) => t.name), runs);
      console.log(`issue 10's bars (medians of ${RUNS} runs):\n${verdicts.join('\n')}`);
      console.log(`machine ${load()} after the runs`);
      if (baseline) console.log(`bare Next: issue 10's baseline story (${baseline.storyWords} words, next/image hero, system fonts) built with the same Next.js and React: the framework's own cost on this machine.`);
    }
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
