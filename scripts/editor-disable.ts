import { disableEditor, EditorAccountError, enableEditor } from '@/lib/auth/editors';
import { fail, parseCommandArgs, withDatabase } from './editor-shared';

const USAGE = `Usage: npm run editor:disable -- --email name@example.org [--enable]
Disabling ends the editor's sessions and kills the preview share links they made, on the next request.
--enable lets the account sign in again (sessions and share links from before the disable stay dead).`;

async function main(): Promise<void> {
  const args = parseCommandArgs({ email: { type: 'string' }, enable: { type: 'boolean' } }, USAGE);
  if (!args.email) fail(USAGE);
  const email = String(args.email);
  const editor = await withDatabase((db) => (args.enable ? enableEditor(db, email) : disableEditor(db, email)));
  process.stdout.write(`${editor.email} is now ${editor.disabledAt ? 'disabled' : 'enabled'}.\n`);
}

main().catch((error: unknown) => {
  if (error instanceof EditorAccountError) fail(error.message);
  fail(`Could not change the editor: ${(error as Error).message}`);
});
