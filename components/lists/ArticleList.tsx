import type { ArticleSummary } from '@/lib/content/schema';
import { ArticleCard, type ArticleCardVariant } from './ArticleCard';

interface ArticleListProps {
  articles: ArticleSummary[];
  variant?: ArticleCardVariant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  /** Marks the first image as the page's LCP candidate. */
  prioritiseFirst?: boolean;
}

/** A list of stories: one column on phones, a grid from tablets up. */
export function ArticleList({ articles, variant = 'standard', headingLevel = 2, showSection = true, prioritiseFirst = false }: ArticleListProps) {
  return (
    <ul className={variant === 'compact' ? 'divide-y divide-rule' : 'grid gap-8 sm:grid-cols-2 lg:grid-cols-3'}>
      {articles.map((article, index) => (
        <li key={article.id} className={variant === 'compact' ? 'py-3' : undefined}>
          <ArticleCard
            article={article}
            variant={variant}
            headingLevel={headingLevel}
            showSection={showSection}
            priority={prioritiseFirst && index === 0}
          />
        </li>
      ))}
    </ul>
  );
}
