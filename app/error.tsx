'use client';

import { ErrorMessage } from '@/components/layout/ErrorMessage.client';

/** Unexpected failures below the root layout (e.g. the database is unreachable for an uncached page). */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main>
      <ErrorMessage onRetry={reset} />
    </main>
  );
}
