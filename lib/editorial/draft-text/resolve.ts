import { blockSchema, EMBED_PROVIDERS, LIMITS, type Block } from '@/lib/content/schema';
import { providerForUrl } from './directives';
import { describeBlockIssue } from './messages';
import { parseDraftText } from './parse';
import type { BlockCandidate, DraftLookups, LocatedCandidate, ParsedText, ResolvedText, TextError } from './types';

/**
 * Block candidates -> blocks of the content model: sizes and article ids filled in from the
 * lookups, then every block validated by the content schema itself (blockSchema), so the text
 * format can never let through what the JSON API would refuse.
 */

/** What the lookups must answer for this text: pictures without a size, Read more references. */
export function draftTextReferences(parsed: ParsedText): { imageSources: string[]; readMoreRefs: string[] } {
  const imageSources = new Set<string>();
  const readMoreRefs = new Set<string>();
  for (const { candidate } of parsed.blocks) {
    if (candidate.type === 'image' && candidate.image.width === undefined) imageSources.add(candidate.image.src);
    if (candidate.type === 'readMore') readMoreRefs.add(candidate.ref);
  }
  return { imageSources: [...imageSources], readMoreRefs: [...readMoreRefs] };
}

type Filled = { ok: true; block: unknown } | { ok: false; message: string };

const providerNames = Object.keys(EMBED_PROVIDERS).join(', ');

function fill(candidate: BlockCandidate, lookups: DraftLookups): Filled {
  switch (candidate.type) {
    case 'image': {
      const { width, height } = candidate.image;
      if (width !== undefined && height !== undefined) return { ok: true, block: candidate };
      const size = lookups.imageSize(candidate.image.src);
      if (!size) {
        return {
          ok: false,
          message: 'give the picture’s size in pixels, e.g. {width=1600 height=900} (it is read by itself only for pictures stored on this site)',
        };
      }
      return { ok: true, block: { type: 'image', image: { ...candidate.image, ...size } } };
    }
    case 'readMore': {
      const articleId = lookups.articleIdFor(candidate.ref);
      if (!articleId) return { ok: false, message: `no story found at '${candidate.ref.slice(0, 80)}': paste its address (e.g. /news/some-story) or its short name` };
      return { ok: true, block: { type: 'readMore', articleId } };
    }
    case 'newsletterPromo': {
      if (!lookups.activeNewsletters.includes(candidate.newsletter)) {
        const choices = lookups.activeNewsletters.length ? `choose one of ${lookups.activeNewsletters.join(', ')}` : 'there are none at the moment';
        return { ok: false, message: `'${candidate.newsletter.slice(0, 60)}' is not an active newsletter: ${choices}` };
      }
      return { ok: true, block: candidate };
    }
    case 'embed': {
      if (!/^https:\/\//i.test(candidate.url)) return { ok: false, message: 'an embed address must start with https://' };
      const provider = candidate.provider ?? providerForUrl(candidate.url);
      if (!provider) {
        return { ok: false, message: `embeds come from ${providerNames} (a Mastodon post looks like https://server/@name/123); this address is none of them` };
      }
      if (candidate.title === undefined) return { ok: false, message: 'an embed needs a title for its link card, e.g. {title="Watch the council meeting"}' };
      const { url, title, description } = candidate;
      return { ok: true, block: { type: 'embed', provider, url, title, ...(description !== undefined ? { description } : {}) } };
    }
    default:
      return { ok: true, block: candidate };
  }
}

function resolveOne({ line, candidate }: LocatedCandidate, lookups: DraftLookups): { block: Block } | { error: TextError } {
  const filled = fill(candidate, lookups);
  if (!filled.ok) return { error: { line, message: filled.message } };
  const parsed = blockSchema.safeParse(filled.block);
  if (parsed.success) return { block: parsed.data };
  const issue = parsed.error.issues[0];
  const message = issue ? describeBlockIssue(candidate, issue) : 'this block is not valid';
  return { error: { line, message } };
}

export function resolveDraftText(parsed: ParsedText, lookups: DraftLookups): ResolvedText {
  const errors: TextError[] = [...parsed.errors];
  const body: Block[] = [];
  for (const located of parsed.blocks) {
    const result = resolveOne(located, lookups);
    if ('error' in result) errors.push(result.error);
    else body.push(result.block);
  }
  if (body.length > LIMITS.blocks) {
    errors.push({ line: parsed.blocks[LIMITS.blocks]?.line ?? 1, message: `an article can have at most ${LIMITS.blocks} blocks; this one has ${body.length}` });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, body };
}

/** parse + resolve in one call, for callers that already hold every lookup. */
export function draftTextToBody(text: string, lookups: DraftLookups): ResolvedText {
  return resolveDraftText(parseDraftText(text), lookups);
}
