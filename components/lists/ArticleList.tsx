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
    <ul className={variant === 'compact' ? 'compact-list' : 'card-grid-wide'}>
      {articles.map((article, index) => (
        <li key={article.id}>
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
