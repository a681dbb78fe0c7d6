import type { SocialCard } from '@/lib/preview';

interface SocialCardPreviewProps {
  card: SocialCard;
  /** One card under another, for a narrow column (the live preview beside the form). */
  compact?: boolean;
}

/* Plain <img>: the draft card comes from an editor-only route that needs the session cookie,
   which next/image's optimiser would not forward. */
/* eslint-disable @next/next/no-img-element */

/**
 * How Facebook, X and LinkedIn lay out a summary_large_image / og:image card, approximately:
 * Facebook and LinkedIn crop to 1.91:1 with text below, X crops to 2:1 and prints only the host
 * under the image with the title over it. Same data as the published page's metadata.
 */
export function SocialCardPreview({ card, compact = false }: SocialCardPreviewProps) {
  const host = new URL(card.url).host;
  return (
    <div className={compact ? 'grid gap-4 font-sans' : 'grid gap-6 font-sans lg:grid-cols-3'} data-testid="social-cards">
      <figure className="flex flex-col gap-2">
        <figcaption className="text-sm font-semibold text-muted">Facebook</figcaption>
        <div className="overflow-hidden rounded border border-rule bg-surface">
          <img src={card.image.src} alt={card.image.alt} className="aspect-[1.91/1] w-full object-cover" />
          <div className="flex flex-col gap-0.5 px-3 py-2">
            <span className="text-xs text-muted uppercase">{host}</span>
            <span className="line-clamp-2 font-semibold">{card.title}</span>
            <span className="line-clamp-1 text-sm text-muted">{card.description}</span>
          </div>
        </div>
      </figure>
      <figure className="flex flex-col gap-2">
        <figcaption className="text-sm font-semibold text-muted">X</figcaption>
        <div>
          <div className="relative overflow-hidden rounded-2xl border border-rule">
            <img src={card.image.src} alt={card.image.alt} className="aspect-[2/1] w-full object-cover" />
            <span className="absolute start-3 bottom-3 max-w-[85%] truncate rounded bg-black/70 px-1.5 text-sm text-white">
              {card.title}
            </span>
          </div>
          <span className="mt-1 block text-xs text-muted">From {host}</span>
        </div>
      </figure>
      <figure className="flex flex-col gap-2">
        <figcaption className="text-sm font-semibold text-muted">LinkedIn</figcaption>
        <div className="overflow-hidden rounded border border-rule bg-surface">
          <img src={card.image.src} alt={card.image.alt} className="aspect-[1.91/1] w-full object-cover" />
          <div className="flex flex-col gap-0.5 px-3 py-2">
            <span className="line-clamp-2 font-semibold">{card.title}</span>
            <span className="text-xs text-muted">{host}</span>
          </div>
        </div>
      </figure>
    </div>
  );
}
