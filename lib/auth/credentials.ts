import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/database';
import { findCredentials, type Editor } from './editors';
import { normaliseEmail } from './email';
import { verifyPassword } from './password';

/** What the sign-in form posts. Bounded so a huge field cannot cost more than a normal one. */
export const credentialsSchema = z.object({
  // No control characters: PostgreSQL refuses a NUL in a query parameter with an error that
  // next-auth would put in the redirect URL (and it would skip the one argon2 run below).
  email: z.string().max(254).regex(/^[^\u0000-\u001f\u007f]*$/).transform(normaliseEmail),
  password: z.string().min(1).max(1024),
});

/**
 * The credentials check behind next-auth's Credentials provider. Unknown address, wrong password,
 * disabled account and malformed input all answer `null` after one argon2 verification, so neither
 * the answer nor its timing tells an attacker which case they hit.
 */
export async function authenticateEditor(db: Kysely<Database>, input: unknown): Promise<Editor | null> {
  const parsed = credentialsSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : '';
  const password = parsed.success ? parsed.data.password : '';
  const account = email ? await findCredentials(db, email) : null;
  const matches = await verifyPassword(account?.passwordHash ?? null, password);
  if (!parsed.success || !account || !matches || account.disabledAt !== null) return null;
  const { passwordHash: _omit, ...editor } = account;
  void _omit;
  return editor;
}
