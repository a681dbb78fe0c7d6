/**
 * Reader performance bench: `npm run bench:reader`.
 *
 * Builds the site into .next-bench on a fresh SQLite database (or uses BENCH_URL if you already run a
 * server), starts `next start` on 127.0.0.1, runs Lighthouse 12.2.3 with its mobile defaults three
 * times each on an article, the home page and a section page, and prints the medians. It also totals
 * the JavaScript an article page loads (raw and gzip).
 *
 * Env: BENCH_URL (skip build/start), BENCH_RUNS (default 3), CHROMIUM_PATH (default /usr/bin/chromium),
 * BENCH_REUSE_BUILD=1 (skip the build when .next-bench exists).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildNext, freePort, ROOT } from '../tests/e2e/support/server';

// The same Chromium and flags as the browser suite (tests/e2e/support/browser.ts, which needs jest's globals).
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DIST = '.next-bench';

interface RunResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function startServer(): Promise<{ baseUrl: string; child?: ChildProcess }> {
  if (process.env.BENCH_URL) return { baseUrl: process.env.BENCH_URL.replace(/\/$/, '') };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
    SITE_URL: baseUrl,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789abcdef',
    MERIDIAN_DATA_DIR: dataDir,
  };
  if (!(process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(ROOT, DIST, 'BUILD_ID')))) {
    console.log(`building into ${DIST} …`);
    await buildNext(env);
  }
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(baseUrl + '/')).ok) return { baseUrl, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('next start did not answer within 60 s');
}

/** The first article linked from the home page's lead story. */
async function findArticlePath(baseUrl: string): Promise<string> {
  const html = await (await fetch(baseUrl + '/')).text();
  const match = html.match(/<article lang="en"[^]*?href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/);
  if (!match?.[1]) throw new Error('No article link on the home page');
  return match[1];
}

async function scriptBytes(baseUrl: string, pathname: string) {
  const html = await (await fetch(baseUrl + pathname)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: sources.length, raw, gzip };
}

const LIGHTHOUSE_CLI = path.join(ROOT, 'node_modules/lighthouse/cli/index.js');

/**
 * One Lighthouse run through its CLI in a separate process: Lighthouse serialises functions into the
 * page, which breaks when a TypeScript loader (tsx) has rewritten them in this process.
 */
async function lighthouseRun(target: string): Promise<RunResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LIGHTHOUSE_CLI, target, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null } | undefined>;
    audits: Record<string, { numericValue?: number } | undefined>;
  };
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
  };
}

async function main() {
  const { baseUrl, child } = await startServer();
  try {
    const article = await findArticlePath(baseUrl);
    const targets: [string, string][] = [
      ['article', article],
      ['home', '/'],
      ['section', '/news'],
    ];
    {
      console.log(`Lighthouse ${RUNS}x (mobile defaults) against ${baseUrl}\n`);
      console.log('page      perf  a11y  bp   seo   LCP ms  CLS     TBT ms');
      for (const [name, pathname] of targets) {
        const runs: RunResult[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(baseUrl + pathname));
        const m = (key: keyof RunResult) => median(runs.map((r) => r[key]));
        console.log(
          `${name.padEnd(9)} ${String(m('performance')).padEnd(5)} ${String(m('accessibility')).padEnd(5)} ${String(m('bestPractices')).padEnd(4)} ${String(m('seo')).padEnd(5)} ${m('lcpMs').toFixed(0).padEnd(7)} ${m('cls').toFixed(4).padEnd(7)} ${m('tbtMs').toFixed(0)}`,
        );
      }
    }
    const js = await scriptBytes(baseUrl, article);
    console.log(`\nArticle page client JS: ${js.files} files, ${(js.raw / 1024).toFixed(1)} KB raw, ${(js.gzip / 1024).toFixed(1)} KB gzip (${article})`);
  } finally {
    child?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
