import { ReaderLink } from '@/components/ui/ReaderLink';
import { routes } from '@/lib/routes';
import { SITE_NAME } from '@/lib/site-name';

/** The site's wordmark, a link home. Text, not an image: it scales, prints and costs no bytes. */
export function Wordmark() {
  return (
    <ReaderLink
      href={routes.home()}
      className="wordmark"
    >
      {SITE_NAME}
    </ReaderLink>
  );
}
