import 'server-only';
import type { Kysely } from 'kysely';
import { listNewsletters } from '@/lib/content/repository';
import type { Database } from '@/lib/db/database';
import { uploadedPictureSizes } from '@/lib/media/repository';
import { routes } from '@/lib/routes';
import { draftTextReferences, type DraftLookups, type ParsedText } from './draft-text';
import { localImageSize } from './local-image-size';

/**
 * What the body text's parser cannot know by itself, loaded in a few queries before resolving:
 * picture sizes, which article each "Read more" names, the active newsletters.
 */

/** A Read more reference as an editor may paste it: a full URL, /section/slug, a slug, or an id. */
function slugOrIdOf(ref: string): string {
  let pathname = ref.trim();
  try {
    if (/^https?:\/\//i.test(pathname)) pathname = new URL(pathname).pathname;
  } catch {
    return pathname;
  }
  return pathname.replace(/^\/+|\/+$/g, '').split('/').pop() ?? pathname;
}

async function articleIds(db: Kysely<Database>, refs: readonly string[]): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const keys = [...new Set(refs.map(slugOrIdOf))].filter(Boolean).slice(0, 500);
  if (keys.length === 0) return new Map();
  const rows = await db.selectFrom('articles').select(['id', 'slug']).where((eb) => eb.or([eb('slug', 'in', keys), eb('id', 'in', keys)])).execute();
  const byKey = new Map<string, string>();
  for (const row of rows) byKey.set(row.id, row.id);
  for (const row of rows) byKey.set(row.slug, row.id);
  return new Map(refs.map((ref) => [ref, byKey.get(slugOrIdOf(ref))]).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** The size of each picture: files under public/ by their header, uploaded pictures (/media/…) by their row. */
export async function pictureSizes(db: Kysely<Database>, sources: readonly string[]): Promise<Map<string, { width: number; height: number } | undefined>> {
  const [files, uploaded] = await Promise.all([Promise.all(sources.map(async (src) => [src, await localImageSize(src)] as const)), uploadedPictureSizes(db, sources)]);
  return new Map([...files, ...uploaded]);
}

export async function loadDraftLookups(db: Kysely<Database>, parsed: ParsedText, extraImages: readonly string[] = []): Promise<DraftLookups> {
  const { imageSources, readMoreRefs } = draftTextReferences(parsed);
  const sources = [...new Set([...imageSources, ...extraImages])].slice(0, 200);
  const [sizeOf, ids, newsletters] = await Promise.all([pictureSizes(db, sources), articleIds(db, readMoreRefs), listNewsletters(db, { activeOnly: true })]);
  return {
    imageSize: (src) => sizeOf.get(src),
    articleIdFor: (ref) => ids.get(ref),
    activeNewsletters: newsletters.map((newsletter) => newsletter.slug),
  };
}

/** /section/slug of each article id, for writing Read more cards back as text. */
export async function articlePaths(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .select(['a.id', 'a.slug', 's.slug as section'])
    .where('a.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, routes.article(row.section, row.slug)]));
}
