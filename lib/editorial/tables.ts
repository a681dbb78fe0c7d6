/**
 * Row type of draft revisions (migration 0007_article_drafts). Same conventions as lib/db/tables.ts.
 */

export const REVISION_KINDS = ['save', 'restore', 'baseline', 'conflict'] as const;
/**
 * save / restore: a version an editor saved (restore = an older snapshot saved again);
 * baseline: the text as it was before its first save here (seeded, or changed through the JSON API);
 * conflict: a save refused because someone else saved first, kept so nothing typed is lost.
 */
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface ArticleRevisionsTable {
  id: string;
  article_id: string;
  /** The article version this snapshot is; for a conflict, the version its editor started from. */
  version: number;
  kind: RevisionKind;
  /** Null for baselines (nobody saved them here). */
  editor_id: string | null;
  /** For kind 'restore': the version whose snapshot was restored. */
  restored_from: number | null;
  created_at: string;
  /** JSON ArticleSnapshot. */
  snapshot: string;
  /**
   * Autosaves (migration 0010): when the streak of autosaves this row stands for began; null for
   * every other revision. A kind 'save' row with this set is shown as "Autosaved".
   */
  autosave_since: string | null;
}

export interface EditorialTables {
  article_revisions: ArticleRevisionsTable;
}
