import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/database';
import { editorEmailSchema, normaliseEmail } from './email';
import { hashPassword } from './password';
import { EDITOR_ROLES, type EditorRole } from './tables';

/**
 * Editor accounts. Only the CLI (scripts/editor-*.ts) creates, disables and resets accounts;
 * the web app only reads them. The password hash never leaves this module and lib/auth/credentials.ts.
 */

export interface Editor {
  id: string;
  email: string;
  name: string;
  role: EditorRole;
  disabledAt: string | null;
  sessionVersion: number;
}

export const newEditorSchema = z.object({
  email: editorEmailSchema,
  name: z.string().trim().min(1, 'A name is required').max(120),
  role: z.enum(EDITOR_ROLES).default('editor'),
});
export type NewEditor = z.input<typeof newEditorSchema>;

export class EditorAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorAccountError';
  }
}

interface EditorRow {
  id: string;
  email: string;
  name: string;
  role: EditorRole;
  disabled_at: string | null;
  session_version: number;
}

function toEditor(row: EditorRow): Editor {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabledAt: row.disabled_at,
    sessionVersion: Number(row.session_version),
  };
}

const editorColumns = ['id', 'email', 'name', 'role', 'disabled_at', 'session_version'] as const;

export async function findEditorById(db: Kysely<Database>, id: string): Promise<Editor | null> {
  const row = await db.selectFrom('editors').select(editorColumns).where('id', '=', id).executeTakeFirst();
  return row ? toEditor(row) : null;
}

export async function findEditorByEmail(db: Kysely<Database>, email: string): Promise<Editor | null> {
  const row = await db
    .selectFrom('editors')
    .select(editorColumns)
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row ? toEditor(row) : null;
}

/** The account and its hash, for the credentials check only. */
export async function findCredentials(
  db: Kysely<Database>,
  email: string,
): Promise<(Editor & { passwordHash: string }) | null> {
  const row = await db
    .selectFrom('editors')
    .select([...editorColumns, 'password_hash'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row ? { ...toEditor(row), passwordHash: row.password_hash } : null;
}

export async function createEditor(db: Kysely<Database>, input: NewEditor, password: string): Promise<Editor> {
  const editor = newEditorSchema.parse(input);
  if (await findEditorByEmail(db, editor.email)) {
    throw new EditorAccountError(`An editor with the address ${editor.email} already exists`);
  }
  const now = new Date().toISOString();
  const id = randomUUID();
  await db
    .insertInto('editors')
    .values({
      id,
      email: editor.email,
      name: editor.name,
      role: editor.role,
      password_hash: await hashPassword(password),
      disabled_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const created = await findEditorById(db, id);
  if (!created) throw new EditorAccountError('The editor was not saved');
  return created;
}

async function requireByEmail(db: Kysely<Database>, email: string): Promise<Editor> {
  const editor = await findEditorByEmail(db, email);
  if (!editor) throw new EditorAccountError(`No editor has the address ${normaliseEmail(email)}`);
  return editor;
}

/** Disables the account and ends every session it has (next request). Idempotent. */
export async function disableEditor(db: Kysely<Database>, email: string): Promise<Editor> {
  const editor = await requireByEmail(db, email);
  const now = new Date().toISOString();
  await db
    .updateTable('editors')
    .set({ disabled_at: editor.disabledAt ?? now, session_version: sql<number>`session_version + 1`, updated_at: now })
    .where('id', '=', editor.id)
    .execute();
  return (await findEditorById(db, editor.id)) ?? editor;
}

/** Re-enables a disabled account; old sessions stay dead because the version was bumped. */
export async function enableEditor(db: Kysely<Database>, email: string): Promise<Editor> {
  const editor = await requireByEmail(db, email);
  await db
    .updateTable('editors')
    .set({ disabled_at: null, updated_at: new Date().toISOString() })
    .where('id', '=', editor.id)
    .execute();
  return (await findEditorById(db, editor.id)) ?? editor;
}

/** Sets a new password and signs the account out everywhere. */
export async function resetEditorPassword(db: Kysely<Database>, email: string, password: string): Promise<Editor> {
  const editor = await requireByEmail(db, email);
  const passwordHash = await hashPassword(password);
  await db
    .updateTable('editors')
    .set({
      password_hash: passwordHash,
      session_version: sql<number>`session_version + 1`,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', editor.id)
    .execute();
  return (await findEditorById(db, editor.id)) ?? editor;
}
