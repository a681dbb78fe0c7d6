import type { BlockOf } from '@/lib/content/schema';

/** Body headings start at h2: the headline is the page's only h1. */
export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  if (block.level === 2) {
    return <h2>{block.text}</h2>;
  }
  return <h3>{block.text}</h3>;
}
