import { EditorAccountError, findEditorByEmail, resetEditorPassword } from '@/lib/auth/editors';
import { fail, parseCommandArgs, readNewPassword, withDatabase } from './editor-shared';

const USAGE = `Usage: npm run editor:reset-password -- --email name@example.org
The new password is read from a hidden prompt, or from the first line of stdin when piped.
Every existing session of that editor ends, and every preview share link they made stops working.`;

async function main(): Promise<void> {
  const args = parseCommandArgs({ email: { type: 'string' } }, USAGE);
  if (!args.email) fail(USAGE);
  const email = String(args.email);
  // Fail before asking for a password nobody can use.
  const exists = await withDatabase((db) => findEditorByEmail(db, email));
  if (!exists) fail(`No editor has the address ${email.trim().toLowerCase()}`);
  const password = await readNewPassword();
  const editor = await withDatabase((db) => resetEditorPassword(db, email, password));
  process.stdout.write(`Password changed for ${editor.email}; their sessions have ended.\n`);
}

main().catch((error: unknown) => {
  if (error instanceof EditorAccountError) fail(error.message);
  fail(`Could not reset the password: ${(error as Error).message}`);
});
