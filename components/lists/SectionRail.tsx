import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleSummary, SectionRef } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { ArticleCard } from './ArticleCard';

interface SectionRailProps {
  section: SectionRef;
  articles: ArticleSummary[];
}

/** A section's latest stories on the home page, headed by a link to the section; below the fold, so deferred. */
export function SectionRail({ section, articles }: SectionRailProps) {
  if (articles.length === 0) return null;
  const headingId = `rail-${section.slug}`;
  return (
    <section aria-labelledby={headingId} className="offscreen-deferred rail">
      <h2 id={headingId} className="rail-heading">
        <ReaderLink href={routes.section(section.slug)} className="quiet-link">
          {section.name}
          <span aria-hidden="true">&nbsp;›</span>
        </ReaderLink>
      </h2>
      <ul className="card-grid-4">
        {articles.map((article, index) => (
          <li key={article.id}>
            <ArticleCard article={article} variant={index === 0 ? 'standard' : 'compact'} headingLevel={3} showSection={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
