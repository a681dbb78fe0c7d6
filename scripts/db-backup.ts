import { parseArgs } from 'node:util';
import { backupDatabase } from '@/lib/db/backup';
import { getEnv } from '@/lib/env';
import { runCommand, UsageError } from './run-command';

/**
 * `npm run db:backup -- FILE [--force]`: a consistent copy of the SQLite database named by
 * DATABASE_URL, safe while the site is serving and writing. PostgreSQL: use pg_dump (README).
 */
const USAGE = 'Usage: npm run db:backup -- FILE [--force]';

async function main() {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean', default: false }, help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`Expected exactly one backup FILE.\n${USAGE}`);
  const result = await backupDatabase(getEnv().DATABASE_URL, file, { force: values.force });
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1);
  console.log(`Backed up to ${result.file}: ${result.pages} pages, ${megabytes} MB in ${Math.round(result.milliseconds)} ms.`);
}

runCommand(main, USAGE);
