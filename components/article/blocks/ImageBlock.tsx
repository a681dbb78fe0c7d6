import type { BlockOf } from '@/lib/content/schema';
import { Figure } from '../Figure';

export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return <Figure image={block.image} sizes="(min-width: 768px) 680px, 100vw" className="my-8" />;
}
