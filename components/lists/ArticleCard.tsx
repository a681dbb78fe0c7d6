import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleSummary } from '@/lib/content/schema';
import { textDirection } from '@/lib/content/schema';
import { formatDate } from '@/components/ui/format-date';
import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { routes } from '@/lib/routes';

export type ArticleCardVariant = 'lead' | 'standard' | 'compact';

interface ArticleCardProps {
  article: ArticleSummary;
  variant?: ArticleCardVariant;
  /** The card's heading level, so lists sit correctly in each page's outline. */
  headingLevel?: 2 | 3;
  /** Only the first lead image on a page is worth prioritising (it is the LCP element). */
  priority?: boolean;
  /** Show the section name above the headline (off inside a section's own list). */
  showSection?: boolean;
}

const headlineClass: Record<ArticleCardVariant, string> = {
  lead: 'card-headline-lead',
  standard: 'card-headline',
  compact: 'card-headline-compact',
};

const imageSizes: Record<Exclude<ArticleCardVariant, 'compact'>, string> = {
  lead: '(min-width: 1152px) 720px, (min-width: 768px) 60vw, 100vw',
  standard: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw',
};

/**
 * A story in a list. Only the headline is a link (one tab stop per story, a clear accessible name);
 * the picture is decorative here because the headline already says what the story is.
 */
export function ArticleCard({ article, variant = 'standard', headingLevel = 2, priority = false, showSection = true }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const dir = textDirection(article.language);
  return (
    <article lang={article.language} dir={dir} className="card" data-variant={variant}>
      {variant !== 'compact' ? (
        <ResponsiveImage
          src={article.hero.src}
          alt=""
          width={article.hero.width}
          height={article.hero.height}
          sizes={imageSizes[variant]}
          priority={priority}
          className="picture"
        />
      ) : null}
      {showSection ? (
        <p className="kicker-small">{article.section.name}</p>
      ) : null}
      <Heading className={headlineClass[variant]}>
        <ReaderLink href={routes.article(article.section.slug, article.slug)} className="card-link">
          {article.headline}
        </ReaderLink>
      </Heading>
      {variant !== 'compact' && article.standfirst ? (
        <p className={variant === 'lead' ? 'card-standfirst-lead' : 'text-muted'}>{article.standfirst}</p>
      ) : null}
      <p className="card-meta">
        {variant === 'lead' && article.authors.length > 0 ? (
          <span>{article.authors.map((author) => author.name).join(', ')} · </span>
        ) : null}
        {article.publishedAt ? (
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.language)}</time>
        ) : null}
      </p>
    </article>
  );
}
