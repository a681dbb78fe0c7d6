'use client';

import { PageHeading } from '@/components/ui/PageHeading';

interface ErrorMessageProps {
  /** Error boundaries pass a function that re-renders the failed segment. */
  onRetry?: () => void;
}

/** What readers see when a page fails unexpectedly: no stack traces, a way forward. */
export function ErrorMessage({ onRetry }: ErrorMessageProps) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="font-sans text-sm font-semibold tracking-wide text-accent uppercase">Something went wrong</p>
      <PageHeading className="mt-2 text-3xl font-bold sm:text-4xl">This page is not available right now</PageHeading>
      <p className="mt-4 text-lg">We couldn’t load this page. Please try again in a moment.</p>
      <div className="mt-6 flex flex-wrap gap-4 font-sans">
        {onRetry ? (
          <button type="button" onClick={onRetry} className="min-h-11 rounded bg-accent px-5 font-semibold text-accent-ink">
            Try again
          </button>
        ) : null}
        {/* A plain anchor, not next/link: this module ships with the error boundaries on every page,
            and after a failure a full page load is the surer way back anyway. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
        <a href="/" className="inline-flex min-h-11 items-center font-semibold underline">
          Go to the front page
        </a>
      </div>
    </div>
  );
}
