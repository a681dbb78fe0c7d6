'use client';

import { PageHeading } from '@/components/ui/PageHeading';
import { routes } from '@/lib/routes';

interface ErrorMessageProps {
  /** Error boundaries pass a function that re-renders the failed segment. */
  onRetry?: () => void;
}

/** What readers see when a page fails unexpectedly: no stack traces, a way forward. */
export function ErrorMessage({ onRetry }: ErrorMessageProps) {
  return (
    <div className="message px-4">
      <p className="kicker">Something went wrong</p>
      <PageHeading className="message-heading">This page is not available right now</PageHeading>
      <p className="mt-4 text-lg">We couldn’t load this page. Please try again in a moment.</p>
      <div className="mt-6 flex flex-wrap gap-4 font-sans">
        {onRetry ? (
          <button type="button" onClick={onRetry} className="button">
            Try again
          </button>
        ) : null}
        {/* A plain anchor, not next/link: this module ships with the error boundaries on every page,
            and after a failure a full page load is the surer way back anyway. */}
        <a href={routes.home()} className="action-link">
          Go to the front page
        </a>
      </div>
    </div>
  );
}
