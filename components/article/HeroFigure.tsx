import type { ImageRef } from '@/lib/content/schema';
import { Figure } from './Figure';

/** The article's lead image: full width on phones, the 768 px column (max-w-3xl) from 800 px up. */
export function HeroFigure({ image }: { image: ImageRef }) {
  return (
    <Figure
      image={image}
      priority
      sizes="(min-width: 800px) 768px, 100vw"
      className="hero"
    />
  );
}
