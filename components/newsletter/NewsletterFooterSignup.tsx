import { ReaderLink } from '@/components/ui/ReaderLink';
import { NewsletterSignupForm, type SignupNewsletter } from './NewsletterSignupForm';
import { routes } from '@/lib/routes';

interface NewsletterFooterSignupProps {
  /** Active newsletters in display order; the first one is offered, the rest are a link away. */
  newsletters: readonly SignupNewsletter[];
}

/** The footer's compact signup: one newsletter and a link to choose among all of them. */
export function NewsletterFooterSignup({ newsletters }: NewsletterFooterSignupProps) {
  const first = newsletters[0];
  if (!first) return null;
  return (
    <div>
      <NewsletterSignupForm variant="footer" newsletters={[first]} heading={`Get ${first.name} by email`} />
      {newsletters.length > 1 ? (
        <p className="mt-3 text-sm">
          <ReaderLink href={routes.newsletters()} className="quiet-link underline">
            See all our newsletters
          </ReaderLink>
        </p>
      ) : null}
    </div>
  );
}
