import { z } from 'zod';
import type { ArticleSnapshot } from '@/lib/content/article-snapshot';
import type { TextError } from './draft-text';

/**
 * The edit form as it travels: what the editor typed (always strings, so a refused save shows it
 * back untouched), the errors beside each field, and the version the form started from. Shared by
 * the server action and the form component; no database here.
 */

export const DRAFT_FIELDS = [
  'headline',
  'standfirst',
  'slug',
  'section',
  'language',
  'tags',
  'authors',
  'socialTitle',
  'socialDescription',
  'heroSrc',
  'heroAlt',
  'heroCaption',
  'heroCredit',
  'heroWidth',
  'heroHeight',
  'body',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export type DraftFormValues = Record<Exclude<DraftField, 'authors'>, string> & { authors: string[] };

export type FieldErrors = Partial<Record<DraftField, string>>;

export interface DraftFormState {
  status: 'editing' | 'invalid' | 'conflict' | 'failed';
  values: DraftFormValues;
  fieldErrors: FieldErrors;
  /** Problems in the body text, each with its line. */
  bodyErrors: TextError[];
  /** The article being edited (null on the new-article page). */
  articleId: string | null;
  /** The version the form started from (sent back with the save). */
  version: number | null;
  /** After a refused save: the version someone else saved, and the kept copy of this editor's text. */
  conflict?: { currentVersion: number; keptRevisionId: string };
  /** A message for the whole form (e.g. the database was away). */
  message?: string;
}

export const EMPTY_VALUES: DraftFormValues = {
  headline: '',
  standfirst: '',
  slug: '',
  section: '',
  language: 'en',
  tags: '',
  authors: [],
  socialTitle: '',
  socialDescription: '',
  heroSrc: '',
  heroAlt: '',
  heroCaption: '',
  heroCredit: '',
  heroWidth: '',
  heroHeight: '',
  body: '',
};

/** Generous caps on what is read from a post at all; the content limits are checked afterwards. */
const MAX_FIELD = 2_000;
const MAX_BODY = 600_000;

// Over-long text is cut to the cap (the content limits below it report the length in words);
// NUL characters, which PostgreSQL cannot store in text and no editor means, are dropped.
const text = (max: number) =>
  z
    .string()
    .catch('')
    .transform((value) => value.slice(0, max).replace(/\u0000/g, ''));
const formSchema = z.object({
  headline: text(MAX_FIELD),
  standfirst: text(MAX_FIELD),
  slug: text(MAX_FIELD),
  section: text(200),
  language: text(20),
  tags: text(MAX_FIELD * 2),
  authors: z.array(z.string().max(200)).catch([]).transform((slugs) => slugs.slice(0, 50)),
  socialTitle: text(MAX_FIELD),
  socialDescription: text(MAX_FIELD),
  heroSrc: text(MAX_FIELD * 2),
  heroAlt: text(MAX_FIELD),
  heroCaption: text(MAX_FIELD),
  heroCredit: text(MAX_FIELD),
  heroWidth: text(20),
  heroHeight: text(20),
  body: text(MAX_BODY),
});

const controlMeta = z.object({
  articleId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).nullable().catch(null),
  version: z.coerce.number().int().positive().max(1_000_000_000).nullable().catch(null),
  overwrite: z.coerce.number().int().positive().max(1_000_000_000).nullable().catch(null),
});

const stringOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined);

/** The fields of a posted form (anything missing, oversized or not text reads as empty). */
export function readDraftForm(form: FormData): { values: DraftFormValues; articleId: string | null; version: number | null; overwrite: number | null } {
  const raw = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, field === 'authors' ? form.getAll(field).filter((v) => typeof v === 'string') : stringOf(form.get(field))]));
  const values = formSchema.parse(raw);
  const meta = controlMeta.parse({
    articleId: stringOf(form.get('articleId')) ?? null,
    version: stringOf(form.get('version')) || null,
    overwrite: stringOf(form.get('overwrite')) || null,
  });
  return { values: { ...values, body: values.body.replace(/\r\n?/g, '\n') }, ...meta };
}

/** Whether the posted body was cut off by the read cap above (then the save must be refused). */
export function bodyTooLong(form: FormData): boolean {
  const body = form.get('body');
  return typeof body === 'string' && body.length > MAX_BODY;
}

/** The form filled from a stored snapshot; `body` is its text form, made by the caller. */
export function valuesOfSnapshot(snapshot: ArticleSnapshot, body: string): DraftFormValues {
  return {
    headline: snapshot.headline,
    standfirst: snapshot.standfirst,
    slug: snapshot.slug,
    section: snapshot.section,
    language: snapshot.language,
    tags: snapshot.tags.map((tag) => tag.name).join(', '),
    authors: snapshot.authors,
    socialTitle: snapshot.social.title ?? '',
    socialDescription: snapshot.social.description ?? '',
    heroSrc: snapshot.hero.src,
    heroAlt: snapshot.hero.alt,
    heroCaption: snapshot.hero.caption ?? '',
    heroCredit: snapshot.hero.credit ?? '',
    heroWidth: String(snapshot.hero.width),
    heroHeight: String(snapshot.hero.height),
    body,
  };
}

export function initialFormState(values: DraftFormValues, articleId: string | null, version: number | null): DraftFormState {
  return { status: 'editing', values, fieldErrors: {}, bodyErrors: [], articleId, version };
}
