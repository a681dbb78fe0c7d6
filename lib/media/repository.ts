import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/database';
import { mediaKeyOf } from './media-key';
import type { MediaTable } from './tables';

/** Reads and writes of the media table (plain queries taking the database first, like lib/content/repository.ts). */

export async function insertMedia(db: Kysely<Database>, row: MediaTable): Promise<void> {
  await db.insertInto('media').values(row).execute();
}

export async function findMedia(db: Kysely<Database>, key: string): Promise<MediaTable | undefined> {
  return db.selectFrom('media').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Width and height of each uploaded picture among `sources` (/media/… addresses), by source; others are left out. */
export async function uploadedPictureSizes(db: Kysely<Database>, sources: readonly string[]): Promise<Map<string, { width: number; height: number }>> {
  const keys = new Map(sources.flatMap((src) => { const key = mediaKeyOf(src); return key ? [[key, src] as const] : []; }));
  if (keys.size === 0) return new Map();
  const rows = await db.selectFrom('media').select(['key', 'width', 'height']).where('key', 'in', [...keys.keys()]).execute();
  return new Map(rows.map((row) => [keys.get(row.key) ?? row.key, { width: Number(row.width), height: Number(row.height) }]));
}
