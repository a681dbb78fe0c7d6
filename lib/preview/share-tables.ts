/**
 * Row type of preview share links (migration 0003_editors, with created_session_version from
 * 0004_share_session_version). Same conventions as lib/db/tables.ts.
 */
export interface PreviewSharesTable {
  id: string;
  article_id: string;
  /** SHA-256 of the whole share token: a database leak does not yield working links. */
  token_hash: string;
  created_by: string;
  /** The creator's session_version when the link was made: the link dies when it changes. */
  created_session_version: number;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface PreviewShareTables {
  preview_shares: PreviewSharesTable;
}
