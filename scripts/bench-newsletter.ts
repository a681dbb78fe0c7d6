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
 * BENCH_SECONDS and reports signups/s, latency percentiles and status counts.
 * Bounded on purpose: at most 64 clients for at most 60 s, and only ever to 127.0.0.1.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { buildNext, startNext } from '../tests/e2e/support/server';

const ROOT = path.resolve(__dirname, '..');
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-bench';
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 20), 60);
const CONCURRENCY = Math.min(Number(process.env.BENCH_CONCURRENCY ?? 16), 64);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startSmtpSink(): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, close: () => new Promise((r) => server.close(() => r())) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function load(base: string): Promise<{ latencies: number[]; statuses: Map<number, number>; elapsed: number }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const end = Date.now() + SECONDS * 1000;
  let n = 0;
  const started = performance.now();
  const client = async () => {
    while (Date.now() < end) {
      const i = n++;
      const body = JSON.stringify({ email: `bench${i}-${randomBytes(3).toString('hex')}@example.org`, newsletters: ['morning-briefing'], consent: true });
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
      latencies.push(performance.now() - t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { latencies: latencies.sort((a, b) => a - b), statuses, elapsed: (performance.now() - started) / 1000 };
}

async function bench(dialect: string): Promise<void> {
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
    {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      SITE_URL: base,
      SMTP_URL: smtp.url,
      TRUST_PROXY: 'true',
      NEWSLETTER_SECRET: randomBytes(32).toString('base64url'),
      MERIDIAN_DATA_DIR: dataDir,
      E2E_DATA_DIR: dataDir,
      REDIS_URL: '',
    },
    port,
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
    const { latencies, statuses, elapsed } = await load(base);
    const ok = statuses.get(200) ?? 0;
    await new Promise((r) => setTimeout(r, 2000));
    console.log(
      `${dialect.padEnd(8)} ${CONCURRENCY} clients x ${SECONDS}s: ${(ok / elapsed).toFixed(1)} signups/s sustained, ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries(statuses))}; mails received ${smtp.received()}`,
    );
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

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID'))) {
    console.log(`Building the production site into ${DIST_DIR} …`);
    await buildNext({ ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR });
  }
  for (const dialect of DIALECTS) await bench(dialect);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
