import { ReaderLink } from '@/components/ui/ReaderLink';

/** The Meridian wordmark, a link home. Text, not an image: it scales, prints and costs no bytes. */
export function Wordmark() {
  return (
    <ReaderLink
      href="/"
      className="inline-flex min-h-11 items-center font-serif text-3xl font-bold tracking-tight no-underline sm:text-4xl"
    >
      Meridian
    </ReaderLink>
  );
}
