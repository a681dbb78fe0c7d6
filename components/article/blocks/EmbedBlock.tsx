import type { BlockOf, EmbedProvider } from '@/lib/content/schema';

const PROVIDER_LABELS: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  soundcloud: 'SoundCloud',
};

/**
 * Third-party media as a link card, never an iframe: no tracking scripts, no layout shift, nothing
 * loaded until the reader chooses to leave the page. The URL's host was checked against the provider.
 */
export function EmbedBlock({ block }: { block: BlockOf<'embed'> }) {
  const provider = PROVIDER_LABELS[block.provider];
  return (
    <aside aria-label={`${provider} link`} className="embed">
      <p className="embed-provider">{provider}</p>
      <p className="embed-title">
        <a href={block.url} rel="noopener noreferrer nofollow" className="block py-2 underline">
          {block.title}
        </a>
      </p>
      {block.description ? <p className="mt-1 text-sm text-muted">{block.description}</p> : null}
      <p className="mt-2 text-sm">
        Opens on {provider} ({new URL(block.url).hostname})
      </p>
    </aside>
  );
}
