import type { BlockOf } from '@/lib/content/schema';
import { InlineContent } from './InlineContent';

export function ListBlock({ block }: { block: BlockOf<'list'> }) {
  const items = block.items.map((item, index) => (
    <li key={index}>
      <InlineContent content={item} />
    </li>
  ));
  return block.style === 'numbered' ? (
    <ol className="body-list">{items}</ol>
  ) : (
    <ul className="body-list">{items}</ul>
  );
}
