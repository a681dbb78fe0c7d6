import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FEED_ITEM_LIMIT, buildRssFeed, sectionFeedChannel, siteFeedChannel } from '@/lib/seo/feeds';
import { NOW, ORIGIN, hoursAgo, makeArticle } from '@/tests/helpers/seo-fixtures';

const opts = { origin: ORIGIN, now: NOW };

describe('RSS feed', () => {
  const published = makeArticle({ tags: [{ slug: 'water', name: 'Water' }] });
  const hostile = makeArticle({
    id: 'a-2',
    slug: 'ampersands-and-angles',
    headline: 'Tom & Jerry <b>bold</b> "quoted" \u0007bell </channel>',
    standfirst: 'A <script>alert(1)</script> standfirst & more',
    publishedAt: hoursAgo(1),
  });
  const draft = makeArticle({ id: 'd-1', slug: 'secret-draft', headline: 'ZEBRAFINCH-DRAFT-001', status: 'draft', publishedAt: null });
  const scheduled = makeArticle({ id: 's-1', slug: 'not-yet', headline: 'ZEBRAFINCH-SCHEDULED-001', status: 'scheduled', publishedAt: hoursAgo(-4) });

  const xml = buildRssFeed(siteFeedChannel(), [published, hostile, draft, scheduled], opts);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has every item field readers use, with exact text', async () => {
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Meridian');
    expect(feed.link).toBe(`${ORIGIN}/`);
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    // Newest first.
    expect(first!.title).toBe('Tom & Jerry <b>bold</b> "quoted" bell </channel>');
    expect(first!.content).toBe('A <script>alert(1)</script> standfirst & more');
    expect(second!.link).toBe(`${ORIGIN}/science/river-delta-sinking`);
    expect(second!.guid).toBe(`${ORIGIN}/#article-a-1`);
    expect(new Date(second!.pubDate!).toISOString()).toBe(published.publishedAt);
    expect(second!.categories).toEqual(['Science', 'Water']);
    expect(second!.creator).toBe('Mei-Lin Zhou');
    const raw = new XMLParser().parse(xml) as { rss: { channel: { item: { author: string }[] } } };
    expect(raw.rss.channel.item[1]!.author).toBe('newsroom@news.example.org (Mei-Lin Zhou, Noor Haddad)');
  });

  it('never includes drafts or scheduled articles', () => {
    expect(xml).not.toContain('ZEBRAFINCH');
    expect(xml).not.toContain('secret-draft');
    expect(xml).not.toContain('not-yet');
  });

  it('keeps only the latest 50', async () => {
    const many = Array.from({ length: 75 }, (_, i) =>
      makeArticle({ id: `m-${i}`, slug: `story-${i}`, headline: `Story ${i}`, publishedAt: hoursAgo(i + 1) }),
    );
    const feed = await new Parser().parseString(buildRssFeed(siteFeedChannel(), many, opts));
    expect(feed.items).toHaveLength(FEED_ITEM_LIMIT);
    expect(feed.items[0]!.title).toBe('Story 0');
    expect(feed.items[49]!.title).toBe('Story 49');
  });

  it('section feeds point at the section page and themselves', async () => {
    const channel = sectionFeedChannel({ slug: 'science', name: 'Science', description: 'Climate & space' });
    const out = buildRssFeed(channel, [published], opts);
    const feed = await new Parser().parseString(out);
    expect(feed.link).toBe(`${ORIGIN}/science`);
    expect(feed.description).toBe('Climate & space');
    expect(out).toContain(`<atom:link href="${ORIGIN}/science/feed.xml" rel="self"`);
  });
});
