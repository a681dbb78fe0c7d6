import { articleSnapshotSchema, type ArticleSnapshot } from '@/lib/content/article-snapshot';
import { isSafeImageSrc } from '@/lib/content/safe-url';
import { LIMITS, SLUG_PATTERN, type AuthorRef, type SectionRef, type TagRef } from '@/lib/content/schema';
import type { DraftField, DraftFormValues, FieldErrors } from './draft-form';
import type { ResolvedText, TextError } from './draft-text';
import { slugify } from './slugify';

/**
 * The typed form -> an ArticleSnapshot, or the errors to show beside each field, in words an
 * editor understands. The content schemas stay the judge: the snapshot is parsed by
 * articleSnapshotSchema at the end; the checks before it exist to say what is wrong in plain words.
 */

export interface DraftContext {
  sections: readonly SectionRef[];
  authors: readonly AuthorRef[];
  tags: readonly TagRef[];
  /** The body, already parsed and resolved by the server (lib/editorial/draft-submission.ts). */
  body: ResolvedText;
  imageSize(src: string): { width: number; height: number } | undefined;
  /** Used when the slug field is left empty (a free slug made from the headline). */
  suggestedSlug: string;
  /** The stored snapshot, for what the form does not edit (the social image). */
  current: ArticleSnapshot | null;
}

export type DraftCheck = { ok: true; snapshot: ArticleSnapshot } | { ok: false; fieldErrors: FieldErrors; bodyErrors: TextError[] };

const LANGUAGES = new Set(['en', 'ar']);
const MAX_TAGS = 30;
const MAX_AUTHORS = 10;
const TAG_NAME_MAX = 80;
const n = (value: number) => value.toLocaleString('en-GB');

function tooLong(what: string, value: string, max: number): string | undefined {
  return value.length > max ? `${what} can be at most ${n(max)} characters; this one has ${n(value.length)}.` : undefined;
}

function topics(input: string, known: readonly TagRef[]): { tags: TagRef[]; error?: string } {
  const names = input
    .split(',')
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const bySlug = new Map(known.map((tag) => [tag.slug, tag]));
  const byName = new Map(known.map((tag) => [tag.name.toLowerCase(), tag]));
  const chosen = new Map<string, TagRef>();
  for (const name of names) {
    if (name.length > TAG_NAME_MAX) return { tags: [], error: `A topic name can be at most ${TAG_NAME_MAX} characters: “${name.slice(0, 30)}…” is longer.` };
    const existing = byName.get(name.toLowerCase()) ?? bySlug.get(slugify(name, 120));
    const tag = existing ?? { slug: slugify(name, 120), name };
    if (tag.slug === '') return { tags: [], error: `Each topic needs at least one letter a–z or digit: “${name}” has none.` };
    if (!chosen.has(tag.slug)) chosen.set(tag.slug, tag);
  }
  if (chosen.size > MAX_TAGS) return { tags: [], error: `An article can have at most ${MAX_TAGS} topics; this one has ${chosen.size}.` };
  return { tags: [...chosen.values()] };
}

function pixels(value: string): number | null | 'bad' {
  if (value.trim() === '') return null;
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= 1 && number <= 10_000 ? number : 'bad';
}

function heroSize(values: DraftFormValues, context: DraftContext, errors: FieldErrors): { width: number; height: number } | null {
  const width = pixels(values.heroWidth);
  const height = pixels(values.heroHeight);
  if (width === 'bad') errors.heroWidth = 'The width must be a whole number of pixels from 1 to 10,000.';
  if (height === 'bad') errors.heroHeight = 'The height must be a whole number of pixels from 1 to 10,000.';
  if (width === 'bad' || height === 'bad') return null;
  if (width !== null && height !== null) return { width, height };
  if ((width === null) !== (height === null)) {
    errors[width === null ? 'heroWidth' : 'heroHeight'] = 'Give both the width and the height, or leave both empty.';
    return null;
  }
  const size = values.heroSrc ? context.imageSize(values.heroSrc.trim()) : undefined;
  if (!size && values.heroSrc && !errors.heroSrc) {
    errors.heroWidth = 'Give the picture’s width and height in pixels: they are filled in by themselves only for pictures stored on this site.';
  }
  return size ?? null;
}

