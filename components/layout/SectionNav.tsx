import { ReaderLink } from '@/components/ui/ReaderLink';
import type { SectionRef } from '@/lib/content/schema';
import { sectionHref } from '@/components/ui/routes';

interface SectionNavProps {
  sections: SectionRef[];
  /** Slug of the section being viewed, marked with aria-current. */
  current?: string;
}

/** Section links. They wrap onto a second line on narrow phones instead of scrolling sideways. */
export function SectionNav({ sections, current }: SectionNavProps) {
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className="print:hidden">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 font-sans text-sm font-semibold sm:text-base">
        {sections.map((section) => (
          <li key={section.slug}>
            <ReaderLink
              href={sectionHref(section.slug)}
              aria-current={section.slug === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded px-2 no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {section.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
