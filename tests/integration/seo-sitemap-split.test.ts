import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import * as repo from '@/lib/content/repository';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import { parseEnv } from '@/lib/env';
import { buildNewsSitemapDocument, buildSiteFeed, buildSitemapPage, buildSitemapRoot } from '@/lib/seo/discovery-documents';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

/**
 * The sitemap index against a real database with the 10,000-article synthetic seed: with the
 * split size lowered through SITEMAP_SPLIT_SIZE, /sitemap.xml becomes an index whose child
 * sitemaps together hold every public URL exactly once, and nothing unpublished.
 */

const ORIGIN = 'https://news.example.org';
const SYNTHETIC = 10_000;
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('sqlite', { seed: true });
  await seedSynthetic(database.db, { count: SYNTHETIC });
}, 180_000);

afterAll(async () => {
  await database?.destroy();
});

describe('sitemap split with 10,000 synthetic articles', () => {
  it('is a single urlset under the default split size', async () => {
    const split = parseEnv({}).SITEMAP_SPLIT_SIZE;
    expect(split).toBe(50_000);
    const body = await buildSitemapRoot(database.db, split, ORIGIN);
    const urls = (parser.parse(body) as { urlset: { url: { loc: string }[] } }).urlset.url;
    const [published, sections, authors, tags] = await Promise.all([
      repo.countPublished(database.db),
      repo.listSections(database.db),
      repo.listAuthors(database.db),
      repo.listTags(database.db),
    ]);
    expect(published).toBeGreaterThan(SYNTHETIC * 0.9);
    expect(urls).toHaveLength(1 + sections.length + authors.length + tags.length + published);
  });

  it('becomes an index when SITEMAP_SPLIT_SIZE is lowered, and the children hold every URL once', async () => {
    const split = parseEnv({ SITEMAP_SPLIT_SIZE: '3000' }).SITEMAP_SPLIT_SIZE;
    const single = await buildSitemapRoot(database.db, 50_000, ORIGIN);
    const expected = (parser.parse(single) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);

    const root = await buildSitemapRoot(database.db, split, ORIGIN);
    expect(XMLValidator.validate(root)).toBe(true);
    const children = (parser.parse(root) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map((s) => s.loc);
    expect(children).toEqual(Array.from({ length: Math.ceil(expected.length / split) }, (_, i) => `${ORIGIN}/sitemaps/${i + 1}.xml`));

    const seen: string[] = [];
    for (let page = 1; page <= children.length; page++) {
      const body = await buildSitemapPage(database.db, page, split, ORIGIN);
      expect(body).not.toBeNull();
      expect(XMLValidator.validate(body!)).toBe(true);
      const locs = (parser.parse(body!) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
      expect(locs.length).toBeLessThanOrEqual(split);
      seen.push(...locs);
    }
    expect(seen.sort()).toEqual([...expected].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(await buildSitemapPage(database.db, children.length + 1, split, ORIGIN)).toBeNull();
    expect(seen.join('\n')).not.toMatch(/-draft|ostmark-cabinet-reshuffle|orrin-bay-film-festival/);
  });

  it('the feed keeps the latest 50 and the news sitemap only the last 48 hours', async () => {
    const feed = await new Parser().parseString(await buildSiteFeed(database.db, ORIGIN));
    expect(feed.items).toHaveLength(50);
    const news = await buildNewsSitemapDocument(database.db, ORIGIN);
    // Synthetic articles start three days back, so none of them is news.
    expect(news).not.toContain('syn-');
    expect(news).not.toContain('ZEBRAFINCH');
  });
});
