import { parseArgs } from 'node:util';
import { restoreDatabase } from '@/lib/db/backup';
import { getEnv } from '@/lib/env';
import { runCommand, UsageError } from './run-command';

/**
 * `npm run db:restore -- FILE`: with the site stopped, replaces the SQLite database named by
 * DATABASE_URL with a backup (kept: the old one as <db>.before-restore-<time>), then migrates it.
 */
const USAGE = 'Usage: npm run db:restore -- FILE   (stop the site first)';

async function main() {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`Expected exactly one backup FILE.\n${USAGE}`);
  const result = await restoreDatabase(getEnv().DATABASE_URL, file);
  console.log(
    `Restored ${result.database} from ${file} (${result.migrationsApplied} migrations applied).` +
      (result.previous ? ` The previous database is kept as ${result.previous}.` : ''),
  );
}

runCommand(main, USAGE);
