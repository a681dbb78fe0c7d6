import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getSectionPage, listSectionsCached } from '@/lib/content/queries';
import { buildSectionMetadata } from '@/lib/seo/metadata';
import { parsePageParam } from '../../../page-param';
import { SectionView } from '../../section-view';

/** `/<section>?page=N` (rewritten here by next.config.js). Static, so page numbers past the end are real 404s. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const sections = await listSectionsCached();
  return [{ section: sections[0]?.slug ?? 'no-sections-yet', page: '2' }];
}

export async function generateMetadata({ params }: { params: Promise<{ section: string; page: string }> }): Promise<Metadata> {
  const { section, page: raw } = await params;
  const page = parsePageParam(raw);
  const data = page ? await getSectionPage(section, page) : null;
  if (!data || !page) notFound();
  return buildSectionMetadata(data.section, { page });
}

export default async function SectionPageN({ params }: { params: Promise<{ section: string; page: string }> }) {
  const { section, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/${section}`);
  return <SectionView slug={section} page={page} />;
}
