import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getEnv } from '@/lib/env';

/**
 * The secret that signs editor sessions (next-auth JWTs) and preview share links.
 *
 * NEXTAUTH_SECRET wins when set (required when several app processes share sessions). When it
 * is missing, a random one is generated once and kept in `.data/auth-secret` (mode 0600, beside
 * the SQLite database, git-ignored), so `npm run build && npm start` works on a fresh clone and
 * sessions survive restarts. Deleting that file signs every editor out and voids share links.
 */

export const SECRET_FILE = path.join('.data', 'auth-secret');

function readSecretFile(file: string): string | null {
  try {
    const value = fs.readFileSync(file, 'utf8').trim();
    return value.length >= 32 ? value : null;
  } catch {
    return null;
  }
}

/** Creates the file atomically (write a temp file, then hard-link it) so racing processes agree. */
function createSecretFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, secret, { mode: 0o600 });
  try {
    fs.linkSync(temp, file);
    console.warn(`[auth] NEXTAUTH_SECRET is not set: generated one and saved it in ${file}`);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const existing = readSecretFile(file);
    if (!existing) throw new Error(`${file} exists but holds no usable secret: delete it or set NEXTAUTH_SECRET`);
    return existing;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

let cached: string | undefined;

export function getAuthSecret(): string {
  if (cached) return cached;
  const fromEnv = getEnv().NEXTAUTH_SECRET;
  if (fromEnv) {
    cached = fromEnv;
    return cached;
  }
  const file = path.resolve(process.cwd(), SECRET_FILE);
  cached = readSecretFile(file) ?? createSecretFile(file);
  return cached;
}
