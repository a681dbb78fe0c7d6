/**
 * What the rate limits cost the happy path: newsletter signups/s and editor sign-in latency on one
 * production server WITH the limits against the same build WITHOUT them, in the same run.
 *
 *   npm run bench:limiter            # builds into BENCH_DIST_DIR (.next-bench) if needed
 *
 * Two servers run side by side on 127.0.0.1, each with its own fresh database (SQLite by default;
 * BENCH_DIALECTS=sqlite,postgres for both) and the in-memory limiter; the second is started with
 * MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS (lib/env.ts, read by lib/http/rate-limiter.ts), so everything else is equal.
 * Only one of them is loaded at a time, alternately: signups are BENCH_SECONDS of BENCH_CONCURRENCY
 * clients, each signup from its own address (TRUST_PROXY), so no limit refuses; sign-ins are
 * sequential, with the right password from one address, interleaved one by one between the two.
 * Bars: with limits, signups/s at least 95% and sign-in p50/p99 at most 105% of without. Figures,
 * ratios, PASS/FAIL and the load average are printed; nothing here is a test.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { createEditor } from '../lib/auth/editors';
import { createDb, migrateToLatest } from '../lib/db/client';
import { MAX_KEYS, MemoryRateLimiter } from '../lib/http/rate-limit';
import { buildNext, freePort, productionServerEnv, startNext, stopNext } from '../tests/e2e/support/server';

const ROOT = path.resolve(__dirname, '..');
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60);
const CONCURRENCY = Math.min(Number(process.env.BENCH_CONCURRENCY ?? 16), 64);
const ROUNDS = Math.min(Math.max(Number(process.env.BENCH_ROUNDS ?? 3), 1), 7);
const SIGN_INS = Math.min(Number(process.env.BENCH_SIGN_INS ?? 60), 500);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite').split(',');
const EMAIL = 'bench-editor@example.org';
const PASSWORD = 'bench editor passphrase, long enough';
const BAR = 0.05;

type Variant = 'with limits' | 'without';

interface Server {
  variant: Variant;
  base: string;
  stop: () => Promise<void>;
}

async function smtpSink(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => callback());
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function start(dialect: string, variant: Variant, smtpUrl: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-limiter-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = dialect === 'sqlite' ? `file:${path.join(dataDir, 'bench.db')}` : `${POSTGRES}?schema=${schema}`;
  if (dialect === 'postgres') {
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`create schema "${schema}"`);
    await client.end();
  }
  // The editor exists before the server starts (the server then seeds the demo content).
  const db = createDb(databaseUrl);
  await migrateToLatest(db);
  await createEditor(db, { email: EMAIL, name: 'Bench Editor' }, PASSWORD);
  await db.destroy();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startNext(
    productionServerEnv({
      distDir: DIST_DIR,
      databaseUrl,
      base,
      dataDir,
      nextAuthSecret: randomBytes(32).toString('base64url'),
      extra: {
        SEED_DEMO: 'true',
        SMTP_URL: smtpUrl,
        TRUST_PROXY: 'true',
        REDIS_URL: '',
        MERIDIAN_BENCH_ONLY_DISABLE_RATE_LIMITS: variant === 'without' ? 'yes-for-a-benchmark' : '',
      },
    }),
    port,
    ROOT,
  );
  return {
    variant,
    base,
    async stop() {
      await stopNext(server);
      if (dialect === 'postgres') {
        const client = new pg.Client({ connectionString: POSTGRES });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let addresses = 0;

/** Unique signups for SECONDS from CONCURRENCY clients; returns acknowledged signups per second. */
async function signups(server: Server): Promise<{ rate: number; statuses: Record<number, number> }> {
  const statuses: Record<number, number> = {};
  const end = Date.now() + SECONDS * 1000;
  const started = performance.now();
  let ok = 0;
  const client = async () => {
    while (Date.now() < end) {
      const i = addresses++;
      const response = await fetch(`${server.base}/api/newsletter`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.base, 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        body: JSON.stringify({ email: `bench${i}-${randomBytes(3).toString('hex')}@example.org`, newsletters: ['morning-briefing'], consent: true }),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status === 200) ok++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { rate: ok / ((performance.now() - started) / 1000), statuses };
}

/** One sign-in as a password manager does it; the credentials POST's latency in ms. */
async function signIn(server: Server): Promise<number> {
  const headers = { 'X-Forwarded-For': '192.0.2.10' };
  const csrf = await fetch(`${server.base}/api/auth/csrf`, { headers });
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const t0 = performance.now();
  const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken, callbackUrl: '/editor' }),
  });
  await response.arrayBuffer();
  const ms = performance.now() - t0;
  if (response.status !== 302 || !response.headers.getSetCookie().some((line) => line.startsWith('next-auth.session-token='))) {
    throw new Error(`${server.variant}: sign-in answered ${response.status}, not a session`);
  }
  return ms;
}

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

