import type { SectionRef } from '@/lib/content/schema';
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
      </div>
    </header>
  );
}
