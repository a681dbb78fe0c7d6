import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleSummary } from '@/lib/content/schema';
import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { routes } from '@/lib/routes';

/** An inline card linking to a related article ("Read more"). */
export function ReadMoreBlock({ article }: { article: ArticleSummary }) {
  return (
    <aside aria-label="Read more" className="read-more">
      <ReaderLink href={routes.article(article.section.slug, article.slug)} className="read-more-link">
        <ResponsiveImage
          src={article.hero.src}
          alt=""
          width={112}
          height={Math.round((112 * article.hero.height) / article.hero.width)}
          className="read-more-image"
        />
        <span lang={article.language} dir={article.language === 'ar' ? 'rtl' : undefined}>
          <span className="kicker-small block">Read more</span>
          <span className="read-more-headline">{article.headline}</span>
        </span>
      </ReaderLink>
    </aside>
  );
}
