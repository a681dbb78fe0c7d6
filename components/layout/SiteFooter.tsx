import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ReactNode } from 'react';
import type { SectionRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';

interface SiteFooterProps {
  sections: SectionRef[];
  /** Where the newsletter signup sits (rendered by the newsletter feature). */
  newsletterSlot?: ReactNode;
}

const linkClass = 'quiet-link py-1';

export function SiteFooter({ sections, newsletterSlot }: SiteFooterProps) {
  return (
    <footer className="offscreen-deferred site-footer">
      <div className="site-footer-grid">
        {newsletterSlot ? <div className="site-footer-wide">{newsletterSlot}</div> : null}
        <nav aria-label="Footer">
          <h2 className="site-footer-heading">Sections</h2>
          <ul className="site-footer-links">
            {sections.map((section) => (
              <li key={section.slug}>
                <ReaderLink href={routes.section(section.slug)} className={linkClass}>
                  {section.name}
                </ReaderLink>
              </li>
            ))}
            <li>
              {/* A plain anchor: the feed is XML, not a page the client router can render. */}
              <a href={routes.feed()} className={linkClass}>
                RSS feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <p className="site-footer-note">
        Meridian is open-source, self-hostable news software. Demo content is fictional.
      </p>
    </footer>
  );
}