/** Where a schema problem at `path` is shown, if one slips past the checks above. */
function fieldOf(path: readonly PropertyKey[]): DraftField {
  const [top, inner] = path;
  if (top === 'hero') return inner === 'alt' ? 'heroAlt' : inner === 'caption' ? 'heroCaption' : inner === 'credit' ? 'heroCredit' : 'heroSrc';
  if (top === 'social') return inner === 'description' ? 'socialDescription' : 'socialTitle';
  if (typeof top === 'string' && (DRAFT_FIELD_SET as Set<string>).has(top)) return top as DraftField;
  return 'body';
}
const DRAFT_FIELD_SET = new Set<string>(['headline', 'standfirst', 'slug', 'section', 'language', 'tags', 'authors', 'body']);

export function checkDraftForm(values: DraftFormValues, context: DraftContext): DraftCheck {
  const errors: FieldErrors = {};
  const headline = values.headline.trim();
  const standfirst = values.standfirst.trim();
  if (headline === '') errors.headline = 'Write a headline.';
  else errors.headline = tooLong('A headline', headline, LIMITS.headline);
  errors.standfirst = tooLong('The standfirst', standfirst, LIMITS.standfirst);

  const typedSlug = values.slug.trim().toLowerCase();
  if (typedSlug !== '' && !SLUG_PATTERN.test(typedSlug)) {
    errors.slug = 'An address may use only lower-case letters a–z, digits and hyphens, at most 120 characters (for example port-strike-day-two).';
  }
  const slug = typedSlug || context.suggestedSlug;

  if (!context.sections.some((section) => section.slug === values.section)) errors.section = 'Choose a section.';
  if (!LANGUAGES.has(values.language)) errors.language = 'Choose the language the article is written in.';

  const tags = topics(values.tags, context.tags);
  errors.tags = tags.error;

  const authors = [...new Set(values.authors)];
  if (authors.length === 0) errors.authors = 'Choose at least one author.';
  else if (authors.length > MAX_AUTHORS) errors.authors = `An article can have at most ${MAX_AUTHORS} authors.`;
  else if (!authors.every((slug) => context.authors.some((author) => author.slug === slug))) errors.authors = 'Choose the authors from the list.';

  const socialTitle = values.socialTitle.trim();
  const socialDescription = values.socialDescription.trim();
  errors.socialTitle = tooLong('The social headline', socialTitle, LIMITS.headline);
  errors.socialDescription = tooLong('The social description', socialDescription, LIMITS.standfirst);

  const heroSrc = values.heroSrc.trim();
  if (heroSrc === '') errors.heroSrc = 'Add a main picture: the address of an image, for example /images/demo/harbour-cranes.jpg.';
  else if (!isSafeImageSrc(heroSrc) || heroSrc.length > 2048) errors.heroSrc = 'A picture address must start with https:// or be a path on this site such as /images/….';
  const heroAlt = values.heroAlt.trim();
  if (heroAlt === '') errors.heroAlt = 'Describe the main picture for people who cannot see it.';
  else errors.heroAlt = tooLong('The picture description', heroAlt, LIMITS.alt);
  const heroCaption = values.heroCaption.trim();
  const heroCredit = values.heroCredit.trim();
  errors.heroCaption = tooLong('The caption', heroCaption, LIMITS.caption);
  errors.heroCredit = tooLong('The credit', heroCredit, LIMITS.credit);
  const size = heroSize(values, context, errors);

  const bodyErrors = context.body.ok ? [] : context.body.errors;
  if (bodyErrors.length > 0) errors.body = bodyErrors.length === 1 ? 'The text has a problem: see below.' : `The text has ${bodyErrors.length} problems: see below.`;

  const present = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FieldErrors;
  if (Object.keys(present).length > 0 || !size || !context.body.ok) return { ok: false, fieldErrors: present, bodyErrors };

  const candidate = {
    slug,
    section: values.section,
    language: values.language,
    headline,
    standfirst,
    hero: { src: heroSrc, alt: heroAlt, ...(heroCaption ? { caption: heroCaption } : {}), ...(heroCredit ? { credit: heroCredit } : {}), ...size },
    body: context.body.body,
    authors,
    tags: tags.tags,
    social: {
      ...(socialTitle ? { title: socialTitle } : {}),
      ...(socialDescription ? { description: socialDescription } : {}),
      ...(context.current?.social.image ? { image: context.current.social.image } : {}),
    },
  };
  const parsed = articleSnapshotSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, snapshot: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, fieldErrors: { [fieldOf(issue?.path ?? [])]: `This is not valid: ${issue?.message ?? 'unknown problem'}.` }, bodyErrors: [] };
}
