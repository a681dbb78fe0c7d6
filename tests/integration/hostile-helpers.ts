import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';

/**
 * The hostile-input corpus runner (not a test file itself). Each case sends one request to a real
 * route handler on a real database; the runner checks what a client and an operator would notice:
 * the status is the one the case expects (a clear 4xx, or a named redirect/2xx where that is the
 * right answer), no 5xx, no stack trace or file path in the body, and every table exactly as it was.
 */

export interface HostileCase {
  name: string;
  send: () => Promise<Response>;
  /** The status (or statuses) this case must get. */
  expect: number | readonly number[];
  /** Extra checks of the answer (e.g. a redirect stays on our origin); return a problem or null. */
  check?: (response: Response, body: string) => string | null;
}

export interface CaseResult {
  name: string;
  status: number;
  problems: string[];
}

export interface CorpusReport {
  results: CaseResult[];
  /** Every problem, one line each: `<case>: <problem>`. Empty when the corpus passed. */
  problems: string[];
  serverErrors: number;
  casesThatChangedRows: number;
}

/** Stack frames, source paths, or error class names leaking out of a handler. */
const LEAK = /\n\s+at\s|\bat .+\(.+:\d+:\d+\)|node_modules|\/work\/|webpack-internal|(?:Type|Reference|Syntax|Range)Error\b/;

export type TableDigest = Record<string, { rows: number; hash: string }>;

async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const sqlite = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
    .execute(db)
    .catch(() => null);
  if (sqlite) return sqlite.rows.map((row) => row.name).sort();
  const pg = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return pg.rows.map((row) => row.name).sort();
}

/** Row count and a content hash of every table (the audit trail and the mail outbox included). */
export async function digestTables(db: Kysely<Database>): Promise<TableDigest> {
  const digest: TableDigest = {};
  for (const table of await tableNames(db)) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    // Sorted serialisations: the hash is about content, not the order a database happens to return.
    const lines = rows.rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))).sort();
    digest[table] = { rows: lines.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) };
  }
  return digest;
}

export function changedTables(before: TableDigest, after: TableDigest): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name]?.hash !== after[name]?.hash || before[name]?.rows !== after[name]?.rows).sort();
}

/** Runs every case in order against `db`; never throws for a bad answer, it reports it. */
export async function runCorpus(db: Kysely<Database>, cases: readonly HostileCase[], options: { beforeCase?: () => void } = {}): Promise<CorpusReport> {
  const results: CaseResult[] = [];
  for (const item of cases) {
    options.beforeCase?.();
    const before = await digestTables(db);
    const problems: string[] = [];
    let status = 0;
    try {
      const response = await item.send();
      status = response.status;
      const body = await response.text();
      const expected = typeof item.expect === 'number' ? [item.expect] : item.expect;
      if (!expected.includes(status)) problems.push(`status ${status}, expected ${expected.join(' or ')}`);
      if (status >= 500) problems.push(`server error ${status}`);
      if (LEAK.test(body)) problems.push(`body leaks internals: ${JSON.stringify(body.slice(0, 160))}`);
      const extra = item.check?.(response, body);
      if (extra) problems.push(extra);
    } catch (error) {
      status = 500;
      problems.push(`handler threw: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const changed = changedTables(before, await digestTables(db));
    if (changed.length > 0) problems.push(`changed rows in ${changed.join(', ')}`);
    results.push({ name: item.name, status, problems });
  }
  return {
    results,
    problems: results.flatMap((result) => result.problems.map((problem) => `${result.name}: ${problem}`)),
    serverErrors: results.filter((result) => result.status >= 500).length,
    casesThatChangedRows: results.filter((result) => result.problems.some((problem) => problem.startsWith('changed rows'))).length,
  };
}

/** The one line each suite prints, so the figures in the report come from the run itself. */
export function summary(label: string, report: CorpusReport): string {
  const statuses = new Map<number, number>();
  for (const result of report.results) statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
  const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}x${count}`).join(' ');
  return `[hostile ${label}] ${report.results.length} cases, ${report.serverErrors} 5xx, ${report.casesThatChangedRows} rows changed (${byStatus})`;
}

/** A body of `bytes` sent in 64 KiB chunks with no Content-Length (a chunked upload). */
export function chunkedBody(bytes: number, fill = 'a'): { body: ReadableStream<Uint8Array>; duplex: 'half' } {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) {
        controller.close();
        return;
      }
      const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
  return { body, duplex: 'half' };
}

/** The check for redirects: a Location on `origin` (or relative), never another site. */
export function staysOn(origin: string): (response: Response) => string | null {
  return (response) => {
    const location = response.headers.get('location');
    if (location === null) return null;
    const target = new URL(location, origin);
    return target.origin === origin ? null : `redirects off-site to ${location}`;
  };
}

/** No session cookie may be handed out by a refused request. */
export function issuesNoSession(response: Response): string | null {
  const issued = response.headers.getSetCookie().find((line) => /^(__Secure-)?next-auth\.session-token(\.\d+)?=[^;]+/.test(line));
  return issued ? `issued a session cookie: ${issued.slice(0, 60)}` : null;
}

export function allOf(...checks: ((response: Response, body: string) => string | null)[]): (response: Response, body: string) => string | null {
  return (response, body) => checks.map((check) => check(response, body)).find((problem) => problem !== null) ?? null;
}

/** Path ids and slugs an attacker tries: traversal, encodings, control and invisible characters, sizes. */
export const HOSTILE_IDS: readonly string[] = [
  '',
  '.',
  '..',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '..\\..\\windows',
  '/etc/passwd',
  'demo-001/../demo-002',
  'demo-001%00',
  'demo-001\u0000',
  'demo-001\r\nX-Injected: 1',
  'DEMO-001',
  'demo-001 ',
  ' demo-001',
  'demo\u2011001',
  'demo-\u0661\u0662',
  'ｄｅｍｏ-001',
  'demo-001\u202e',
  '\u200bdemo-001',
  'demo-001\ufeff',
  "' OR '1'='1",
  '1; DROP TABLE articles; --',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '%',
  '%%32%65',
  'a'.repeat(65),
  'a'.repeat(10_000),
  '😀',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

/** Where a request says it comes from: our own page, another site (with or without Sec-Fetch-Site), a sandbox, or no browser. */
export type RequestOrigin = 'same' | 'cross' | 'foreign-origin' | 'null-origin' | 'none';

/** The Origin and Sec-Fetch-Site headers a browser sends for `origin`, on the site at `site`. */
export function originHeaders(origin: RequestOrigin, site: string): Record<string, string> {
  if (origin === 'same') return { origin: site, 'sec-fetch-site': 'same-origin' };
  if (origin === 'cross') return { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };
  if (origin === 'foreign-origin') return { origin: 'https://evil.example' };
  if (origin === 'null-origin') return { origin: 'null' };
  return {};
}
