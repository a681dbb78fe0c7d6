import type { BlockOf } from '@/lib/content/schema';
import { InlineContent } from './InlineContent';

export function ParagraphBlock({ block }: { block: BlockOf<'paragraph'> }) {
  return (
    <p>
      <InlineContent content={block.content} />
    </p>
  );
}
