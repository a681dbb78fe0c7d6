import type { ComponentProps } from 'react';

/**
 * A link on the public pages: a plain anchor, not next/link. Reader pages are cached whole at our
 * server and at the CDN, so following a link is a full page load that is served from cache, as on
 * any news site; next/link would make each of an article's ~50 links a client component, whose
 * reference, props and hydration every reader pays for while the page starts up.
 */
export function ReaderLink(props: ComponentProps<'a'> & { href: string }) {
  return <a {...props} />;
}
