import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NewsletterMessage } from '@/components/newsletter/NewsletterMessage';
import { routes } from '@/lib/routes';

/** Result pages the newsletter endpoints redirect to after a form post (post/redirect/get). */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

const again = (
  <p>
    <Link href={routes.newsletters()} className="underline">
      Sign up again
    </Link>{' '}
    to get a fresh link.
  </p>
);

const OUTCOMES: Record<string, { title: string; body: ReactNode }> = {
  'check-inbox': {
    title: 'Check your inbox',
    body: (
      <>
        <p>
          If this address is not subscribed yet, we have sent it an email with a link to confirm. Open it within 24
          hours to start receiving the newsletter.
        </p>
        <p>Nothing arrives? Look in your spam folder, or wait ten minutes and sign up again.</p>
      </>
    ),
  },
  confirmed: {
    title: 'You are subscribed',
    body: <p>Thank you for confirming. The next issue will arrive on its usual schedule, and every issue has a link to unsubscribe.</p>,
  },
  'already-confirmed': {
    title: 'Already confirmed',
    body: <p>This link has been used already, so your subscription is confirmed. There is nothing more to do.</p>,
  },
  'link-expired': {
    title: 'This link has expired',
    body: (
      <>
        <p>Confirmation links work for 24 hours, and this one is older. You are not subscribed.</p>
        {again}
      </>
    ),
  },
  'invalid-link': {
    title: 'This link does not work',
    body: (
      <>
        <p>We do not recognise this link. It may have been copied incompletely from the email.</p>
        {again}
      </>
    ),
  },
  unsubscribed: {
    title: 'You are unsubscribed',
    body: <p>You will not receive this newsletter any more. If you change your mind, you can sign up again at any time.</p>,
  },
  'preferences-saved': {
    title: 'Preferences saved',
    body: <p>You will receive only the newsletters you kept.</p>,
  },
};

export function generateStaticParams() {
  return Object.keys(OUTCOMES).map((outcome) => ({ outcome }));
}

export async function generateMetadata({ params }: { params: Promise<{ outcome: string }> }): Promise<Metadata> {
  const { outcome } = await params;
  const page = OUTCOMES[outcome];
  if (!page) notFound();
  return { title: page.title };
}

export default async function NewsletterStatusPage({ params }: { params: Promise<{ outcome: string }> }) {
  const { outcome } = await params;
  const page = OUTCOMES[outcome];
  if (!page) notFound();
  return <NewsletterMessage title={page.title}>{page.body}</NewsletterMessage>;
}
