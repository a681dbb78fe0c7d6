import type { ImageRef } from '@/lib/content/schema';
import { Figure } from './Figure';

/** The article's lead image: full width on phones, the main column on wider screens. */
export function HeroFigure({ image }: { image: ImageRef }) {
  return (
    <Figure
      image={image}
      priority
      sizes="(min-width: 1152px) 768px, (min-width: 768px) 85vw, 100vw"
      className="-mx-4 sm:mx-0 [&>figcaption]:px-4 sm:[&>figcaption]:px-0"
    />
  );
}
