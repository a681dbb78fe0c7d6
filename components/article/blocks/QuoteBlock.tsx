import type { BlockOf } from '@/lib/content/schema';

/**
 * A block quote cites a source at length; a pull quote lifts a line from the story for display.
 * Both are a blockquote in a figure, with the attribution as its caption.
 */
export function QuoteBlock({ block }: { block: BlockOf<'quote'> }) {
  const pull = block.variant === 'pull';
  return (
    <figure
      data-variant={block.variant}
      className={
        pull
          ? 'pull-quote'
          : 'block-quote'
      }
    >
      <blockquote>
        <p>{pull ? `“${block.text}”` : block.text}</p>
      </blockquote>
      {block.attribution ? (
        <figcaption className="quote-source">{block.attribution}</figcaption>
      ) : null}
    </figure>
  );
}
