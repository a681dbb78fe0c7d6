import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { newPasswordSchema } from '@/lib/auth/password';

/**
 * Shared plumbing for the editor account commands (scripts/editor-*.ts). They run under
 * `tsx --conditions=react-server` so `server-only` modules load outside Next.js.
 * Passwords come from a prompt that does not echo, or from the first line of stdin when it is
 * not a terminal (`printf '%s\n' "$PW" | npm run editor:create -- …`). They are never printed,
 * logged or accepted as a command-line argument (which would land in shell history and `ps`).
 */

export function parseCommandArgs<T extends ParseArgsConfig['options']>(options: T, usage: string) {
  try {
    const { values } = parseArgs({ options, allowPositionals: false, strict: true });
    return values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`);
  }
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Reads a line from a TTY with echo off. Ctrl-C aborts, Backspace works. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let value = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}

async function readFirstStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}

/** A new password that satisfies the policy: asked twice on a terminal, or one stdin line. */
export async function readNewPassword(): Promise<string> {
  let password: string;
  if (process.stdin.isTTY) {
    password = await promptHidden('New password (at least 12 characters, not shown): ');
    const again = await promptHidden('Repeat the password: ');
    if (password !== again) fail('The two passwords differ; nothing was changed.');
  } else {
    password = await readFirstStdinLine();
  }
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) fail(`${checked.error.issues[0]?.message ?? 'Password rejected'}; nothing was changed.`);
  return password;
}

/** Opens (and migrates) the configured database, runs `work`, and always closes it. */
export async function withDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const env = getEnv();
  const db = await openDatabase(env.DATABASE_URL, { seedDemo: false });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
