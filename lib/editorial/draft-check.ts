import 'server-only';
import type { Kysely } from 'kysely';
import { listAuthors, listSections, listTags } from '@/lib/content/repository';
import type { Author, Section } from '@/lib/content/schema';
import type { Database } from '@/lib/db/database';
import type { DraftFormValues } from './draft-form';
import { loadDraftLookups } from './draft-lookups';
import { freeSlug, type EditableArticle } from './draft-store';
import { parseDraftText, resolveDraftText } from './draft-text';
import { checkDraftForm, type DraftCheck } from './draft-validation';
import { slugify } from './slugify';

/**
 * The typed form judged against the database as a save would judge it (sections, authors, topics,
 * picture sizes, Read more targets, active newsletters): one path for saves and for the live preview,
 * so the preview never shows what a save would refuse.
 */

export type CheckedDraft = (DraftCheck & { ok: false }) | { ok: true; snapshot: Extract<DraftCheck, { ok: true }>['snapshot']; sections: Section[]; authors: Author[] };

async function suggestedSlug(db: Kysely<Database>, values: DraftFormValues, current: EditableArticle | null): Promise<string> {
  if (values.slug.trim() !== '') return '';
  const base = slugify(values.headline) || current?.snapshot.slug || `article-${new Date().toISOString().slice(0, 10)}`;
  return freeSlug(db, base, current?.id ?? null);
}

export async function checkDraft(db: Kysely<Database>, values: DraftFormValues, current: EditableArticle | null): Promise<CheckedDraft> {
  const parsed = parseDraftText(values.body);
  const [lookups, sections, authors, tags, slug] = await Promise.all([
    loadDraftLookups(db, parsed, values.heroSrc.trim() ? [values.heroSrc.trim()] : []),
    listSections(db),
    listAuthors(db),
    listTags(db),
    suggestedSlug(db, values, current),
  ]);
  const check = checkDraftForm(values, {
    sections,
    authors,
    tags,
    body: resolveDraftText(parsed, lookups),
    imageSize: lookups.imageSize,
    suggestedSlug: slug,
    current: current?.snapshot ?? null,
  });
  return check.ok ? { ...check, sections, authors } : check;
}
