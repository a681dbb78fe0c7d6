import { DatabaseConfigError } from '@/lib/db/client';
import { EnvError } from '@/lib/env';

/**
 * How the database and mail commands (db:*, mail:retry) end: an operator's mistake (bad
 * configuration, bad arguments) is one line on stderr, anything else the whole error; exit 1.
 */

/** A wrong command line: printed as it is, with the command's usage line in its message. */
export class UsageError extends Error {}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

export function runCommand(main: () => Promise<void>, usage?: string): void {
  main().catch((error: unknown) => {
    if (error instanceof DatabaseConfigError || error instanceof EnvError || error instanceof UsageError) {
      console.error(error.message);
    } else if (isParseArgsError(error)) {
      console.error(usage ? `${error.message}\n${usage}` : error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  });
}
