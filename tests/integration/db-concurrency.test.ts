/**
 * @jest-environment node
 *
 * `next build` prerenders in several worker processes that all open (and on first run migrate
 * and seed) the same SQLite file at once. This runs the real start-up path from four processes
 * on a fresh file and checks that every one succeeds and the result is one clean seed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createDb } from '@/lib/db/client';
import { demoArticles } from '@/lib/db/seed/demo/articles';
import { demoSections } from '@/lib/db/seed/demo/taxonomy';
import { migrations } from '@/lib/db/migrations';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function runSeed(url: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['--conditions=react-server', 'scripts/db-seed.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('several processes opening one fresh SQLite file', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-concurrency-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('all succeed, migrations are recorded once and the demo is seeded once', async () => {
    const url = `file:${path.join(folder, 'shared.db')}`;
    const results = await Promise.all(Array.from({ length: 4 }, () => runSeed(url, ['--if-empty'])));
    for (const result of results) {
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    }
    const db = createDb(url);
    try {
      const applied = await db.selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
      expect(applied.map((r) => r.name).sort()).toEqual(Object.keys(migrations).sort());
      const sections = await db.selectFrom('sections').select('slug').execute();
      expect(sections).toHaveLength(demoSections.length);
      const articles = await db.selectFrom('articles').select('id').execute();
      expect(articles).toHaveLength(demoArticles.length);
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
    } finally {
      await db.destroy();
    }
  }, 60_000);

  it('concurrent full re-seeds of the same file also all succeed (writers queue, none fails busy)', async () => {
    const url = `file:${path.join(folder, 'shared.db')}`;
    const results = await Promise.all(Array.from({ length: 3 }, () => runSeed(url, [])));
    for (const result of results) expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  }, 60_000);
});
