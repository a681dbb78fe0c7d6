/**
 * Signup throughput of ONE `next start` instance, on SQLite and on PostgreSQL.
 *
 *   NEXT_DIST_DIR=.next-bench npx next build      # once (any dist dir; pass it as BENCH_DIST_DIR)
 *   BENCH_DIST_DIR=.next-bench npm run bench:newsletter
 *
 * For each database it starts `next start` on 127.0.0.1 with a fresh database, an in-process SMTP
 * sink (mails are really sent, then discarded) and TRUST_PROXY=true so every simulated reader
 * has its own X-Forwarded-For address (otherwise the per-IP limit, not the app, is what we'd
 * measure). Then it posts unique JSON signups from BENCH_CONCURRENCY parallel clients for
 * BENCH_SECONDS and reports signups/s, latency percentiles and status counts.
 * Bounded on purpose: at most 64 clients for at most 60 s, and only ever to 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const ROOT = path.resolve(__dirname, '..');
const DIST_DIR = process.env.BENCH_DIST_DIR ?? '.next-newsletter';
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

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const next = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error('next start did not become healthy in 60 s');
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
    // Created up front: the app would create it on first connection, but migrating a schema that
    // several pool connections race to create has failed here ("kysely_migration_lock does not exist").
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(`create schema "${schema}"`);
    await client.end();
  }
  const smtp = await startSmtpSink();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(
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
    server.kill('SIGTERM');
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
    throw new Error(`No production build in ${DIST_DIR}: run NEXT_DIST_DIR=${DIST_DIR} npx next build first`);
  }
  for (const dialect of DIALECTS) await bench(dialect);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
