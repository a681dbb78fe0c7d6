import type { Block } from '@/lib/content/schema';
import { mergeRuns } from './inline';

/**
 * A body as the text format can express it: neighbouring runs with the same marks merged (they
 * render identically, and the text has no way to keep them apart). Round trips compare this.
 */
export function normaliseBody(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph') return { ...block, content: mergeRuns(block.content) };
    if (block.type === 'list') return { ...block, items: block.items.map(mergeRuns) };
    return block;
  });
}
