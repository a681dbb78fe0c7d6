import type { SectionRef } from '@/lib/content/schema';
import { SectionNav } from './SectionNav';
import { Wordmark } from './Wordmark';

interface SiteHeaderProps {
  sections: SectionRef[];
  currentSection?: string;
}

export function SiteHeader({ sections, currentSection }: SiteHeaderProps) {
  return (
    <header className="border-b-4 border-double border-rule">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 pt-3 pb-2 md:flex-row md:items-end md:justify-between md:gap-6">
        <Wordmark />
        <SectionNav sections={sections} current={currentSection} />
      </div>
    </header>
  );
}
