import { ReaderLink } from '@/components/ui/ReaderLink';
import type { ArticleSummary } from '@/lib/content/schema';
import { ResponsiveImage } from '@/components/ui/ResponsiveImage';
import { articleHref } from '@/components/ui/routes';

/** An inline card linking to a related article ("Read more"). */
export function ReadMoreBlock({ article }: { article: ArticleSummary }) {
  return (
    <aside aria-label="Read more" className="my-8 border-y border-rule py-4 print:hidden">
      <ReaderLink href={articleHref(article)} className="group flex items-center gap-4 no-underline">
        <ResponsiveImage
          src={article.hero.src}
          alt=""
          width={112}
          height={Math.round((112 * article.hero.height) / article.hero.width)}
          sizes="112px"
          className="h-auto w-28 shrink-0 bg-surface"
        />
        <span lang={article.language} dir={article.language === 'ar' ? 'rtl' : undefined}>
          <span className="block font-sans text-xs font-semibold tracking-wide text-accent uppercase">Read more</span>
          <span className="block leading-snug font-bold group-hover:underline">{article.headline}</span>
        </span>
      </ReaderLink>
    </aside>
  );
}
