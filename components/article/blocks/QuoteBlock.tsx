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
          ? 'my-10 border-y-2 border-accent py-6 text-center text-2xl leading-snug font-semibold text-balance print:hidden'
          : 'my-8 border-s-4 border-rule ps-4 italic'
      }
    >
      <blockquote>
        <p>{pull ? `“${block.text}”` : block.text}</p>
      </blockquote>
      {block.attribution ? (
        <figcaption className="mt-2 font-sans text-sm font-normal text-muted not-italic">{block.attribution}</figcaption>
      ) : null}
    </figure>
  );
}
