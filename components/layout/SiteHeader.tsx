import type { SectionRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { SectionNav } from './SectionNav';
import { Wordmark } from './Wordmark';

interface SiteHeaderProps {
  sections: SectionRef[];
  currentSection?: string;
}

export function SiteHeader({ sections, currentSection }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <Wordmark />
        <SectionNav sections={sections} current={currentSection} />
        {/* A plain GET: search works without JavaScript. Unlabelled visually, to keep every page's bytes down. */}
        <form role="search" action={routes.search()} className="site-search">
          <input type="search" name="q" aria-label="Search" placeholder="Search" />
        </form>
      </div>
    </header>
  );
}
