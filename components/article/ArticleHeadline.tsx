import { PageHeading } from '@/components/ui/PageHeading';

interface ArticleHeadlineProps {
  headline: string;
  standfirst: string;
}

/** Headline (the page's h1, the skip link's target) and standfirst. */
export function ArticleHeadline({ headline, standfirst }: ArticleHeadlineProps) {
  return (
    <>
      <PageHeading className="headline">
        {headline}
      </PageHeading>
      {standfirst ? <p className="standfirst">{standfirst}</p> : null}
    </>
  );
}
