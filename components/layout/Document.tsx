import type { ReactNode } from 'react';
import { fontVariables } from './fonts';

/** The html and body elements, shared by the root layout and the global 404 page (which has no layout). */
export function Document({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fontVariables}>
      <body className="min-h-screen bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
