import type { z } from 'zod';
import { LIMITS, type Block } from '@/lib/content/schema';

/**
 * A schema problem in one block, in an editor's words. The block schemas (lib/content/schema.ts)
 * decide what is valid; this only says it in plain language instead of "Too big: expected string…".
 */

const FIELD_NAMES: Record<string, string> = {
  text: 'the text',
  alt: 'the picture description',
  caption: 'the caption',
  credit: 'the credit',
  attribution: 'the attribution',
  title: 'the embed title',
  description: 'the embed description',
  url: 'the embed address',
  width: 'the picture width',
  height: 'the picture height',
  content: 'this paragraph',
  items: 'this list',
};

const BLOCK_NAMES: Record<Block['type'], string> = {
  paragraph: 'paragraph',
  heading: 'subheading',
  image: 'picture',
  quote: 'quote',
  list: 'list',
  readMore: 'Read more card',
  newsletterPromo: 'newsletter promo',
  embed: 'embed',
};

const number = (value: number | bigint) => Number(value).toLocaleString('en-GB');

function tooBig(field: string, issue: z.core.$ZodIssue): string {
  const maximum = 'maximum' in issue ? Number(issue.maximum) : Number.NaN;
  if (field === 'content') return `this paragraph changes between bold, italic, links and plain text too often (at most ${number(LIMITS.inlinesPerParagraph)} pieces): split it in two`;
  if (field === 'items') return `a list can have at most ${number(maximum)} items`;
  if (field === 'width' || field === 'height') return `${FIELD_NAMES[field]} can be at most ${number(maximum)} pixels`;
  return `${FIELD_NAMES[field] ?? 'this'} is too long: at most ${number(maximum)} characters`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** The words for `issue` found in `block` (a candidate shaped like a Block). */
export function describeBlockIssue(block: { type: Block['type'] }, issue: z.core.$ZodIssue): string {
  const type = block.type;
  const value = valueAt(block, issue.path);
  const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string') ?? '';
  const name = FIELD_NAMES[field] ?? `this ${BLOCK_NAMES[type]}`;
  if (field === 'href') {
    return `the link address '${String(value).slice(0, 60)}' cannot be used: links start with https:// or http://, or are a path on this site such as /news/…`;
  }
  if (field === 'src') {
    return `the picture address '${String(value).slice(0, 60)}' cannot be used: it must start with https:// or be a path on this site such as /images/…`;
  }
  if (field === 'url' && issue.code === 'custom') {
    const provider = (block as { provider?: string }).provider ?? '';
    return `this address does not belong to ${provider}: check the embed's provider`;
  }
  if (field === 'url') return 'the embed address must be a full https:// address';
  if (field === 'newsletter') return 'the newsletter must be named by its short name, e.g. morning-briefing';
  switch (issue.code) {
    case 'too_big':
      return tooBig(field, issue);
    case 'too_small':
      return `${name} is missing`;
    default:
      return `${name} is not valid (${issue.message})`;
  }
}
