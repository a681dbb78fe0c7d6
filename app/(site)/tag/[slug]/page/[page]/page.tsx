import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTagPage, listTagsCached } from '@/lib/content/queries';
import { buildTagMetadata } from '@/lib/seo/metadata';
import { parsePageParam } from '../../../../page-param';
import { TagView } from '../../tag-view';

/** `/tag/<slug>?page=N`, rewritten here by next.config.js. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const tags = await listTagsCached();
  return [{ slug: tags[0]?.slug ?? 'no-tags-yet', page: '2' }];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string; page: string }> }): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  const data = page ? await getTagPage(slug, page) : null;
  if (!data || !page) notFound();
  return buildTagMetadata(data.tag, { page });
}

export default async function TagPageN({ params }: { params: Promise<{ slug: string; page: string }> }) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/tag/${slug}`);
  return <TagView slug={slug} page={page} />;
}
