import type { DatabaseTarget } from './database-url';

/**
 * A database problem the operator must fix (bad URL, server down, unwritable folder, failed
 * migration). Its message is ONE readable line saying what to fix; start-up prints only that line.
 */
export class DatabaseConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseConfigError';
  }
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorLike;
  if (typeof e.code === 'string') return e.code;
  // Node's happy-eyeballs connect reports an AggregateError whose parts carry the code.
  if (Array.isArray(e.errors)) return e.errors.map(codeOf).find(Boolean);
  return undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? '';
  return String(error);
}

/**
 * better-sqlite3 loads a native binary: the prebuilt one its package ships (Node-API, so one
 * binary serves every supported Node.js), or one built from source. It is missing on a platform
 * without a prebuilt binary or in a damaged install, and unloadable when the system's C library
 * is too old for the prebuilt one.
 */
const MISSING_BINDING_LINE =
  `The SQLite driver (better-sqlite3) has no native binary that loads on Node.js ${process.version} (${process.platform}-${process.arch}): ` +
  'reinstall with "npm ci", or build it from source with "npm run build-release --prefix node_modules/better-sqlite3".';

function isMissingNativeBinding(code: string | undefined, message: string): boolean {
  if (code === 'ERR_DLOPEN_FAILED') return true;
  return code === 'MODULE_NOT_FOUND' && /better_sqlite3\.node|better-sqlite3[\\/]prebuilds/.test(message);
}

/**
 * Turns a low-level connection/open error into the one line an operator needs, or returns null
 * when the error is not about configuration (a bug should keep its stack).
 */
export function describeConnectionError(error: unknown, target: DatabaseTarget): DatabaseConfigError | null {
  if (error instanceof DatabaseConfigError) return error;
  const code = codeOf(error);
  const message = messageOf(error);
  const wrap = (line: string) => new DatabaseConfigError(line, { cause: error });

  if (target.dialect === 'sqlite') {
    if (isMissingNativeBinding(code, message)) return wrap(MISSING_BINDING_LINE);
    const hint = 'Set DATABASE_URL=file:/writable/path.db';
    switch (code) {
      case 'SQLITE_CANTOPEN':
        return wrap(`Cannot open the SQLite database ${target.file}: the file or its folder is not accessible. ${hint}`);
      case 'SQLITE_READONLY':
      case 'SQLITE_READONLY_DIRECTORY':
        return wrap(`The SQLite database ${target.file} is read-only: give the app write access to the file and its folder. ${hint}`);
      case 'SQLITE_NOTADB':
      case 'SQLITE_CORRUPT':
        return wrap(`${target.file} is not a valid SQLite database (${message}). Point DATABASE_URL at another file or restore a backup.`);
      case 'SQLITE_FULL':
        return wrap(`The disk holding ${target.file} is full. Free space or move the database (DATABASE_URL).`);
      case 'SQLITE_BUSY':
        return wrap(`The SQLite database ${target.file} stayed locked by another process. Stop other processes using it and retry.`);
      default:
        return null;
    }
  }

  const where = `PostgreSQL at ${target.address} (DATABASE_URL)`;
  switch (code) {
    case 'ECONNREFUSED':
      return wrap(`Cannot reach ${where}: connection refused. Is the server running?`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return wrap(`Cannot reach ${where}: the host name does not resolve. Check the host in DATABASE_URL.`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return wrap(`Cannot reach ${where}: the connection timed out. Check the host, port and firewall.`);
    case 'ECONNRESET':
      return wrap(`${where} closed the connection during start-up. Check that the port belongs to PostgreSQL and SSL settings match.`);
    case '28P01':
    case '28000':
      return wrap(`${where} rejected the login: check the user and password in DATABASE_URL (${message}).`);
    case '3D000':
      return wrap(`The database "${target.database}" does not exist on ${where}: create it (createdb ${target.database}) or fix DATABASE_URL.`);
    case '42501':
      return wrap(`The DATABASE_URL user lacks a permission Meridian needs (${message}). Grant it CREATE on the database/schema.`);
    case '53300':
      return wrap(`${where} has no free connections (${message}). Raise max_connections or stop other clients.`);
    default:
      if (/timeout/i.test(message)) {
        return wrap(`Cannot reach ${where}: the connection timed out. Check the host, port and firewall.`);
      }
      if (/SSL|certificate/i.test(message)) {
        return wrap(`SSL negotiation with ${where} failed (${message}). Adjust sslmode in DATABASE_URL.`);
      }
      return null;
  }
}

/** For filesystem errors while preparing the SQLite data folder. */
export function describeFolderError(error: unknown, folder: string): DatabaseConfigError {
  const code = codeOf(error);
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EROFS'
        ? 'read-only file system'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a file is in the way'
          : messageOf(error);
  return new DatabaseConfigError(
    `Cannot write the SQLite database folder ${folder}: ${reason}. Set DATABASE_URL=file:/writable/path.db`,
    { cause: error },
  );
}

export { messageOf as firstLineOf, codeOf as errorCodeOf };

/** A unique constraint refused a write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY). */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
