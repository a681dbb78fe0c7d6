import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { PNG } from 'pngjs';
import Parser from 'rss-parser';
import { OG_IMAGE_MAX_BYTES } from '@/lib/og/layout';
import { baseUrl, url } from './support/site';

/**
 * Link previews and discovery against the production build (issue 4): what crawlers, social
 * networks and feed readers actually receive, parsed with real parsers.
 */

const CRAWLERS = [
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Twitterbot/1.0',
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'WhatsApp/2.23.20.0',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];

const CANARIES = ['ZEBRAFINCH-DRAFT-001', 'ZEBRAFINCH-DRAFT-002', 'ZEBRAFINCH-DRAFT-003', 'ZEBRAFINCH-SCHEDULED-001'];
/** The seed's unpublished articles (lib/db/seed/demo/unpublished-canaries.ts): three drafts and one scheduled for the future. */
const UNPUBLISHED = [
  { section: 'news', slug: 'ostmark-cabinet-reshuffle-expected-after-vessaly-defeat' },
  { section: 'opinion', slug: 'calvera-night-buses-free-for-shift-workers-draft' },
  { section: 'culture', slug: 'five-novels-to-read-before-the-calvera-book-prize-draft' },
  { section: 'culture', slug: 'orrin-bay-film-festival-programme-built-around-work' },
];
const ARABIC_ARTICLE = '/news/ras-al-ghayma-solar-desalination-plant-opens';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

async function get(path: string, userAgent?: string): Promise<Response> {
  return fetch(url(path), { headers: userAgent ? { 'user-agent': userAgent } : {}, redirect: 'manual' });
}

async function text(path: string): Promise<string> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return response.text();
}

function meta(head: HTMLElement, key: string): string[] {
  return head
    .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
    .map((el) => el.getAttribute('content') ?? '');
}

function only(head: HTMLElement, key: string): string {
  const values = meta(head, key);
  expect({ key, count: values.length }).toEqual({ key, count: 1 });
  return values[0]!;
}

let articlePaths: string[] = [];

beforeAll(async () => {
  const feed = await new Parser().parseString(await text('/feed.xml'));
  articlePaths = feed.items.map((item) => new URL(item.link!).pathname);
});

describe('crawlers see complete link previews in the first HTML response', () => {
  it.each(CRAWLERS)('%s', async (userAgent) => {
    const path = articlePaths.find((p) => p !== ARABIC_ARTICLE)!;
    const response = await get(path, userAgent);
    expect(response.status).toBe(200);
    const head = parse(await response.text()).querySelector('head')!;
    const origin = baseUrl();
    expect(head.querySelector('title')?.text).toMatch(/\| Meridian$/);
    expect(only(head, 'description').length).toBeGreaterThan(20);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}${path}`);
    expect(only(head, 'og:site_name')).toBe('Meridian');
    expect(only(head, 'og:type')).toBe('article');
    expect(only(head, 'og:url')).toBe(`${origin}${path}`);
    expect(only(head, 'og:title').length).toBeGreaterThan(5);
    expect(only(head, 'og:description').length).toBeGreaterThan(5);
    expect(only(head, 'og:image')).toMatch(/^https?:\/\//);
    expect(only(head, 'og:image:width')).toBe('1200');
    expect(only(head, 'og:image:height')).toBe('630');
    expect(only(head, 'og:image:type')).toBe('image/png');
    expect(only(head, 'og:image:alt').length).toBeGreaterThan(5);
    expect(only(head, 'og:locale')).toBe('en_GB');
    expect(Date.parse(only(head, 'article:published_time'))).not.toBeNaN();
    expect(Date.parse(only(head, 'article:modified_time'))).not.toBeNaN();
    expect(only(head, 'article:section').length).toBeGreaterThan(2);
    expect(meta(head, 'article:tag').length).toBeGreaterThan(0);
    expect(meta(head, 'article:author')[0]).toMatch(new RegExp(`^${origin}/author/`));
    expect(only(head, 'twitter:card')).toBe('summary_large_image');
    expect(only(head, 'twitter:image:alt').length).toBeGreaterThan(5);
    expect(only(head, 'robots')).toContain('max-image-preview:large');
    const feeds = head.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
    expect(feeds).toContain(`${origin}/feed.xml`);
  });
});

describe('structured data', () => {
  it('an article has NewsArticle and BreadcrumbList JSON-LD with absolute URLs', async () => {
    const root = parse(await text(articlePaths[0]!));
    const data = root
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((s) => [JSON.parse(s.text) as Record<string, unknown> | Record<string, unknown>[]].flat());
    const article = data.find((d) => d['@type'] === 'NewsArticle')!;
    expect(article).toBeDefined();
    expect((article.headline as string).length).toBeLessThanOrEqual(110);
    expect(article.image).toEqual(expect.arrayContaining([expect.stringMatching(/^https?:\/\//)]));
    expect(article.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', logo: { url: expect.stringMatching(/^https?:\/\//) } });
    expect((article.author as { '@type': string; url: string }[])[0]).toMatchObject({ '@type': 'Person', url: expect.stringContaining('/author/') });
    expect(data.some((d) => d['@type'] === 'BreadcrumbList')).toBe(true);
  });

  it('the Arabic article declares its language, locale and direction', async () => {
    const html = await text(ARABIC_ARTICLE);
    const root = parse(html);
    expect(only(root.querySelector('head')!, 'og:locale')).toBe('ar_AR');
    expect(root.querySelector('[dir="rtl"][lang="ar"]')).not.toBeNull();
    const ld = root.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => [JSON.parse(s.text) as Record<string, unknown>].flat());
    expect(ld.find((d) => d['@type'] === 'NewsArticle')?.inLanguage).toBe('ar');
  });
});

describe('Open Graph images', () => {
  function decode(buffer: ArrayBuffer): PNG {
    const png = PNG.sync.read(Buffer.from(buffer));
    expect([png.width, png.height]).toEqual([1200, 630]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(50);
    return png;
  }

  it('serves the article card named in og:image as a cacheable 1200x630 PNG, from cache the second time', async () => {
    const head = parse(await text(ARABIC_ARTICLE)).querySelector('head')!;
    const image = new URL(only(head, 'og:image'));
    const first = performance.now();
    const response = await get(image.pathname);
    const firstMs = performance.now() - first;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toMatch(/public/);
    const bytes = await response.arrayBuffer();
    decode(bytes);
    expect(bytes.byteLength).toBeLessThanOrEqual(OG_IMAGE_MAX_BYTES);
    const second = performance.now();
    const again = await get(image.pathname);
    const secondMs = performance.now() - second;
    // Served from the cache: byte-identical (a re-render would be too, so timing is reported only).
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    process.stdout.write(`[seo] OG article image: first ${firstMs.toFixed(0)} ms, second ${secondMs.toFixed(0)} ms, ${bytes.byteLength} bytes\n`);
  });

  it.each(['/og/home', '/og/section/news', '/og/author/noor-haddad', '/og/tag/water'])('serves the branded card %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    decode(await response.arrayBuffer());
  });

  it('answers 404 for drafts, scheduled articles and unknown pages', async () => {
    for (const { slug } of UNPUBLISHED) expect((await get(`/og/article/${slug}/v`)).status).toBe(404);
    expect((await get('/og/article/no-such-article/v')).status).toBe(404);
    expect((await get('/og/section/no-such-section')).status).toBe(404);
    expect((await get('/og/article/..%2F..%2Fetc/v')).status).toBe(404);
  });
});

describe('feeds', () => {
  it('the site feed is valid RSS 2.0 with complete items, newest first, at most 50', async () => {
    const body = await text('/feed.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const feed = await new Parser().parseString(body);
    expect(feed.items.length).toBeGreaterThan(5);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${baseUrl()}/`));
      expect(item.guid).toBeTruthy();
      expect(Date.parse(item.pubDate!)).not.toBeNaN();
      expect(item.content).toBeTruthy();
      expect(item.creator).toBeTruthy();
      expect(item.categories?.length).toBeGreaterThan(0);
    }
    const dates = feed.items.map((i) => Date.parse(i.pubDate!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('a section feed holds only that section and is linked from the section page', async () => {
    const feed = await new Parser().parseString(await text('/science/feed.xml'));
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(new URL(item.link!).pathname).toMatch(/^\/science\//);
    const head = parse(await text('/science')).querySelector('head')!;
    const feeds = head.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => l.getAttribute('href'));
    expect(feeds).toContain(`${baseUrl()}/science/feed.xml`);
    expect((await get('/no-such-section/feed.xml')).status).toBe(404);
  });
});

