import { buildArticleMetadata, buildAuthorMetadata, buildHomeMetadata, buildSectionMetadata, buildTagMetadata, articleOgVersion } from '@/lib/seo/metadata';
import { NotPublicError } from '@/lib/seo/visibility';
import { NOW, ORIGIN, hoursAgo, makeArticle } from '@/tests/helpers/seo-fixtures';

const opts = { origin: ORIGIN, now: NOW };

type Og = { type: string; images: { url: string; width: number; height: number; alt: string; type: string }[] } & Record<string, unknown>;
type Tw = { card: string; images: { url: string; alt: string }[] } & Record<string, unknown>;

describe('buildArticleMetadata', () => {
  const article = makeArticle();
  const meta = buildArticleMetadata(article, opts);
  const og = meta.openGraph as unknown as Og;
  const twitter = meta.twitter as unknown as Tw;

  it('gives the page title, description and an absolute canonical URL', () => {
    expect(meta.title).toBe(article.headline);
    expect(meta.description).toBe(article.standfirst);
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/science/river-delta-sinking`);
  });

  it('describes the article for Open Graph', () => {
    expect(og).toMatchObject({
      type: 'article',
      siteName: 'Meridian',
      url: `${ORIGIN}/science/river-delta-sinking`,
      title: article.headline,
      description: article.standfirst,
      locale: 'en_GB',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: 'Science',
      tags: ['Climate', 'Water'],
      authors: [`${ORIGIN}/author/mei-lin-zhou`, `${ORIGIN}/author/noor-haddad`],
    });
  });

  it('points og:image at the generated 1200x630 PNG card with an alt text', () => {
    expect(og.images).toHaveLength(1);
    const image = og.images[0]!;
    expect(image.url).toBe(`${ORIGIN}/og/article/river-delta-sinking/${articleOgVersion(article)}`);
    expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
    expect(image.alt).toContain(article.headline);
  });

  it('asks for a large Twitter card with the same image and its alt', () => {
    expect(twitter.card).toBe('summary_large_image');
    expect(twitter.images[0]).toMatchObject({ url: og.images[0]!.url, alt: og.images[0]!.alt });
  });

  it('allows large image previews in search', () => {
    expect(meta.robots).toMatchObject({ index: true, 'max-image-preview': 'large' });
  });

  it('links the site feed and the section feed', () => {
    const feeds = meta.alternates?.types?.['application/rss+xml'] as { url: string }[];
    expect(feeds.map((f) => f.url)).toEqual([`${ORIGIN}/feed.xml`, `${ORIGIN}/science/feed.xml`]);
  });

  it('lets editors’ social overrides win', () => {
    const overridden = makeArticle({
      social: {
        title: 'A sharper title for social',
        description: 'A description written for sharing.',
        image: { src: '/images/demo/dry-riverbed.jpg', alt: 'A cracked riverbed', width: 1600, height: 900 },
      },
    });
    const m = buildArticleMetadata(overridden, opts);
    const o = m.openGraph as unknown as Og;
    expect(o.title).toBe('A sharper title for social');
    expect(o.description).toBe('A description written for sharing.');
    expect(o.images[0]).toEqual({ url: `${ORIGIN}/images/demo/dry-riverbed.jpg`, width: 1600, height: 900, alt: 'A cracked riverbed', type: 'image/jpeg' });
    expect((m.twitter as unknown as Tw).images[0]).toMatchObject({ url: `${ORIGIN}/images/demo/dry-riverbed.jpg`, alt: 'A cracked riverbed' });
    // The page itself keeps the real headline.
    expect(m.title).toBe(overridden.headline);
  });

  it('uses the Arabic locale for Arabic articles', () => {
    const m = buildArticleMetadata(makeArticle({ language: 'ar', headline: 'الدلتا تغرق' }), opts);
    expect((m.openGraph as unknown as Og).locale).toBe('ar_AR');
  });

  it('changes the image URL when the headline changes, so networks refetch the card', () => {
    const changed = makeArticle({ headline: 'A corrected headline', updatedAt: hoursAgo(1) });
    expect(articleOgVersion(changed)).not.toBe(articleOgVersion(article));
  });

  it('refuses drafts and future scheduled articles unless it is an editor preview', () => {
    const draft = makeArticle({ status: 'draft', publishedAt: null });
    const scheduled = makeArticle({ status: 'scheduled', publishedAt: hoursAgo(-3) });
    const futurePublished = makeArticle({ publishedAt: hoursAgo(-1) });
    expect(() => buildArticleMetadata(draft, opts)).toThrow(NotPublicError);
    expect(() => buildArticleMetadata(scheduled, opts)).toThrow(NotPublicError);
    expect(() => buildArticleMetadata(futurePublished, opts)).toThrow(NotPublicError);
    const preview = buildArticleMetadata(draft, { ...opts, preview: true });
    expect(preview.robots).toMatchObject({ index: false, follow: false });
  });
});

describe('list page metadata', () => {
  it('home: website type, absolute title, branded image', () => {
    const m = buildHomeMetadata(opts);
    expect(m.title).toEqual({ absolute: expect.stringContaining('Meridian') });
    expect(m.alternates?.canonical).toBe(`${ORIGIN}/`);
    const og = m.openGraph as unknown as Og;
    expect(og).toMatchObject({ type: 'website', siteName: 'Meridian', url: `${ORIGIN}/`, locale: 'en_GB' });
    expect(og.images[0]).toMatchObject({ url: `${ORIGIN}/og/home`, width: 1200, height: 630, type: 'image/png' });
    expect((m.twitter as unknown as Tw).card).toBe('summary_large_image');
  });

  it('section: canonical, section feed, page 2 has its own canonical', () => {
    const section = { slug: 'science', name: 'Science', description: 'Climate, health and space.', position: 5 };
    const m = buildSectionMetadata(section, opts);
    expect(m.title).toBe('Science');
    expect(m.alternates?.canonical).toBe(`${ORIGIN}/science`);
    const feeds = m.alternates?.types?.['application/rss+xml'] as { url: string }[];
    expect(feeds.map((f) => f.url)).toContain(`${ORIGIN}/science/feed.xml`);
    expect((m.openGraph as unknown as Og).images[0]!.url).toBe(`${ORIGIN}/og/section/science`);
    expect(buildSectionMetadata(section, { ...opts, page: 2 }).alternates?.canonical).toBe(`${ORIGIN}/science?page=2`);
  });

  it('tag and author pages', () => {
    const tag = buildTagMetadata({ slug: 'water', name: 'Water' }, opts);
    expect(tag.alternates?.canonical).toBe(`${ORIGIN}/tag/water`);
    expect((tag.openGraph as unknown as Og).images[0]!.url).toBe(`${ORIGIN}/og/tag/water`);
    const author = buildAuthorMetadata({ slug: 'noor-haddad', name: 'Noor Haddad', role: 'Middle East correspondent', bio: 'Noor reports on water.', avatar: null }, opts);
    expect(author.alternates?.canonical).toBe(`${ORIGIN}/author/noor-haddad`);
    expect(author.description).toBe('Noor reports on water.');
    expect((author.openGraph as unknown as Og).images[0]!.alt).toContain('Middle East correspondent');
  });
});
