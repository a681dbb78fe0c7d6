import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { SITE_NAME } from '@/lib/site-name';
import './editor.css';

/** Nothing under /editor is for search engines or shared caches (proxy.ts adds the headers too). */
export const metadata: Metadata = {
  title: { default: 'Editors', template: `%s · ${SITE_NAME} editors` },
  robots: { index: false, follow: false, nocache: true },
  referrer: 'same-origin',
};

/** A blocking route on purpose (see below); Next asks for this opt-in. */
export const instant = false;

/**
 * Editor pages render entirely at request time: proxy.ts gives each request a CSP nonce, and a
 * prerendered shell would carry framework scripts without it (blocked by the strict policy).
 */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  await connection();
  return <div className="font-sans">{children}</div>;
}
