import { ReaderLink } from '@/components/ui/ReaderLink';
import { PageHeading } from '@/components/ui/PageHeading';
import { routes } from '@/lib/routes';

/** The body of every 404 page. */
export function NotFoundMessage() {
  return (
    <div className="message">
      <p className="kicker">Error 404</p>
      <PageHeading className="message-heading">We can’t find that page</PageHeading>
      <p className="mt-4 text-lg">
        The story may have moved or been taken down, or the address may be mistyped.
      </p>
      <p className="mt-6 font-sans">
        <ReaderLink href={routes.home()} className="action-link">
          Go to the front page
        </ReaderLink>
      </p>
    </div>
  );
}
