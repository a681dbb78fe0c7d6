/**
 * Signup throughput of ONE production server instance (what `npm start` runs), on SQLite and on
 * PostgreSQL.
 *
 *   npm run bench:newsletter                       # builds into BENCH_DIST_DIR (.next-bench) if needed
 *
 * For each database it starts the server on 127.0.0.1 with a fresh database, an in-process SMTP
 * sink (mails are really sent, then discarded) and TRUST_PROXY=true so every simulated reader
 * has its own X-Forwarded-For address (otherwise the per-IP limit, not the app, is what we'd
 * measure). Then it posts unique JSON signups from BENCH_CONCURRENCY parallel clients for
 * BENCH_SECONDS and reports signups/s, latency percentiles, status counts, and the time from a
 * signup's acknowledgement to its mail being accepted by the sink (p50/p99).
 * Bounded on purpose: at most 64 clients for at most 60 s, and only ever to 127.0.0.1.
 *
 * A/B in one run: BENCH_BASELINE_ROOT=/path/to/another/checkout (with node_modules; built into its
 * own BENCH_DIST_DIR if needed) runs that code and this one alternately, BENCH_ROUNDS times per
 * database, and prints the ratio of their median throughputs (this / baseline).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { buildNext, productionServerEnv, startNext } from '../tests/e2e/support/server';

const ROOT = path.resolve(__dirname, '..');
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 20), 60);
const CONCURRENCY = Math.min(Number(process.env.BENCH_CONCURRENCY ?? 16), 64);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const BASELINE_ROOT = process.env.BENCH_BASELINE_ROOT ? path.resolve(process.env.BENCH_BASELINE_ROOT) : null;
const ROUNDS = Math.min(Math.max(Number(process.env.BENCH_ROUNDS ?? (BASELINE_ROOT ? 2 : 1)), 1), 5);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Sink {
  url: string;
  received: () => number;
  /** When the sink accepted the (first) mail to each recipient. */
  acceptedAt: Map<string, number>;
  close: () => Promise<void>;
}

async function startSmtpSink(): Promise<Sink> {
  let received = 0;
  const acceptedAt = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        const at = performance.now();
        for (const rcpt of session.envelope.rcptTo) if (!acceptedAt.has(rcpt.address)) acceptedAt.set(rcpt.address, at);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, acceptedAt, close: () => new Promise((r) => server.close(() => r())) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface LoadResult {
  latencies: number[];
  statuses: Map<number, number>;
  elapsed: number;
  /** performance.now() of each acknowledged (200) signup, by address. */
  acknowledgedAt: Map<string, number>;
}

async function load(base: string): Promise<LoadResult> {
  const latencies: number[] = [];
  const acknowledgedAt = new Map<string, number>();
  const statuses = new Map<number, number>();
  const end = Date.now() + SECONDS * 1000;
  let n = 0;
  const started = performance.now();
  const client = async () => {
    while (Date.now() < end) {
      const i = n++;
      const email = `bench${i}-${randomBytes(3).toString('hex')}@example.org`;
      const body = JSON.stringify({ email, newsletters: ['morning-briefing'], consent: true });
      const t0 = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${base}/api/newsletter`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Origin: base,
            'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body,
        });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = -1;
      }
      const t1 = performance.now();
      latencies.push(t1 - t0);
      if (status === 200) acknowledgedAt.set(email, t1);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { latencies: latencies.sort((a, b) => a - b), statuses, elapsed: (performance.now() - started) / 1000, acknowledgedAt };
}

/** Acknowledgement to mail accepted, per acknowledged signup whose mail arrived. */
function mailDelays(acknowledgedAt: Map<string, number>, acceptedAt: Map<string, number>): number[] {
  const delays: number[] = [];
  for (const [email, ackAt] of acknowledgedAt) {
    const at = acceptedAt.get(email);
    if (at !== undefined) delays.push(Math.max(0, at - ackAt));
  }
  return delays.sort((a, b) => a - b);
}

async function bench(dialect: string, variant: { label: string; root: string }): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const databaseUrl = dialect === 'sqlite' ? `file:${path.join(dataDir, 'bench.db')}` : `${POSTGRES}?schema=${schema}`;
  if (dialect === 'postgres') {
    // Created up front so the timed run starts from a known empty schema.
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`create schema "${schema}"`);
    await client.end();
  }
  const smtp = await startSmtpSink();
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
        SMTP_URL: smtp.url,
        TRUST_PROXY: 'true',
        NEWSLETTER_SECRET: randomBytes(32).toString('base64url'),
        REDIS_URL: '',
      },
    }),
    port,
    variant.root,
  );
  try {
    // Warm-up: compile paths, open the pool.
    for (let i = 0; i < 20; i++) {
      await fetch(`${base}/api/newsletter`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: base, 'X-Forwarded-For': `192.0.2.${i}` },
        body: JSON.stringify({ email: `warm${i}@example.org`, newsletters: ['morning-briefing'], consent: true }),
      });
    }
    const { latencies, statuses, elapsed, acknowledgedAt } = await load(base);
    const ok = statuses.get(200) ?? 0;
    const mailedDuringLoad = smtp.acceptedAt.size;
    // Mails may trail the load (sent from a queue): wait for them, bounded, so delays are complete.
    const waitUntil = Date.now() + 30_000;
    while (Date.now() < waitUntil && [...acknowledgedAt.keys()].some((email) => !smtp.acceptedAt.has(email))) await new Promise((r) => setTimeout(r, 200));
    const delays = mailDelays(acknowledgedAt, smtp.acceptedAt);
    console.log(
      `${dialect.padEnd(8)} ${variant.label.padEnd(8)} ${CONCURRENCY} clients x ${SECONDS}s: ${(ok / elapsed).toFixed(1)} signups/s sustained, ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; mails received ${smtp.received()} (${(mailedDuringLoad / elapsed).toFixed(1)}/s during the load); ` +
        `ack to mail accepted p50 ${percentile(delays, 50).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms (${delays.length} of ${ok})`,
    );
    return ok / elapsed;
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await smtp.close();
    if (dialect === 'postgres') {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function main(): Promise<void> {
  const variants = [{ label: 'this', root: ROOT }];
  if (BASELINE_ROOT) variants.unshift({ label: 'baseline', root: BASELINE_ROOT });
  for (const { root } of variants) {
    if (fs.existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) continue;
    console.log(`Building the production site of ${root} into ${DIST_DIR} …`);
    await buildNext({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR }, root);
  }
  for (const dialect of DIALECTS) {
    const rates = new Map<string, number[]>(variants.map((v) => [v.label, []]));
    // Alternated, so a machine that gets busier or quieter during the run affects both alike.
    for (let round = 0; round < ROUNDS; round++) for (const variant of variants) rates.get(variant.label)!.push(await bench(dialect, variant));
    if (BASELINE_ROOT) {
      const ratio = median(rates.get('this')!) / median(rates.get('baseline')!);
      console.log(`${dialect.padEnd(8)} ratio this/baseline (median of ${ROUNDS} rounds each): ${ratio.toFixed(3)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
