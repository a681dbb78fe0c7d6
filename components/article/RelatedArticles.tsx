import type { ArticleSummary } from '@/lib/content/schema';
import { ArticleCard } from '@/components/lists/ArticleCard';

/** "More on this story" at the end of an article. */
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="offscreen-deferred mt-12 border-t-2 border-ink pt-4 print:hidden">
      <h2 id="related-heading" className="mb-4 font-sans text-lg font-bold">
        Related stories
      </h2>
      <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="standard" headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
