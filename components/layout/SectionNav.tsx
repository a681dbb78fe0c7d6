import { ReaderLink } from '@/components/ui/ReaderLink';
import type { SectionRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';

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
    <nav aria-label="Sections" className="section-nav">
      <ul className="nav-scroll">
        {sections.map((section) => (
          <li key={section.slug}>
            <ReaderLink
              href={routes.section(section.slug)}
              aria-current={section.slug === current ? 'page' : undefined}
              className="nav-link"
            >
              {section.name}
            </ReaderLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
