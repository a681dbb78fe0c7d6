import path from 'node:path';
import { DatabaseConfigError } from './errors';

/** Where the database lives, decoded from DATABASE_URL. */
export type DatabaseTarget =
  | { dialect: 'sqlite'; /** Absolute path of the database file. */ file: string }
  | {
      dialect: 'postgres';
      /** DATABASE_URL without our own `schema` parameter (pg would not understand it). */
      connectionString: string;
      /** `?schema=NAME`: an isolated schema (tests use one per run); created when missing. */
      schema: string | null;
      /** host:port for messages; never includes the password. */
      address: string;
      database: string;
    };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/i;

/**
 * Decodes DATABASE_URL. `file:` paths are relative to the working directory (`file:.data/x.db`)
 * or absolute (`file:/var/lib/meridian/x.db`, `file:///var/lib/…`).
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith('file:')) {
    let rest = url.slice('file:'.length);
    if (rest.startsWith('//')) {
      try {
        rest = decodeURIComponent(new URL(url).pathname);
      } catch {
        throw invalid();
      }
    }
    rest = rest.split('?')[0] ?? '';
    if (!rest) throw invalid();
    return { dialect: 'sqlite', file: path.resolve(cwd, rest) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw invalid();
    }
    const schema = parsed.searchParams.get('schema');
    if (schema !== null && !SCHEMA_NAME.test(schema)) {
      throw new DatabaseConfigError(
        `DATABASE_URL has an invalid schema parameter "${schema}": use letters, digits and _ (at most 63 characters).`,
      );
    }
    parsed.searchParams.delete('schema');
    const port = parsed.port || '5432';
    return {
      dialect: 'postgres',
      connectionString: parsed.toString(),
      schema,
      address: `${parsed.hostname || 'localhost'}:${port}`,
      database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.username || 'postgres',
    };
  }
  throw invalid();
}

function invalid(): DatabaseConfigError {
  return new DatabaseConfigError(
    'DATABASE_URL is not a valid URL: expected file:path/to/meridian.db (SQLite) or postgres://user@host:5432/database (PostgreSQL).',
  );
}
