import type { Block, BlockOf, ImageRef } from '@/lib/content/schema';
import { isDirectiveBlock, serialiseDirective } from './directives';
import { serialiseInline } from './inline';
import { guardLineStart } from './line-kinds';

/**
 * Blocks -> the body text an editor edits. parseDraftText + resolveDraftText read it back to the
 * same blocks (lib/editorial/draft-text/draft-text.test.ts checks every demo article). Line breaks
 * inside a text become spaces: the format has one paragraph per blank-line-separated block.
 */

export interface SerialiseOptions {
  /** How a "Read more" target is written (e.g. its /section/slug path); defaults to the article id. */
  readMoreRef?: (articleId: string) => string;
  /** Whether a picture's size would be found by itself when parsing (then it is not written). */
  sizeIsImplied?: (image: ImageRef) => boolean;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function quote(block: BlockOf<'quote'>): string {
  const marker = block.variant === 'pull' ? '>> ' : '> ';
  let text = oneLine(block.text);
  // Guard a text that would read as an attribution, or whose own first backslash would be dropped.
  if (/^(?:—|–|--|\\)/.test(text)) text = `\\${text}`;
  const lines = [`${marker}${text}`];
  if (block.attribution !== undefined) lines.push(`${marker}— ${oneLine(block.attribution)}`.trimEnd());
  return lines.join('\n');
}

function list(block: BlockOf<'list'>): string {
  return block.items.map((item, i) => `${block.style === 'bulleted' ? '-' : `${i + 1}.`} ${oneLine(serialiseInline(item))}`).join('\n');
}

function serialiseBlock(block: Block, options: SerialiseOptions): string {
  if (isDirectiveBlock(block)) {
    return serialiseDirective(block, { readMoreRef: options.readMoreRef ?? ((id) => id), sizeIsImplied: options.sizeIsImplied ?? (() => false) });
  }
  switch (block.type) {
    case 'paragraph':
      return guardLineStart(oneLine(serialiseInline(block.content)));
    case 'heading':
      return `${block.level === 2 ? '##' : '###'} ${oneLine(block.text)}`;
    case 'quote':
      return quote(block);
    case 'list':
      return list(block);
  }
}

export function serialiseBody(blocks: readonly Block[], options: SerialiseOptions = {}): string {
  return blocks.map((block) => serialiseBlock(block, options)).join('\n\n');
}
