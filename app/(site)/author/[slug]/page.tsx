import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAuthorPage, listAuthorsCached } from '@/lib/content/queries';
import { buildAuthorMetadata } from '@/lib/seo/metadata';
import { AuthorView } from './author-view';

/** Static with blocking ISR for unknown authors, so they answer a real 404. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const authors = await listAuthorsCached();
  return authors.length > 0 ? authors.map((a) => ({ slug: a.slug })) : [{ slug: 'no-authors-yet' }];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const data = await getAuthorPage(slug, 1);
  if (!data) notFound();
  return buildAuthorMetadata(data.author);
}

export default async function AuthorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <AuthorView slug={slug} page={1} />;
}
