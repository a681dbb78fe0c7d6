import { createEditor, EditorAccountError } from '@/lib/auth/editors';
import { fail, parseCommandArgs, readNewPassword, withDatabase } from './editor-shared';

const USAGE = `Usage: npm run editor:create -- --email name@example.org --name "Full Name" [--role editor|admin]
The password is read from a hidden prompt, or from the first line of stdin when piped.`;

async function main(): Promise<void> {
  const args = parseCommandArgs(
    { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    USAGE,
  );
  if (!args.email || !args.name) fail(USAGE);
  const role = args.role === undefined ? undefined : args.role === 'admin' ? 'admin' : args.role === 'editor' ? 'editor' : fail(USAGE);
  const password = await readNewPassword();
  const editor = await withDatabase((db) =>
    createEditor(db, { email: String(args.email), name: String(args.name), role }, password),
  );
  process.stdout.write(`Created ${editor.role} ${editor.email} (${editor.id}).\n`);
}

main().catch((error: unknown) => {
  if (error instanceof EditorAccountError) fail(error.message);
  const issues = (error as { issues?: { message: string }[] }).issues;
  fail(issues?.[0]?.message ?? `Could not create the editor: ${(error as Error).message}`);
});
