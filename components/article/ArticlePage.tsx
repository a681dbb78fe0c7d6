import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticlePageData } from '@/lib/content/article-page';
import type { Article, Author } from '@/lib/content/schema';
import { textDirection } from '@/lib/content/schema';
import { routes } from '@/lib/routes';
import { ArticleHeadline } from './ArticleHeadline';
import { ArticleTimes } from './ArticleTimes';
import { BlockRenderer } from './BlockRenderer';
import { Byline, type BylineAuthor } from './Byline';
import { HeroFigure } from './HeroFigure';
import { RelatedArticles } from './RelatedArticles';
import { RepublishingNote } from './RepublishingNote';
import { ShareControl } from './ShareControl.client';
import { TagList } from './TagList';

interface ArticlePageProps {
  /** The shape lib/content/article-page.ts assembles, so published pages and previews render alike. */
  data: ArticlePageData;
  /** Draft preview: same components, minus what only makes sense for a public URL (sharing). */
  preview?: boolean;
  /** Operator-configured republishing terms; nothing is shown when empty. */
  republishingNote?: string | null;
}

/** Byline order comes from the article; roles come from the full author records when present. */
function bylineAuthors(article: Article, authors: Author[]): BylineAuthor[] {
  const bySlug = new Map(authors.map((author) => [author.slug, author]));
  return article.authors.map((ref) => ({ ...ref, role: bySlug.get(ref.slug)?.role || undefined }));
}

const BY_LABEL = { en: 'By', ar: 'بقلم' } as const;

export function ArticlePage({ data, preview = false, republishingNote }: ArticlePageProps) {
  const { article, body, related } = data;
  const dir = textDirection(article.language);
  return (
    <>
      <article lang={article.language} dir={dir} className="article" data-preview={preview || undefined}>
        <header className="article-header">
          <p className="kicker">
            <ReaderLink href={routes.section(article.section.slug)} className="quiet-link">
              {article.section.name}
            </ReaderLink>
          </p>
          <ArticleHeadline headline={article.headline} standfirst={article.standfirst} />
          <div className="article-meta">
            <Byline authors={bylineAuthors(article, data.authors)} label={BY_LABEL[article.language]} />
            <ArticleTimes publishedAt={article.publishedAt} updatedAt={article.updatedAt} language={article.language} />
          </div>
          {preview ? null : <ShareControl url={routes.article(article.section.slug, article.slug)} title={article.headline} />}
        </header>
        <div className="mt-6">
          <HeroFigure image={article.hero} />
        </div>
        <div className="article-body">
          <BlockRenderer blocks={body} />
        </div>
        <footer className="article-footer">
          <TagList tags={article.tags} />
          <RepublishingNote text={republishingNote} />
        </footer>
      </article>
      <div className="mx-auto max-w-6xl">
        <RelatedArticles articles={related} />
      </div>
    </>
  );
}
