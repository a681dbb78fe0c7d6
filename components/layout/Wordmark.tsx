import { ReaderLink } from '@/components/ui/ReaderLink';

/** The Meridian wordmark, a link home. Text, not an image: it scales, prints and costs no bytes. */
export function Wordmark() {
  return (
    <ReaderLink
      href="/"
      className="wordmark"
    >
      Meridian
    </ReaderLink>
  );
}
