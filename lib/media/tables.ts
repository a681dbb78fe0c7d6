/**
 * Row type of uploaded pictures (migration 0008_media). Same conventions as lib/db/tables.ts.
 * The file itself lives in the media Storage under `key`; the row is what makes it servable.
 */

export interface MediaTable {
  /** The storage key and the last segment of the picture's address: 32 hex digits and an extension. */
  key: string;
  /** The stored (re-encoded) file's type: image/jpeg, image/png, image/webp or image/avif. */
  mime: string;
  width: number;
  height: number;
  /** Size of the stored file. */
  bytes: number;
  /** The description typed at upload, offered as the picture's alt text. */
  alt: string | null;
  uploaded_by: string;
  created_at: string;
}

export interface MediaTables {
  media: MediaTable;
}
