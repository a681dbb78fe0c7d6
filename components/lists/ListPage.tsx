import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/content/schema';
import { PageHeading } from '@/components/ui/PageHeading';
import { ArticleList } from './ArticleList';
import { Pagination } from './Pagination';

interface ListPageProps {
  /** Small label above the title, e.g. "Topic" or "Author". */
  kicker?: string;
  title: string;
  description?: string;
  /** Extra header content (an author's role and bio). */
  intro?: ReactNode;
  articles: ArticleSummary[];
  basePath: string;
  page: number;
  pageCount: number;
  /** Hide the section label on cards when the whole list is one section. */
  showSection?: boolean;
}

/** A section, tag or author page: title, stories, pagination. */
export function ListPage({ kicker, title, description, intro, articles, basePath, page, pageCount, showSection = true }: ListPageProps) {
  return (
    <>
      <header className="list-header">
        {kicker ? <p className="kicker">{kicker}</p> : null}
        <PageHeading className="list-heading">
          {title}
          {page > 1 ? <span className="font-normal text-muted">, page {page}</span> : null}
        </PageHeading>
        {description ? <p className="list-description">{description}</p> : null}
        {intro}
      </header>
      <div className="mt-8">
        {articles.length > 0 ? (
          <ArticleList articles={articles} showSection={showSection} prioritiseFirst={page === 1} />
        ) : (
          <p>No stories yet.</p>
        )}
      </div>
      <Pagination basePath={basePath} page={page} pageCount={pageCount} />
    </>
  );
}
