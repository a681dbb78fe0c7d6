import type { BlockOf } from '@/lib/content/schema';
import { InlineContent } from './InlineContent';

export function ListBlock({ block }: { block: BlockOf<'list'> }) {
  const items = block.items.map((item, index) => (
    <li key={index} className="ps-1">
      <InlineContent content={item} />
    </li>
  ));
  return block.style === 'numbered' ? (
    <ol className="list-decimal space-y-2 ps-6">{items}</ol>
  ) : (
    <ul className="list-disc space-y-2 ps-6">{items}</ul>
  );
}
