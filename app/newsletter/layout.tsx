import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { listSectionsCached } from '@/lib/content/queries';

/**
 * Confirmation, unsubscribe, preference and result pages. They carry personal tokens in their
 * URLs, so they are never indexed and never leak the URL to other sites.
 */
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

export default async function NewsletterLayout({ children }: { children: ReactNode }) {
  const sections = await listSectionsCached();
  return <SiteChrome sections={sections}>{children}</SiteChrome>;
}
