import { PageHeading } from '@/components/ui/PageHeading';

interface ArticleHeadlineProps {
  headline: string;
  standfirst: string;
}

/** Headline (the page's h1, the skip link's target) and standfirst. */
export function ArticleHeadline({ headline, standfirst }: ArticleHeadlineProps) {
  return (
    <>
      <PageHeading className="text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
        {headline}
      </PageHeading>
      {standfirst ? <p className="mt-3 text-lg leading-snug text-muted sm:text-xl">{standfirst}</p> : null}
    </>
  );
}
