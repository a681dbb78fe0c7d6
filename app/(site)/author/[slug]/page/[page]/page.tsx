import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getAuthorPage, listAuthorsCached } from '@/lib/content/queries';
import { buildAuthorMetadata } from '@/lib/seo/metadata';
import { parsePageParam } from '../../../../page-param';
import { AuthorView } from '../../author-view';

/** `/author/<slug>?page=N`, rewritten here by next.config.js. */
export const ensureStatic = 'navigation';
// Blocking on purpose (a complete page with its real status, see above): tells `next dev`'s
// instant-navigation check so, instead of reporting it as an error. Production is unchanged.
export const instant = false;

export async function generateStaticParams() {
  const authors = await listAuthorsCached();
  return [{ slug: authors[0]?.slug ?? 'no-authors-yet', page: '2' }];
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string; page: string }> }): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  const data = page ? await getAuthorPage(slug, page) : null;
  if (!data || !page) notFound();
  return buildAuthorMetadata(data.author, { page });
}

export default async function AuthorPageN({ params }: { params: Promise<{ slug: string; page: string }> }) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/author/${slug}`);
  return <AuthorView slug={slug} page={page} />;
}
