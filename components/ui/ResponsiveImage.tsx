import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /**
   * The `sizes` attribute: how wide the image renders at each breakpoint. Leave it out for an image
   * shown at its `width` everywhere: the srcset then holds just the 1x and 2x candidates.
   */
  sizes?: string;
  /** The page's likely LCP image: preloaded with high priority and never lazy. */
  priority?: boolean;
  className?: string;
}

/**
 * A plain `<img>` with next/image's responsive srcset (AVIF/WebP through the image optimiser).
 * The `<Image>` component is a client component: rendering it ships about 7 KB gzip of
 * image-component code to every page that shows a picture, only to track loading state we do not
 * use. getImageProps computes the same attributes on the server and ships nothing. External
 * https images are shown as they are (the optimiser only serves our own files).
 */
export function ResponsiveImage({ src, alt, width, height, sizes, priority = false, className }: ResponsiveImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    className,
    unoptimized: !src.startsWith('/'),
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  });
  if (priority) {
    // What <Image preload> does: a <link rel=preload> in the head, so the download starts before
    // the parser reaches the <img>.
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps output is next/image's own markup.
  return <img {...props} alt={alt} />;
}
