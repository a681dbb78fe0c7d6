/**
 * @jest-environment node
 *
 * Issue 12, backups: `npm run db:backup` copies a live SQLite database while another connection
 * keeps writing, and `npm run db:restore` puts a backup back (refusing damaged or foreign files,
 * and a database still in use) and migrates it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { backupDatabase, restoreDatabase } from '@/lib/db/backup';
import { DatabaseConfigError, createDb, migrateToLatest } from '@/lib/db/client';
import { migrations } from '@/lib/db/migrations';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function npmRun(script: string, args: string[], databaseUrl: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const loadId = (n: number) => `load-${String(n).padStart(7, '0')}`;

/** Rows a second connection keeps committing one at a time; `acknowledged` counts the committed ones. */
function startWriter(file: string) {
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare('insert into tags (id, slug, name) values (?, ?, ?)');
  const state = { acknowledged: 0, running: true };
  const finished = new Promise<void>((resolve, reject) => {
    const step = () => {
      if (!state.running) {
        db.close();
        resolve();
        return;
      }
      try {
        const n = state.acknowledged + 1;
        insert.run(loadId(n), loadId(n), 'x'.repeat(500));
        state.acknowledged = n;
      } catch (error) {
        db.close();
        reject(error);
        return;
      }
      setImmediate(step);
    };
    setImmediate(step);
  });
  return { state, stop: () => ((state.running = false), finished) };
}

function inspect(file: string) {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    const ids = new Set((db.prepare("select id from tags where id like 'load-%'").all() as { id: string }[]).map((r) => r.id));
    const migrated = (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name);
    return { check, ids, migrated };
  } finally {
    db.close();
  }
}

async function migratedDatabase(file: string, fillerRows: number): Promise<void> {
  const db = createDb(`file:${file}`);
  await migrateToLatest(db);
  await db.destroy();
  const raw = new BetterSqlite3(file);
  const insert = raw.prepare('insert into tags (id, slug, name) values (?, ?, ?)');
  // Filler so the copy has megabytes to move while the writer runs.
  raw.transaction(() => {
    for (let i = 0; i < fillerRows; i++) insert.run(`fill-${i}`, `fill-${i}`, 'f'.repeat(2000));
  })();
  raw.close();
}

function oneLineError(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DatabaseConfigError);
      const message = (error as Error).message;
      expect(message.split('\n')).toHaveLength(1);
      return message;
    },
  );
}

