import type { BlockOf } from '@/lib/content/schema';

/** Body headings start at h2: the headline is the page's only h1. */
export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  if (block.level === 2) {
    return <h2 className="mt-10 text-2xl leading-tight font-bold">{block.text}</h2>;
  }
  return <h3 className="mt-8 text-xl leading-tight font-bold">{block.text}</h3>;
}
