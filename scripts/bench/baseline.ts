/**
 * The framework's own floor: a bare Next.js App Router page (a heading and a sentence, no client
 * component, no image, no web font) built with this project's installed Next and React in
 * os.tmpdir()/meridian-bench-baseline and served by `next start`, measured in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNext, freePort, NEXT_BIN, ROOT, stopNext } from '../../tests/e2e/support/server';
import { stopOnExit } from './cleanup';

export const BASELINE_DIR = path.join(os.tmpdir(), 'meridian-bench-baseline');

const BASELINE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'next-baseline', private: true }),
  // Turbopack resolves only inside its root; node_modules is a link into the project.
  'next.config.js': "module.exports = { turbopack: { root: '/' } };\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', lib: ['dom', 'esnext'], jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true },
    include: ['**/*.ts', '**/*.tsx'],
  }),
  'app/layout.tsx': `export const metadata = { title: 'Baseline', description: 'A bare Next.js page' };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'app/page.tsx': `export default function Page() {
  return <main><h1>Baseline</h1><p>A bare Next.js App Router page: no client component, image or web font.</p></main>;
}
`,
};

export interface BaselineServer {
  baseUrl: string;
  port: number;
  child: ChildProcess;
}

/** Builds the baseline (unless BENCH_REUSE_BUILD=1 finds a build) and serves it with `next start` on 127.0.0.1. */
export async function startBaseline(): Promise<BaselineServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' };
  if (!(process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(BASELINE_DIR, '.next', 'BUILD_ID')))) {
    fs.rmSync(BASELINE_DIR, { recursive: true, force: true });
    for (const [file, text] of Object.entries(BASELINE_FILES)) {
      fs.mkdirSync(path.dirname(path.join(BASELINE_DIR, file)), { recursive: true });
      fs.writeFileSync(path.join(BASELINE_DIR, file), text);
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(BASELINE_DIR, 'node_modules'), 'dir');
    console.log('building the bare Next.js baseline page …');
    await buildNext(env, BASELINE_DIR);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: BASELINE_DIR,
    env,
    stdio: 'ignore',
    detached: true,
  });
  stopOnExit(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(baseUrl + '/', { signal: AbortSignal.timeout(5_000) })).ok) return { baseUrl, port, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopNext(child);
  throw new Error('the baseline server did not answer within 60 s');
}