async function benchDialect(dialect: string, smtpUrl: string): Promise<void> {
  const servers = [await start(dialect, 'with limits', smtpUrl), await start(dialect, 'without', smtpUrl)];
  try {
    for (const server of servers) {
      for (let i = 0; i < 20; i++) await fetch(`${server.base}/api/newsletter`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.base, 'X-Forwarded-For': `192.0.2.${i}` }, body: JSON.stringify({ email: `warm${i}@example.org`, newsletters: ['morning-briefing'], consent: true }) });
      for (let i = 0; i < 5; i++) await signIn(server);
    }
    const rates: Record<Variant, number[]> = { 'with limits': [], without: [] };
    const latencies: Record<Variant, number[]> = { 'with limits': [], without: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternated, and the order flipped every round, so a machine getting busier or quieter affects both alike.
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const { rate, statuses } = await signups(server);
        rates[server.variant].push(rate);
        console.log(`${dialect} round ${round + 1} ${server.variant.padEnd(11)} ${rate.toFixed(1)} signups/s ${JSON.stringify(statuses)} (load ${load()})`);
      }
      for (let i = 0; i < SIGN_INS; i++) for (const server of i % 2 === 0 ? order : [...order].reverse()) latencies[server.variant].push(await signIn(server));
    }
    const signupRatio = median(rates['with limits']) / median(rates.without);
    console.log(`\n${dialect}: signups/s (median of ${ROUNDS} rounds of ${SECONDS} s x ${CONCURRENCY} clients): with limits ${median(rates['with limits']).toFixed(1)}, without ${median(rates.without).toFixed(1)}, ratio ${signupRatio.toFixed(3)}  ${verdict(signupRatio >= 1 - BAR)} (bar >= ${1 - BAR})`);
    // Sign-ins alternate one by one, so neighbours saw the same machine: the median of their
    // ratios is the steadiest single figure for a small difference on a busy machine.
    const pairs = latencies['with limits'].map((on, i) => on / (latencies.without[i] ?? NaN));
    console.log(`${dialect}: sign-in, median ratio of neighbouring pairs (with / without): ${median(pairs).toFixed(3)}  ${verdict(median(pairs) <= 1 + BAR)} (bar <= ${1 + BAR})`);
    for (const p of [50, 99]) {
      const on = percentile(latencies['with limits'], p);
      const off = percentile(latencies.without, p);
      console.log(`${dialect}: sign-in p${p} (${latencies.without.length} each): with limits ${on.toFixed(1)} ms, without ${off.toFixed(1)} ms, ratio ${(on / off).toFixed(3)}  ${verdict(on / off <= 1 + BAR)} (bar <= ${1 + BAR})`);
    }
  } finally {
    for (const server of servers) await server.stop();
  }
}

/**
 * The in-memory limiter alone: what one new key costs with few keys and at the cap, where a
 * signup burst leaves it (each signup adds per-IP and per-address keys for up to an hour).
 */
async function limiterAlone(): Promise<void> {
  const rule = { name: 'bench', limit: 5, windowMs: 3_600_000 };
  const limiter = new MemoryRateLimiter();
  const perKey = async (label: string) => {
    const t0 = performance.now();
    for (let i = 0; i < 2_000; i++) await limiter.consume(rule, `${label}-${i}`);
    return ((performance.now() - t0) * 1000) / 2_000;
  };
  const below = await perKey('below');
  while (limiter.size < MAX_KEYS) await limiter.consume(rule, `fill-${limiter.size}`);
  const atCap = await perKey('at-cap');
  console.log(`in-memory limiter, one new key: ${below.toFixed(1)} us with few keys, ${atCap.toFixed(1)} us at the ${MAX_KEYS}-key cap (mean of 2,000)`);
}

async function main(): Promise<void> {
  console.log(`load average before: ${load()} (${os.cpus().length} CPUs)`);
  await limiterAlone();
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    console.log(`Building the production site into ${DIST_DIR} …`);
    await buildNext({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR }, ROOT);
  }
  const smtp = await smtpSink();
  try {
    for (const dialect of DIALECTS) await benchDialect(dialect, smtp.url);
  } finally {
    await smtp.close();
  }
  console.log(`load average after: ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
