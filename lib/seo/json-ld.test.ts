import { parse } from 'node-html-parser';
import { JSON_LD_HEADLINE_MAX, breadcrumbJsonLd, breadcrumbs, newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { NotPublicError } from '@/lib/seo/visibility';
import { NOW, ORIGIN, makeArticle } from '@/tests/helpers/seo-fixtures';

const opts = { origin: ORIGIN, now: NOW };

describe('NewsArticle', () => {
  const article = makeArticle();
  const ld = newsArticleJsonLd(article, opts);

  it('has the fields Google requires and recommends', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      inLanguage: 'en-GB',
      articleSection: 'Science',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/science/river-delta-sinking` },
      author: [
        { '@type': 'Person', name: 'Mei-Lin Zhou', url: `${ORIGIN}/author/mei-lin-zhou` },
        { '@type': 'Person', name: 'Noor Haddad', url: `${ORIGIN}/author/noor-haddad` },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Meridian', logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https:\/\//) } },
    });
    const images = ld.image as string[];
    expect(images).toContain(`${ORIGIN}/images/demo/river-delta.jpg`);
    expect(images.every((u) => u.startsWith(ORIGIN))).toBe(true);
  });

  it('clamps the headline to 110 characters', () => {
    const long = makeArticle({ headline: 'Word '.repeat(60).trim() });
    const headline = newsArticleJsonLd(long, opts).headline as string;
    expect(headline.length).toBeLessThanOrEqual(JSON_LD_HEADLINE_MAX);
    expect(headline.endsWith('…')).toBe(true);
  });

  it('is never produced for drafts or future articles', () => {
    expect(() => newsArticleJsonLd(makeArticle({ status: 'draft', publishedAt: null }), opts)).toThrow(NotPublicError);
    expect(() => newsArticleJsonLd(makeArticle({ status: 'scheduled', publishedAt: '2026-12-01T00:00:00.000Z' }), opts)).toThrow(NotPublicError);
  });
});

describe('BreadcrumbList and WebSite', () => {
  it('lists home, section and article with absolute URLs and positions', () => {
    const ld = breadcrumbJsonLd(breadcrumbs.article(makeArticle()), opts);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Meridian', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'Science', item: `${ORIGIN}/science` },
      { '@type': 'ListItem', position: 3, name: makeArticle().headline, item: `${ORIGIN}/science/river-delta-sinking` },
    ]);
    expect(breadcrumbJsonLd(breadcrumbs.tag({ slug: 'water', name: 'Water' }), opts).itemListElement).toHaveLength(2);
  });

  it('describes the site and its publisher on the home page', () => {
    const ld = websiteJsonLd(opts);
    expect(ld).toMatchObject({ '@type': 'WebSite', url: `${ORIGIN}/`, publisher: { '@type': 'NewsMediaOrganization' } });
  });
});

describe('serializeJsonLd', () => {
  const hostile = makeArticle({
    headline: 'Breaking </script><script>alert(1)</script> & <!-- more \u2028 \u2029',
  });

  it('leaves nothing an HTML parser would act on, and round-trips to the same value', () => {
    const json = serializeJsonLd(newsArticleJsonLd(hostile, opts));
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(json).not.toContain('&');
    expect((JSON.parse(json) as { headline: string }).headline).toBe(newsArticleJsonLd(hostile, opts).headline);
  });

  it('stays inside one script element when embedded in a page', () => {
    const json = serializeJsonLd(newsArticleJsonLd(hostile, opts));
    const html = parse(`<html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`);
    const scripts = html.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect((JSON.parse(scripts[0]!.text) as { headline: string }).headline).toContain('</script>');
  });
});

describe('<JsonLd>', () => {
  it('renders one script element whose text parses back to the data', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { JsonLd } = await import('@/components/seo/JsonLd');
    const data = newsArticleJsonLd(makeArticle({ headline: 'A </script> trap' }), opts);
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    const root = parse(html);
    expect(root.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(root.querySelector('script')!.text)).toEqual(data);
  });
});
