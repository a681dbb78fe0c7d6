'use client';

import { ErrorMessage } from '@/components/layout/ErrorMessage.client';
import './globals.css';

/** Last resort when the root layout itself fails: it must render its own html and body. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-paper text-ink">
        <main>
          <ErrorMessage onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
