import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { articleSitemapEntries, buildNewsSitemap, buildSitemapIndexFor, buildUrlset, effectiveSplitSize, sitemapPageCount, sitemapPagePlan, staticSitemapEntries } from '@/lib/seo/sitemaps';
import { NOW, ORIGIN, hoursAgo, makeArticle } from '@/tests/helpers/seo-fixtures';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'image:image'].includes(name) });
type Urlset = { urlset: { url: { loc: string; lastmod?: string; 'news:news'?: Record<string, unknown> }[] } };
type Index = { sitemapindex: { sitemap: { loc: string }[] } };

const taxonomy = {
  sections: [{ slug: 'news' }, { slug: 'science' }],
  authors: [{ slug: 'noor-haddad' }],
  tags: [{ slug: 'water' }],
};

describe('sitemap.xml', () => {
  it('lists every public page with absolute URLs and leaves out future articles', () => {
    const entries = [
      ...staticSitemapEntries(taxonomy, hoursAgo(1)),
      ...articleSitemapEntries(
        [
          { slug: 'river-delta-sinking', section: 'science', publishedAt: hoursAgo(5), updatedAt: hoursAgo(2), image: '/images/demo/river-delta.jpg' },
          { slug: 'scheduled-one', section: 'news', publishedAt: hoursAgo(-2), updatedAt: hoursAgo(1) },
        ],
        NOW,
      ),
    ];
    const xml = buildUrlset(entries, ORIGIN);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml) as Urlset).urlset.url;
    expect(urls.map((u) => u.loc)).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/news`,
      `${ORIGIN}/science`,
      `${ORIGIN}/author/noor-haddad`,
      `${ORIGIN}/tag/water`,
      `${ORIGIN}/science/river-delta-sinking`,
    ]);
    expect(urls[5]!.lastmod).toBe(hoursAgo(2));
    expect(xml).not.toContain('scheduled-one');
    expect(xml).toContain(`<image:loc>${ORIGIN}/images/demo/river-delta.jpg</image:loc>`);
  });

  it('becomes an index of numbered sitemaps above the split size', () => {
    expect(sitemapPageCount(25, 25)).toBe(1);
    expect(sitemapPageCount(26, 25)).toBe(2);
    const xml = buildSitemapIndexFor(25, 10, ORIGIN);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect((parser.parse(xml) as Index).sitemapindex.sitemap.map((s) => s.loc)).toEqual([
      `${ORIGIN}/sitemaps/1.xml`,
      `${ORIGIN}/sitemaps/2.xml`,
      `${ORIGIN}/sitemaps/3.xml`,
    ]);
  });

  it('splits site pages and articles across files without gaps or overlaps', () => {
    const staticCount = 7;
    const articleCount = 30;
    const split = 10;
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const plan = sitemapPagePlan(page, split, staticCount, articleCount)!;
      for (let i = plan.staticStart; i < plan.staticEnd; i++) seen.push(`s${i}`);
      for (let i = 0; i < plan.articleLimit; i++) seen.push(`a${plan.articleOffset + i}`);
      expect(plan.staticEnd - plan.staticStart + plan.articleLimit).toBeLessThanOrEqual(split);
    }
    expect(seen).toEqual([...Array.from({ length: 7 }, (_, i) => `s${i}`), ...Array.from({ length: 30 }, (_, i) => `a${i}`)]);
    expect(sitemapPagePlan(5, split, staticCount, articleCount)).toBeNull();
    expect(sitemapPagePlan(0, split, staticCount, articleCount)).toBeNull();
  });

  it('never exceeds the protocol maximum of 50,000 URLs per sitemap', () => {
    expect(sitemapPageCount(50_001, 100_000)).toBe(2);
    expect(effectiveSplitSize(0)).toBe(50_000);
  });
});

describe('news-sitemap.xml', () => {
  it('holds only public articles from the last 48 hours, with Google News fields', () => {
    const xml = buildNewsSitemap(
      [
        makeArticle({ slug: 'fresh', publishedAt: hoursAgo(3), headline: 'Fresh & new' }),
        makeArticle({ slug: 'two-days', publishedAt: hoursAgo(47.9) }),
        makeArticle({ slug: 'stale', publishedAt: hoursAgo(49) }),
        makeArticle({ slug: 'arabic', publishedAt: hoursAgo(1), language: 'ar', headline: 'عنوان' }),
        makeArticle({ slug: 'draft', status: 'draft', publishedAt: null }),
        makeArticle({ slug: 'future', status: 'scheduled', publishedAt: hoursAgo(-1) }),
      ],
      { origin: ORIGIN, now: NOW },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml) as Urlset).urlset.url;
    expect(urls.map((u) => u.loc)).toEqual([
      `${ORIGIN}/science/arabic`,
      `${ORIGIN}/science/fresh`,
      `${ORIGIN}/science/two-days`,
    ]);
    expect(urls[1]!['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Meridian', 'news:language': 'en' },
      'news:publication_date': hoursAgo(3),
      'news:title': 'Fresh & new',
    });
    expect((urls[0]!['news:news'] as { 'news:publication': { 'news:language': string } })['news:publication']['news:language']).toBe('ar');
  });
});
