import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSectionPage, listSectionsCached } from '@/lib/content/queries';
import { buildSectionMetadata } from '@/lib/seo/metadata';
import { SectionView } from './section-view';

/**
 * Fully static (ISR): an unknown section renders once, blocking, so it answers a real 404 instead of
 * a streamed 200 with "noindex". Publishing revalidates the section's cache tags.
 */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const sections = await listSectionsCached();
  // ensureStatic needs at least one parameter set; an impossible slug prerenders as a 404.
  return sections.length > 0 ? sections.map((s) => ({ section: s.slug })) : [{ section: 'no-sections-yet' }];
}

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }): Promise<Metadata> {
  const { section } = await params;
  const data = await getSectionPage(section, 1);
  if (!data) notFound();
  return buildSectionMetadata(data.section);
}

export default async function SectionPage({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  return <SectionView slug={section} page={1} />;
}
