import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTagPage, listTagsCached } from '@/lib/content/queries';
import { buildTagMetadata } from '@/lib/seo/metadata';
import { TagView } from './tag-view';

/** Static with blocking ISR for unknown tags, so they answer a real 404. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const tags = await listTagsCached();
  return tags.length > 0 ? tags.map((t) => ({ slug: t.slug })) : [{ slug: 'no-tags-yet' }];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const data = await getTagPage(slug, 1);
  if (!data) notFound();
  return buildTagMetadata(data.tag);
}

export default async function TagPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <TagView slug={slug} page={1} />;
}
