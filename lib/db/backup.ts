import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseConfigError, createDb, migrateToLatest } from './client';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url';
import { errorCodeOf, firstLineOf } from './errors';

/**
 * `npm run db:backup` / `npm run db:restore` for SQLite (issue 12). Every refusal is a
 * DatabaseConfigError whose message is one line, so the scripts print it without a stack.
 */

export interface BackupResult {
  file: string;
  pages: number;
  bytes: number;
  milliseconds: number;
}

export interface RestoreResult {
  database: string;
  /** Where the database that was replaced now lives (null when there was none). */
  previous: string | null;
  migrationsApplied: number;
}

type PostgresTarget = Extract<DatabaseTarget, { dialect: 'postgres' }>;

/** DATABASE_URL for pg_dump/pg_restore: libpq rejects our ?schema=, and messages never show the password. */
function pgCommandArgs(target: PostgresTarget): string {
  const url = new URL(target.connectionString);
  url.password = '';
  return `${target.schema ? `--schema=${target.schema} ` : ''}--dbname="${url.toString()}"`;
}

function sqliteFile(url: string, postgresHint: (target: PostgresTarget) => string): string {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'postgres') {
    throw new DatabaseConfigError(`DATABASE_URL points at PostgreSQL (${target.address}): ${postgresHint(target)}`);
  }
  return target.file;
}

function refuse(message: string, cause?: unknown): DatabaseConfigError {
  return new DatabaseConfigError(message, cause === undefined ? undefined : { cause });
}

/** Makes a finished file durable before it is renamed into place. */
function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies the live database with SQLite's online backup API; safe while the site serves and writes. */
export async function backupDatabase(url: string, outFile: string, options: { force?: boolean } = {}): Promise<BackupResult> {
  const source = sqliteFile(
    url,
    (t) => `db:backup handles SQLite only. Back up with pg_dump: pg_dump --format=custom --file="${outFile}" ${pgCommandArgs(t)}`,
  );
  const out = path.resolve(outFile);
  if (!fs.existsSync(source)) throw refuse(`There is no SQLite database at ${source} (DATABASE_URL): nothing to back up.`);
  if (out === source) throw refuse(`The backup file must not be the database itself (${source}).`);
  if (fs.existsSync(out) && !options.force) throw refuse(`${out} already exists: choose another name or add --force to overwrite it.`);
  if (!fs.existsSync(path.dirname(out))) throw refuse(`The folder ${path.dirname(out)} does not exist: create it first.`);

  const partial = `${out}.partial`;
  // A .partial left by an interrupted run is garbage by definition.
  fs.rmSync(partial, { force: true });
  const started = performance.now();
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(source, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    // Copy every remaining page in one step: one read transaction is one consistent snapshot (WAL
    // readers never block the site's writers), whereas small steps restart whenever the site writes.
    const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
    db.close();
    db = undefined;
    fsyncFile(partial);
    const bytes = fs.statSync(partial).size;
    fs.renameSync(partial, out);
    return { file: out, pages: totalPages, bytes, milliseconds: performance.now() - started };
  } catch (error) {
    db?.close();
    fs.rmSync(partial, { force: true });
    if (error instanceof DatabaseConfigError) throw error;
    throw refuse(`Backup of ${source} failed: ${firstLineOf(error)} (${errorCodeOf(error) ?? 'no code'}).`, error);
  }
}

/**
 * Throws unless nothing else has `file` open. The site keeps the file open in WAL mode without
 * holding a lock while idle, so BEGIN EXCLUSIVE alone would pass; leaving WAL mode needs every
 * other connection gone (SQLITE_BUSY otherwise) and checkpoints the WAL into the file as it goes.
 */
function assertNotInUse(file: string): void {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 500');
    db.exec('begin exclusive; rollback');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw Object.assign(new Error(`journal mode stayed ${String(mode)}`), { code: 'SQLITE_BUSY' });
  } catch (error) {
    if ((errorCodeOf(error) ?? '').startsWith('SQLITE_BUSY')) {
      throw refuse(`The database ${file} is in use (is the site running?): stop every Meridian process, then restore.`, error);
    }
    throw refuse(`Cannot open the current database ${file}: ${firstLineOf(error)}.`, error);
  } finally {
    db.close();
  }
}

/** Throws unless `file` is an intact SQLite database with Meridian's migration table. */
function assertMeridianBackup(file: string, shownAs: string): void {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true });
    const problems = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      throw refuse(`${shownAs} fails integrity_check (${problems[0]?.integrity_check ?? 'no answer'}): it is damaged, restore another backup.`);
    }
    const migrated = db.prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!migrated) throw refuse(`${shownAs} is an SQLite database but not a Meridian one (no kysely_migration table).`);
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    throw refuse(`${shownAs} is not a readable SQLite database (${firstLineOf(error)}): restore another backup.`, error);
  } finally {
    db?.close();
  }
}

function countMigrations(file: string): number {
  // Not readonly: a read-only last connection cannot remove the -wal/-shm files on close.
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Replaces the (stopped) site's SQLite database with `backupFile`, then migrates it. */
export async function restoreDatabase(url: string, backupFile: string, now: Date = new Date()): Promise<RestoreResult> {
  const target = sqliteFile(
    url,
    (t) => `db:restore handles SQLite only. Restore with pg_restore: pg_restore --clean --if-exists --no-owner ${pgCommandArgs(t)} "${backupFile}"`,
  );
  const source = path.resolve(backupFile);
  if (!fs.existsSync(source)) throw refuse(`There is no backup file at ${source}.`);
  if (source === target) throw refuse(`The backup file is the database itself (${target}).`);
  const exists = fs.existsSync(target);

  // Checked on a copy beside the database, so the bytes verified are the bytes renamed into place;
  // checked before the in-use test, so refusing a bad file leaves the current database byte for byte.
  const staged = `${target}.restore-partial`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, staged);
  try {
    assertMeridianBackup(staged, source);
    fsyncFile(staged);
    if (exists) assertNotInUse(target);
  } catch (error) {
    fs.rmSync(staged, { force: true });
    fs.rmSync(`${staged}-journal`, { force: true });
    throw error;
  }

  let previous: string | null = null;
  if (exists) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(target, previous);
  }
  // assertNotInUse checkpointed the WAL into the old file; leftovers would be replayed onto the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staged, target);

  const before = countMigrations(target);
  const db = createDb(url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return { database: target, previous, migrationsApplied: countMigrations(target) - before };
}