describe('sitemaps and robots.txt', () => {
  it('sitemap.xml lists the home page, sections and every feed article', async () => {
    const body = await text('/sitemap.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const locs = (xml.parse(body) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
    expect(locs).toContain(`${baseUrl()}/`);
    expect(locs).toContain(`${baseUrl()}/science`);
    for (const path of articlePaths) expect(locs).toContain(`${baseUrl()}${path}`);
  });

  it('the news sitemap holds only articles from the last 48 hours', async () => {
    const body = await text('/news-sitemap.xml');
    expect(XMLValidator.validate(body)).toBe(true);
    const urls = (xml.parse(body) as { urlset: { url: { loc: string; 'news:news': { 'news:publication_date': string; 'news:title': string } }[] } }).urlset.url;
    expect(urls.length).toBeGreaterThan(0);
    for (const entry of urls) {
      const age = Date.now() - Date.parse(entry['news:news']['news:publication_date']);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(48 * 3_600_000);
      expect(entry['news:news']['news:title']).toBeTruthy();
    }
  });

  it('robots.txt lists both sitemaps and keeps crawlers out of the editor and the API', async () => {
    const body = await text('/robots.txt');
    expect(body).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${baseUrl()}/news-sitemap.xml`);
    expect(body).toMatch(/^Disallow: \/editor$/m);
    expect(body).toMatch(/^Disallow: \/api\/$/m);
  });
});

describe('nothing unpublished is public', () => {
  it('draft and scheduled slugs are 404 as pages', async () => {
    for (const { section, slug } of UNPUBLISHED) expect((await get(`/${section}/${slug}`)).status).toBe(404);
  });

  it('no public response mentions a draft canary or an unpublished slug', async () => {
    const paths = [
      '/',
      '/feed.xml',
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      ...['news', 'analysis', 'opinion', 'culture', 'science'].flatMap((s) => [`/${s}`, `/${s}/feed.xml`]),
      '/author/noor-haddad',
      '/author/hannah-kowalczyk',
      '/tag/books',
      '/tag/film',
      ...articlePaths.slice(0, 12),
    ];
    for (const path of paths) {
      for (const userAgent of [undefined, 'Googlebot/2.1']) {
        const response = await get(path, userAgent);
        const body = await response.text();
        // The page itself, not an error page that would pass the absence checks below.
        expect({ path, userAgent, status: response.status }).toEqual({ path, userAgent, status: 200 });
        for (const canary of CANARIES) expect({ path, found: body.includes(canary) }).toEqual({ path, found: false });
        for (const { slug } of UNPUBLISHED) expect({ path, slug, found: body.includes(slug) }).toEqual({ path, slug, found: false });
      }
    }
  });
});
