/**
 * @jest-environment node
 *
 * Bad configuration must stop start-up with one line that says what to fix (issue 2), never a
 * stack dump: malformed or unreachable DATABASE_URL, an unwritable data folder, a failed migration.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseConfigError, openDatabase } from '@/lib/db/client';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { describeConnectionError, describeFolderError } from '@/lib/db/errors';
import { EnvError, parseEnv } from '@/lib/env';
import { describeIfPostgres, TEST_POSTGRES_URL } from '@/tests/helpers/db';

const ROOT = path.resolve(__dirname, '../..');

async function openError(url: string): Promise<DatabaseConfigError> {
  try {
    const db = await openDatabase(url, { seedDemo: false });
    await db.destroy();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseConfigError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return error as DatabaseConfigError;
  }
  throw new Error(`openDatabase(${url}) unexpectedly succeeded`);
}

describe('environment', () => {
  it('has working defaults with nothing set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATABASE_URL: 'file:.data/meridian.db',
      SITE_URL: 'http://localhost:3000',
      SEED_DEMO: true,
      databaseDialect: 'sqlite',
      TRUST_PROXY: false,
    });
  });

  it('does not seed demo content into PostgreSQL unless asked', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/news' }).SEED_DEMO).toBe(false);
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db:5432/news', SEED_DEMO: 'true' }).SEED_DEMO).toBe(true);
    expect(parseEnv({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', SITE_URL: '  ' }).DATABASE_URL).toBe('file:.data/meridian.db');
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/x', /^DATABASE_URL is not a valid URL: expected file:/],
    ['SITE_URL', 'not a url', /^SITE_URL is invalid: expected an http\(s\) URL/],
    ['SEED_DEMO', 'maybe', /^SEED_DEMO is invalid: expected true or false/],
    ['PREVIEW_SHARE_TTL_HOURS', '-3', /^PREVIEW_SHARE_TTL_HOURS is invalid: expected a positive number/],
    ['SMTP_URL', 'http://mail', /^SMTP_URL is invalid: expected smtp:/],
  ])('names the variable when %s=%s is malformed', (name, value, message) => {
    let thrown: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    expect((thrown as EnvError).variable).toBe(name);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe('DATABASE_URL parsing', () => {
  it('resolves file: paths against the working directory, or takes them as absolute', () => {
    expect(parseDatabaseUrl('file:.data/x.db', '/srv/app')).toEqual({ dialect: 'sqlite', file: '/srv/app/.data/x.db' });
    expect(parseDatabaseUrl('file:/var/lib/m.db', '/srv/app')).toEqual({ dialect: 'sqlite', file: '/var/lib/m.db' });
    expect(parseDatabaseUrl('file:///var/lib/m.db', '/srv/app')).toEqual({ dialect: 'sqlite', file: '/var/lib/m.db' });
  });

  it('takes ?schema= off the PostgreSQL URL and never puts the password in the address', () => {
    const target = parseDatabaseUrl('postgresql://u:secret@db.internal:6543/news?schema=t_1&sslmode=require');
    expect(target).toEqual({
      dialect: 'postgres',
      connectionString: 'postgresql://u:secret@db.internal:6543/news?sslmode=require',
      schema: 't_1',
      address: 'db.internal:6543',
      database: 'news',
    });
  });

  it('rejects an unsafe schema name and unknown schemes', () => {
    expect(() => parseDatabaseUrl('postgres://u@h/d?schema=x;drop')).toThrow(/invalid schema parameter/);
    expect(() => parseDatabaseUrl('mysql://h/d')).toThrow(/^DATABASE_URL is not a valid URL: expected file:/);
    expect(() => parseDatabaseUrl('file:')).toThrow(DatabaseConfigError);
  });
});

describe('opening a database with bad configuration', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-config-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('says PostgreSQL is unreachable, naming host and port', async () => {
    const error = await openError('postgres://postgres@127.0.0.1:5999/test');
    expect(error.message).toBe('Cannot reach PostgreSQL at 127.0.0.1:5999 (DATABASE_URL): connection refused. Is the server running?');
  });

  it('says the SQLite folder cannot be written, and how to fix it', async () => {
    const blocker = path.join(folder, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const error = await openError(`file:${blocker}/meridian.db`);
    expect(error.message).toBe(
      `Cannot write the SQLite database folder ${blocker}: a file is in the way. Set DATABASE_URL=file:/writable/path.db`,
    );
  });

  it('words permission problems plainly (root bypasses chmod, so the errno is simulated)', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, mkdir'), { code: 'EACCES' });
    expect(describeFolderError(denied, '/srv/data').message).toBe(
      'Cannot write the SQLite database folder /srv/data: permission denied. Set DATABASE_URL=file:/writable/path.db',
    );
  });

  it.each([
    ['no prebuilt binary for this platform', Object.assign(new Error("Cannot find module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nRequire stack:\n- /app/node_modules/better-sqlite3/lib/binding.js"), { code: 'MODULE_NOT_FOUND' })],
    ['a C library too old for the prebuilt binary', Object.assign(new Error("/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /app/node_modules/better-sqlite3/prebuilds/linux-x64.node)"), { code: 'ERR_DLOPEN_FAILED' })],
  ])('says how to reinstall or build the SQLite driver when its native binary cannot load (%s)', (_case, error) => {
    const described = describeConnectionError(error, { dialect: 'sqlite', file: '/srv/data/meridian.db' });
    expect(described?.message.split('\n')).toHaveLength(1);
    expect(described?.message).toMatch(/^The SQLite driver \(better-sqlite3\) has no native binary that loads on Node\.js v\d+.*"npm ci".*build-release/);
  });

  it('keeps the stack of a missing module that is not the SQLite driver (a bug, not a setup problem)', () => {
    const error = Object.assign(new Error("Cannot find module './no-such-file'"), { code: 'MODULE_NOT_FOUND' });
    expect(describeConnectionError(error, { dialect: 'sqlite', file: '/srv/data/meridian.db' })).toBeNull();
  });

  it('says a file that is not a database is not a database', async () => {
    const file = path.join(folder, 'notes.txt');
    fs.writeFileSync(file, 'these are not the tables you are looking for '.repeat(200));
    const error = await openError(`file:${file}`);
    expect(error.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a valid SQLite database`));
  });

  it('names the migration that failed', async () => {
    const file = path.join(folder, 'conflict.db');
    const raw = new BetterSqlite3(file);
    raw.exec('create table sections (something_else integer)');
    raw.close();
    const error = await openError(`file:${file}`);
    expect(error.message).toMatch(/^Database migration 0001_content failed: .*sections.* Fix the cause and restart/);
    // The failed run was rolled back as a whole: nothing half-applied.
    const check = new BetterSqlite3(file);
    const tables = check.prepare("select name from sqlite_master where type = 'table' and name = 'articles'").all();
    check.close();
    expect(tables).toEqual([]);
  });

  it('stops `npm run db:migrate` with that one line and exit code 1', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/db-migrate.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5999/test' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('Cannot reach PostgreSQL at 127.0.0.1:5999 (DATABASE_URL): connection refused. Is the server running?\n');
  }, 30_000);
});

describeIfPostgres('opening PostgreSQL with bad configuration', () => {
  it('says which database does not exist', async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = '/meridian_no_such_database';
    const error = await openError(url.toString());
    expect(error.message).toMatch(/^The database "meridian_no_such_database" does not exist on PostgreSQL at 127\.0\.0\.1:5432/);
  });
});
