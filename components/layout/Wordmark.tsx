import { ReaderLink } from '@/components/ui/ReaderLink';
import { routes } from '@/lib/routes';

/** The Meridian wordmark, a link home. Text, not an image: it scales, prints and costs no bytes. */
export function Wordmark() {
  return (
    <ReaderLink
      href={routes.home()}
      className="wordmark"
    >
      Meridian
    </ReaderLink>
  );
}
