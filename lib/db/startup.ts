import 'server-only';
import { EnvError } from '@/lib/env';
import { DatabaseConfigError, getDb } from './client';

/**
 * Called from instrumentation.ts when a Node.js server starts: opens (migrates, and on first run
 * seeds) the database before the first request. A configuration mistake ends the process with
 * ONE readable line on stderr and exit code 1, never a stack trace on the first page view.
 */
export async function openDatabaseAtStartup(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    if (error instanceof DatabaseConfigError || error instanceof EnvError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
