/**
 * Row type of unsaved previews (migration 0011_unsaved_previews). Same conventions as lib/db/tables.ts.
 */
export interface UnsavedPreviewsTable {
  /** Random and unguessable; the preview frame's address carries it. */
  id: string;
  /** Only this editor may see it. */
  editor_id: string;
  /** Null while a new article has not been saved yet. */
  article_id: string | null;
  /** Goes up with every refresh, so the frame and the card image never show a stale copy. */
  revision: number;
  /** JSON Article, composed from the form exactly as a save would write it. */
  article: string;
  updated_at: string;
  /** Gone after this (an editor who stops typing has no use for it). */
  expires_at: string;
}

export interface UnsavedPreviewTables {
  unsaved_previews: UnsavedPreviewsTable;
}
