import type { ArticleSummary } from '@/lib/content/schema';
import { ArticleCard } from '@/components/lists/ArticleCard';

/** "More on this story" at the end of an article. */
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="offscreen-deferred related">
      <h2 id="related-heading" className="rail-heading">
        Related stories
      </h2>
      <ul className="card-grid">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="standard" headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
