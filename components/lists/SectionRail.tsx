import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleSummary, SectionRef } from '@/lib/content/schema';
import { sectionHref } from '@/components/ui/routes';
import { ArticleCard } from './ArticleCard';

interface SectionRailProps {
  section: SectionRef;
  articles: ArticleSummary[];
}

/** A section's latest stories on the home page, headed by a link to the section. */
export function SectionRail({ section, articles }: SectionRailProps) {
  if (articles.length === 0) return null;
  const headingId = `rail-${section.slug}`;
  return (
    <section aria-labelledby={headingId} className="border-t-2 border-ink pt-3">
      <h2 id={headingId} className="mb-4 font-sans text-lg font-bold">
        <ReaderLink href={sectionHref(section.slug)} className="inline-flex min-h-6 items-center no-underline hover:underline">
          {section.name}
          <span aria-hidden="true">&nbsp;›</span>
        </ReaderLink>
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((article, index) => (
          <li key={article.id}>
            <ArticleCard article={article} variant={index === 0 ? 'standard' : 'compact'} headingLevel={3} showSection={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
