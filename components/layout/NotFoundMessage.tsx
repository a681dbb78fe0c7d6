import { ReaderLink } from '@/components/ui/ReaderLink';
import { PageHeading } from '@/components/ui/PageHeading';

/** The body of every 404 page. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-16">
      <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
      <PageHeading className="mt-2 text-3xl font-bold sm:text-4xl">We can’t find that page</PageHeading>
      <p className="mt-4 text-lg">
        The story may have moved or been taken down, or the address may be mistyped.
      </p>
      <p className="mt-6 font-sans">
        <ReaderLink href="/" className="inline-flex min-h-11 items-center font-semibold underline">
          Go to the front page
        </ReaderLink>
      </p>
    </div>
  );
}
