import type { Metadata } from 'next';
import { NewsletterSignupForm } from '@/components/newsletter/NewsletterSignupForm';
import { PageHeading } from '@/components/ui/PageHeading';
import { listNewslettersCached } from '@/lib/content/queries';
import { routes } from '@/lib/routes';
import { SITE_NAME } from '@/lib/site-name';

export const metadata: Metadata = {
  title: 'Newsletters',
  description: `Choose the ${SITE_NAME} newsletters you want by email. Free, and one click to leave.`,
  alternates: { canonical: routes.newsletters() },
};

/** Every active newsletter, several at once. Static: the list comes from a cached read. */
export default async function NewslettersPage() {
  const newsletters = await listNewslettersCached(true);
  return (
    <div className="mx-auto max-w-prose py-10">
      <PageHeading className="text-3xl font-bold">Newsletters</PageHeading>
      <p className="mt-3 font-sans text-lg text-muted">
        Our journalism in your inbox. Pick as many as you like; we will ask you to confirm by email first.
      </p>
      {newsletters.length > 0 ? (
        <div className="mt-8">
          <NewsletterSignupForm variant="page" newsletters={newsletters} heading="Choose your newsletters" sourcePath={routes.newsletters()} />
        </div>
      ) : (
        <p className="mt-8 font-sans">There are no newsletters to sign up for at the moment.</p>
      )}
    </div>
  );
}
