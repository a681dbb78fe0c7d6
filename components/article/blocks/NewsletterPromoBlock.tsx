import type { Newsletter } from '@/lib/content/schema';
import { NewsletterSignupForm } from '@/components/newsletter/NewsletterSignupForm';

/**
 * The inline newsletter promo: the newsletter feature's signup form (a plain POST that works without
 * JavaScript, enhanced in place when script runs). Inactive newsletters are never promoted.
 */
export function NewsletterPromoBlock({ newsletter }: { newsletter: Newsletter }) {
  if (!newsletter.active) return null;
  return (
    <div className="print:hidden">
      <NewsletterSignupForm newsletters={[newsletter]} variant="inline" headingLevel={2} />
    </div>
  );
}
