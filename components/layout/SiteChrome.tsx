import type { ReactNode } from 'react';
import type { SectionRef } from '@/lib/content/schema';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

interface SiteChromeProps {
  sections: SectionRef[];
  children: ReactNode;
  newsletterSlot?: ReactNode;
}

/**
 * The public site's frame: skip link first (so it is the first Tab stop), header, main, footer.
 * Used by the public layout and by the root 404 page, which renders outside that layout.
 */
export function SiteChrome({ sections, children, newsletterSlot }: SiteChromeProps) {
  return (
    <>
      <SkipLink />
      <SiteHeader sections={sections} />
      <main className="site-main">{children}</main>
      <SiteFooter sections={sections} newsletterSlot={newsletterSlot} />
    </>
  );
}