describe('db:backup and db:restore (SQLite)', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-backup-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('npm run db:backup copies a database another connection is writing to, keeping every acknowledged row', async () => {
    const file = path.join(folder, 'live.db');
    await migratedDatabase(file, 5000);
    const writer = startWriter(file);
    try {
      while (writer.state.acknowledged < 200) await new Promise((resolve) => setImmediate(resolve));
      const acknowledgedBefore = writer.state.acknowledged;
      const out = path.join(folder, 'live-backup.db');
      const run = await npmRun('db:backup', [out], `file:${file}`);
      const acknowledgedAfter = writer.state.acknowledged;
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout.trim()).toMatch(new RegExp(`^Backed up to ${out}: \\d+ pages, [\\d.]+ MB in \\d+ ms\\.$`));
      // The writer really ran during the backup.
      expect(acknowledgedAfter).toBeGreaterThan(acknowledgedBefore + 50);
      expect(fs.existsSync(`${out}.partial`)).toBe(false);

      const copy = inspect(out);
      expect(copy.check).toBe('ok');
      for (let n = 1; n <= acknowledgedBefore; n++) expect(copy.ids.has(loadId(n))).toBe(true);
      // A snapshot: rows form a prefix of the writer's sequence, never a torn set.
      expect(copy.ids.has(loadId(copy.ids.size))).toBe(true);

      await writer.stop();
      await restoreDatabase(`file:${file}`, out);
      const restored = inspect(file);
      expect(restored.check).toBe('ok');
      expect(restored.ids).toEqual(copy.ids);
    } finally {
      await writer.stop();
    }
  }, 60_000);

  it('refuses an existing file unless --force, and a missing database', async () => {
    const file = path.join(folder, 'small.db');
    await migratedDatabase(file, 0);
    const out = path.join(folder, 'exists.db');
    fs.writeFileSync(out, 'keep me');
    expect(await oneLineError(backupDatabase(`file:${file}`, out))).toBe(
      `${out} already exists: choose another name or add --force to overwrite it.`,
    );
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    await backupDatabase(`file:${file}`, out, { force: true });
    expect(inspect(out).check).toBe('ok');

    const missing = path.join(folder, 'missing.db');
    expect(await oneLineError(backupDatabase(`file:${missing}`, path.join(folder, 'm.bak')))).toMatch(/^There is no SQLite database at /);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('npm run db:backup refuses PostgreSQL with the pg_dump command, in one line and exit 1', async () => {
    const run = await npmRun('db:backup', ['site.dump'], 'postgres://meridian:s3cret@db.internal:5432/news?schema=t_x');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('pg_dump --format=custom --file="site.dump" --schema=t_x --dbname="postgres://meridian@db.internal:5432/news"');
    expect(run.stderr).not.toContain('s3cret');
  }, 60_000);

  it('restores a backup round trip, keeping the replaced database and migrating an older backup', async () => {
    const file = path.join(folder, 'site.db');
    await migratedDatabase(file, 10);
    const out = path.join(folder, 'site-backup.db');
    await backupDatabase(`file:${file}`, out);
    // Make the backup look older: as if taken before the latest migration existed.
    // (the latest migration's own `down`, whichever migration that is by now).
    const latest = Object.keys(migrations).sort().at(-1) ?? '';
    const older = createDb(`file:${out}`);
    await migrations[latest]!.down!(older);
    await sql`delete from kysely_migration where name = ${latest}`.execute(older);
    await older.destroy();
    // The site moves on after the backup.
    const live = new BetterSqlite3(file);
    live.prepare('delete from tags').run();
    live.close();

    const now = new Date('2026-01-02T03:04:05.678Z');
    const result = await restoreDatabase(`file:${file}`, out, now);
    expect(result).toEqual({
      database: file,
      previous: `${file}.before-restore-2026-01-02T03-04-05-678Z`,
      migrationsApplied: 1,
    });
    const restored = inspect(file);
    expect(restored.check).toBe('ok');
    expect(restored.migrated).toEqual(Object.keys(migrations).sort());
    const db = new BetterSqlite3(file, { readonly: true });
    expect((db.prepare('select count(*) as n from tags').get() as { n: number }).n).toBe(10);
    db.close();
    const previous = new BetterSqlite3(result.previous ?? '', { readonly: true });
    expect((previous.prepare('select count(*) as n from tags').get() as { n: number }).n).toBe(0);
    previous.close();
    expect(fs.existsSync(`${file}.restore-partial`)).toBe(false);
  });

  it.each([
    ['a damaged file', (f: string) => fs.writeFileSync(f, Buffer.alloc(8192, 0x5a)), /is not a readable SQLite database/],
    [
      'a foreign SQLite database',
      (f: string) => {
        const other = new BetterSqlite3(f);
        other.exec('create table notes (body text)');
        other.close();
      },
      /is an SQLite database but not a Meridian one \(no kysely_migration table\)/,
    ],
  ])('db:restore refuses %s and leaves the current database untouched', async (_case, make, message) => {
    const file = path.join(folder, `keep-${_case.replace(/\W+/g, '-')}.db`);
    await migratedDatabase(file, 3);
    const bytes = fs.readFileSync(file);
    const bad = path.join(folder, `bad-${_case.replace(/\W+/g, '-')}.db`);
    make(bad);
    expect(await oneLineError(restoreDatabase(`file:${file}`, bad))).toMatch(message);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(folder).filter((name) => name.startsWith(path.basename(file)) && name !== path.basename(file))).toEqual([]);
  });

  it('db:restore refuses while another connection has the database open', async () => {
    const file = path.join(folder, 'busy.db');
    await migratedDatabase(file, 3);
    const out = path.join(folder, 'busy-backup.db');
    await backupDatabase(`file:${file}`, out);
    // An idle site: the connection is open in WAL mode, holding no lock.
    const site = new BetterSqlite3(file);
    site.pragma('journal_mode = WAL');
    site.prepare('select count(*) from tags').get();
    try {
      expect(await oneLineError(restoreDatabase(`file:${file}`, out))).toBe(
        `The database ${file} is in use (is the site running?): stop every Meridian process, then restore.`,
      );
      expect(fs.readdirSync(folder).some((name) => name.startsWith('busy.db.before-restore'))).toBe(false);
    } finally {
      site.close();
    }
    await restoreDatabase(`file:${file}`, out);
  });
});
