/**
 * `npm run bench:upload`: how long an editor waits for a 5 MB photo to be processed (issue 14).
 *
 * Generates a photo-like JPEG of about 5 MB (gradients and noise, made here with sharp: no real
 * photograph), then:
 * - in-process: processImage (decode, auto-orient, re-encode, metadata dropped) and the whole
 *   upload (processing, the file written and renamed, the row inserted) into a temporary SQLite
 *   database and media folder, BENCH_UPLOADS times each (default 20) after one warm-up;
 * - with BENCH_SERVER=1: the same uploads through the production server (`npm start`'s
 *   scripts/server.mjs, built into BENCH_DIST_DIR; BENCH_REUSE_BUILD=1 reuses a build), signed in
 *   as an editor, timed from the first byte sent to the JSON answer.
 * Prints p50/p99 and the load average before and after (a shared machine skews every timing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEditor } from '@/lib/auth/editors';
import { createDb, migrateToLatest } from '@/lib/db/client';
import { LocalDiskStorage } from '@/lib/media/local-storage';
import { processImage } from '@/lib/media/process-image';
import { uploadPicture } from '@/lib/media/upload';
import { photoLikeJpeg } from '../tests/helpers/pictures';
import { stopNext } from '../tests/e2e/support/server';
import { startMeridian } from './bench/meridian';
import { cpuCount, load, table } from './bench/report';

const UPLOADS = Math.min(Math.max(Number(process.env.BENCH_UPLOADS ?? 20), 5), 100);
const EDITOR = { email: 'bench-uploader@example.org', password: 'bench uploader passphrase' };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up: sharp's thread pool, the database file
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

const row = (label: string, times: readonly number[]) => [label, `${percentile(times, 50).toFixed(0)} ms`, `${percentile(times, 99).toFixed(0)} ms`, `${Math.max(...times).toFixed(0)} ms`];

/** next-auth's credentials flow over HTTP; returns the Cookie header of the session. */
async function signInTo(baseUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  const absorb = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
  };
  const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  absorb(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ ...EDITOR, csrfToken, callbackUrl: '/editor' }),
  });
  absorb(response);
  if (![...cookies.keys()].some((name) => name.endsWith('next-auth.session-token'))) throw new Error(`sign-in failed (${response.status})`);
  return header();
}

async function throughServer(photo: Buffer): Promise<number[]> {
  const server = await startMeridian(async (env) => {
    const db = createDb(env.DATABASE_URL ?? '');
    await migrateToLatest(db);
    await createEditor(db, { email: EDITOR.email, name: 'Bench Uploader' }, EDITOR.password);
    await db.destroy();
  });
  try {
    const cookie = await signInTo(server.baseUrl);
    return await timed(UPLOADS, async () => {
      const form = new FormData();
      form.set('alt', 'A generated test photo');
      form.set('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
      const response = await fetch(`${server.baseUrl}/api/editor/media`, { method: 'POST', body: form, headers: { cookie, origin: server.baseUrl, accept: 'application/json' } });
      if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
      await response.json();
    });
  } finally {
    await stopNext(server.child);
  }
}

async function main(): Promise<void> {
  console.log(`${os.cpus()[0]?.model ?? 'cpu'} x${cpuCount()}, Node ${process.version}; ${load()}`);
  const photo = await photoLikeJpeg(5 * 1024 * 1024);
  const probe = await processImage(photo);
  if (!probe.ok) throw new Error(probe.refusal.message);
  console.log(`photo: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, ${probe.image.width} x ${probe.image.height}; stored as ${(probe.image.data.byteLength / 1024 / 1024).toFixed(2)} MB`);

  const processing = await timed(UPLOADS, () => processImage(photo));

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-upload-'));
  const db = createDb(`file:${path.join(folder, 'bench.db')}`);
  let whole: number[];
  try {
    await migrateToLatest(db);
    const editor = await createEditor(db, { email: EDITOR.email, name: 'Bench Uploader' }, EDITOR.password);
    const storage = new LocalDiskStorage(path.join(folder, 'media'));
    whole = await timed(UPLOADS, async () => {
      const result = await uploadPicture(db, storage, { bytes: photo, alt: 'A generated test photo', editorId: editor.id });
      if (!result.ok) throw new Error(result.refusal.message);
    });
  } finally {
    await db.destroy();
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const rows = [['5 MB photo, ' + `${UPLOADS} runs`, 'p50', 'p99', 'max'], row('processImage (in-process)', processing), row('upload: process + store + row (in-process)', whole)];
  if (process.env.BENCH_SERVER === '1') rows.push(row('POST /api/editor/media (production server)', await throughServer(photo)));
  console.log(`\n${table(rows)}\n\n${load()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
