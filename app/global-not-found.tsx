import type { Metadata } from 'next';
import { Document } from '@/components/layout/Document';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import { SiteChrome } from '@/components/layout/SiteChrome';
import { listSectionsCached } from '@/lib/content/queries';
import { buildRootMetadata } from '@/lib/seo/metadata';
import './globals.css';

export const metadata: Metadata = { ...buildRootMetadata(), title: 'Page not found', robots: { index: false } };

/**
 * 404 for addresses no route matches. A global 404 page, not app/not-found.tsx: the root not-found
 * boundary is serialised into every page's RSC payload, and this one carries the whole site frame.
 */
export default async function GlobalNotFound() {
  // A 404 should still render if the database is away; the navigation is a nicety here.
  const sections = await listSectionsCached().catch(() => []);
  return (
    <Document>
      <SiteChrome sections={sections}>
        <NotFoundMessage />
      </SiteChrome>
    </Document>
  );
}
