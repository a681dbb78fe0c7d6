import type { ImageRef } from '@/lib/content/schema';
import { ResponsiveImage } from '@/components/ui/ResponsiveImage';

interface FigureProps {
  image: ImageRef;
  /** The `sizes` attribute: how wide the image renders at each breakpoint. */
  sizes: string;
  /** Hero images are the LCP element: fetch them first and never lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * An image with its caption and credit. Width and height come from the content, so the browser
 * reserves the space before the file arrives (no layout shift). Site images go through the image
 * optimiser (AVIF/WebP); external https images are shown as they are.
 */
export function Figure({ image, sizes, priority = false, className }: FigureProps) {
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className={className}>
      <ResponsiveImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes={sizes}
        priority={priority}
        className="picture"
      />
      {hasCaption ? (
        <figcaption className="caption">
          {image.caption ? <span>{image.caption}</span> : null}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span className="whitespace-nowrap">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
