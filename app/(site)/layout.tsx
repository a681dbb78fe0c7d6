import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { NewsletterFooterSignup } from '@/components/newsletter/NewsletterFooterSignup';
import { listNewslettersCached, listSectionsCached } from '@/lib/content/queries';

/** The public site's frame. Its reads are cached, so the frame is part of every static page. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [sections, newsletters] = await Promise.all([listSectionsCached(), listNewslettersCached(true)]);
  return (
    <SiteChrome sections={sections} newsletterSlot={<NewsletterFooterSignup newsletters={newsletters} />}>
      {children}
    </SiteChrome>
  );
}
