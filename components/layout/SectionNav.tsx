import { ReaderLink } from '@/components/ui/ReaderLink';
import type { SectionRef } from '@/lib/content/schema';
import { sectionHref } from '@/components/ui/routes';

interface SectionNavProps {
  sections: SectionRef[];
  /** Slug of the section being viewed, marked with aria-current. */
  current?: string;
}

/**
 * Section links on one row. Where they do not fit (narrow phones, many sections) the row scrolls
 * sideways on its own, never the page, and the overflowing edge fades out (`nav-scroll` in
 * app/globals.css) so readers can tell there is more. A wrapped second row looked like a layout
 * fault and pushed the page down by a line.
 */
export function SectionNav({ sections, current }: SectionNavProps) {
  if (sections.length === 0) return null;
  return (
    <nav aria-label="Sections" className="-mx-3 min-w-0 print:hidden">
      <ul className="nav-scroll flex gap-x-0.5 font-sans text-sm font-semibold whitespace-nowrap sm:text-base">
        {sections.map((section) => (
          <li key={section.slug} className="shrink-0">
            <ReaderLink
              href={sectionHref(section.slug)}
              aria-current={section.slug === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center rounded px-1.5 no-underline hover:underline aria-[current=page]:underline aria-[current=page]:decoration-2 sm:px-2"
            >
              {section.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
