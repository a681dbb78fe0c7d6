import type { Block, BlockOf, EmbedProvider, Inline } from '@/lib/content/schema';

/**
 * The shapes between the body text an editor types and the typed blocks of the content model
 * (docs/decisions/0011-draft-text-format.md). Parsing is pure; what needs the database (image
 * sizes, which article a "Read more" points at, which newsletters are active) is asked through
 * DraftLookups, filled by the caller beforehand.
 */

/** A problem in the text, in words for an editor, with the 1-based line it starts on. */
export interface TextError {
  line: number;
  message: string;
}

/** An image as typed: its size may be left out when the server can read it from the file. */
export interface ImageCandidate {
  type: 'image';
  image: { src: string; alt: string; caption?: string; credit?: string; width?: number; height?: number };
}

/** A "Read more" card as typed: a path, slug, full URL or id, resolved to an article id later. */
export interface ReadMoreCandidate {
  type: 'readMore';
  ref: string;
}

export interface EmbedCandidate {
  type: 'embed';
  url: string;
  /** Named explicitly, or null to take it from the URL's host. */
  provider: EmbedProvider | null;
  title?: string;
  description?: string;
}

/** A block as parsed from the text, before lookups and schema validation. */
export type BlockCandidate =
  | Exclude<Block, { type: 'image' } | { type: 'readMore' } | { type: 'embed' }>
  | ImageCandidate
  | ReadMoreCandidate
  | EmbedCandidate;

export interface LocatedCandidate {
  /** First line of the block in the text (1-based). */
  line: number;
  candidate: BlockCandidate;
}

export interface ParsedText {
  blocks: LocatedCandidate[];
  errors: TextError[];
}

export interface DraftLookups {
  /** Pixel size of an image the server can read (uploads, files under public/); undefined otherwise. */
  imageSize(src: string): { width: number; height: number } | undefined;
  /** The article a "Read more" reference names, or undefined. */
  articleIdFor(ref: string): string | undefined;
  /** Whether a newsletter slug names an active newsletter; the list is for the error message. */
  activeNewsletters: readonly string[];
}

export type ResolvedText = { ok: true; body: Block[] } | { ok: false; errors: TextError[] };

export type { Block, BlockOf, Inline };
