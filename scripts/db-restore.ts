import { parseArgs } from 'node:util';
import { restoreDatabase } from '@/lib/db/backup';
import { DatabaseConfigError } from '@/lib/db/client';
import { EnvError, getEnv } from '@/lib/env';

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

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof DatabaseConfigError || error instanceof EnvError || error instanceof UsageError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`${error.message}\n${USAGE}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
