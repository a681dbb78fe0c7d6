import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ReactNode } from 'react';
import type { SectionRef } from '@/lib/content/schema';
import { sectionHref } from '@/components/ui/routes';

interface SiteFooterProps {
  sections: SectionRef[];
  /** Where the newsletter signup sits (rendered by the newsletter feature). */
  newsletterSlot?: ReactNode;
}

const linkClass = 'inline-flex min-h-6 items-center py-1 no-underline hover:underline';

export function SiteFooter({ sections, newsletterSlot }: SiteFooterProps) {
  return (
    <footer className="offscreen-deferred mt-16 border-t border-rule bg-surface font-sans text-sm print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        {newsletterSlot ? <div className="md:col-span-2">{newsletterSlot}</div> : null}
        <nav aria-label="Footer">
          <h2 className="mb-2 font-semibold">Sections</h2>
          <ul className="grid grid-cols-2 gap-x-4">
            {sections.map((section) => (
              <li key={section.slug}>
                <ReaderLink href={sectionHref(section.slug)} className={linkClass}>
                  {section.name}
                </ReaderLink>
              </li>
            ))}
            <li>
              {/* A plain anchor: the feed is XML, not a page the client router can render. */}
              <a href="/feed.xml" className={linkClass}>
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-muted">
        Meridian is open-source, self-hostable news software. Demo content is fictional.
      </p>
    </footer>
  );
}
