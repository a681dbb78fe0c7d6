import type { Generated } from 'kysely';

/**
 * Row types for editor accounts (migration 0003_editors; its preview_shares table is in
 * lib/preview/share-tables.ts).
 * Same conventions as lib/db/tables.ts: ISO-8601 UTC text timestamps, integers for counters.
 */

export const EDITOR_ROLES = ['editor', 'admin'] as const;
export type EditorRole = (typeof EDITOR_ROLES)[number];

export interface EditorsTable {
  id: string;
  /** Normalised (trimmed, NFC, lower-case): the unique sign-in name. */
  email: string;
  name: string;
  /** argon2id PHC string; never leaves lib/auth. */
  password_hash: string;
  role: EditorRole;
  /** Set when the account is disabled; sessions die on their next request. */
  disabled_at: string | null;
  /**
   * Copied into the session token at sign-in. Disabling or resetting the password bumps it,
   * so every token issued before that stops being accepted by requireEditor().
   */
  session_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AuthTables {
  editors: EditorsTable;
}
