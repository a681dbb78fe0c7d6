import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export const ROOT = path.resolve(__dirname, '../../..');
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs `next build` in `cwd` (the project by default); rejects with the end of its output on failure. */
export function buildNext(env: NodeJS.ProcessEnv, cwd: string = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    const collect = (chunk: Buffer) => lines.push(chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}):\n${lines.join('').slice(-6000)}`));
    });
  });
}

export interface ServerEnvOptions {
  distDir: string;
  databaseUrl: string;
  /** The server's own origin (SITE_URL and NEXTAUTH_URL). */
  base: string;
  /** Outbox, generated secrets and the server log. */
  dataDir: string;
  nextAuthSecret: string;
  /** Anything else this server needs (REDIS_URL, SEED_DEMO, …). */
  extra?: Record<string, string | undefined>;
}

/** The environment of a production test server: private build, database, origin and data folder. */
export function productionServerEnv(options: ServerEnvOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: options.distDir,
    DATABASE_URL: options.databaseUrl,
    SITE_URL: options.base,
    NEXTAUTH_URL: options.base,
    NEXTAUTH_SECRET: options.nextAuthSecret,
    E2E_DATA_DIR: options.dataDir,
    MERIDIAN_DATA_DIR: options.dataDir,
    ...options.extra,
  };
}

/**
 * Starts the production server exactly as `npm start` does (scripts/server.mjs, listening on PORT
 * and HOSTNAME) on 127.0.0.1, in its own process group, and resolves once /api/health answers.
 */
export async function startNext(env: NodeJS.ProcessEnv, port: number, root: string = ROOT): Promise<ChildProcess> {
  const logFile = path.join(env.E2E_DATA_DIR ?? root, 'server.log');
  const log = fs.openSync(logFile, 'a');
  // `root` lets a benchmark run another checkout (its own server.mjs and build) beside this one.
  // scripts/server.mjs is the production entry point `npm start` runs, so tests exercise what users run.
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`the server exited with ${exited}; log:\n${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer /api/health within 60 s; log in ${logFile}`);
}

/**
 * A private copy of the suite's build (without its build cache) for a server whose page cache must
 * be its own, as on a separate machine. Returns the dist dir name to pass as NEXT_DIST_DIR.
 */
export function copyBuild(fromDistDir: string, toDistDir: string): string {
  const from = path.join(ROOT, fromDistDir);
  const to = path.join(ROOT, toDistDir);
  fs.rmSync(to, { recursive: true, force: true });
  const skip = path.join(from, 'cache');
  fs.cpSync(from, to, { recursive: true, filter: (source) => source !== skip && !source.startsWith(skip + path.sep) });
  return toDistDir;
}

/**
 * Removes what a test server leaves on disk: its private copy of the build, when it had one, and its
 * data folder (kept with E2E_KEEP_DATA=1 for a look afterwards).
 */
export function removeServerFiles(dataDir: string | undefined, distDir?: string): void {
  if (distDir) fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  if (dataDir && process.env.E2E_KEEP_DATA !== '1') fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Stops a server started by startNext (its whole process group) and waits for it to exit. */
export async function stopNext(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  } catch {
    // already gone
  }
}
