import { bodySchema, imageSchema, SLUG_PATTERN, socialOverridesSchema, type Block } from '@/lib/content/schema';
import { articlesA } from '@/lib/db/seed/demo/articles-a';
import { demoImageAlts } from '@/lib/db/seed/demo/images';
import { demoAuthors, demoNewsletters, demoSections, demoTags } from '@/lib/db/seed/demo/taxonomy';

/**
 * The first half of the demo articles is what a fresh install shows readers. These checks catch
 * content that would fail validation when read back from the database, dangling readMore links,
 * unknown taxonomy, and a draft that the leak tests could not recognise.
 */

const CANARY = 'ZEBRAFINCH-DRAFT-001';

/** Words a reader sees in text blocks: paragraphs, headings, quotes and lists. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.content.map((inline) => inline.text).join('');
    case 'heading':
      return block.text;
    case 'quote':
      return [block.text, block.attribution ?? ''].join(' ');
    case 'list':
      return block.items.map((item) => item.map((inline) => inline.text).join('')).join(' ');
    default:
      return '';
  }
}

function wordCount(body: Block[]): number {
  return body
    .map(blockText)
    .join(' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const published = articlesA.filter((article) => article.status === 'published');
const publishedIds = new Set(published.map((article) => article.id));
const sectionSlugs = new Set(demoSections.map((section) => section.slug));
const authorSlugs = new Set(demoAuthors.map((author) => author.slug));
const tagSlugs = new Set(demoTags.map((tag) => tag.slug));
const newsletterSlugs = new Set(demoNewsletters.map((newsletter) => newsletter.slug));
const demoImagePaths = new Set(Object.keys(demoImageAlts).map((name) => `/images/demo/${name}.jpg`));

describe('wordCount', () => {
  it('counts words across text blocks and ignores non-text blocks', () => {
    const body: Block[] = [
      { type: 'heading', level: 2, text: 'Two words' },
      { type: 'paragraph', content: [{ text: 'One ' }, { text: 'two', bold: true }, { text: ' three.' }] },
      { type: 'readMore', articleId: 'demo-001' },
      { type: 'list', style: 'bulleted', items: [[{ text: 'four' }], [{ text: 'five \u2014 six' }]] },
    ];
    expect(wordCount(body)).toBe(8);
  });
});

describe('demo articles, first half', () => {
  it('has the thirteen ids demo-001 to demo-013, each once', () => {
    const ids = articlesA.map((article) => article.id).sort();
    expect(ids).toEqual(Array.from({ length: 13 }, (_, n) => `demo-${String(n + 1).padStart(3, '0')}`));
  });

  it('has unique, well-formed slugs of at most 80 characters', () => {
    const slugs = articlesA.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });

  it('splits across sections as planned: 5 news, 4 analysis, 3 science published, and one news draft', () => {
    const count = (section: string) => published.filter((article) => article.section === section).length;
    expect(count('news')).toBe(5);
    expect(count('analysis')).toBe(4);
    expect(count('science')).toBe(3);
    const drafts = articlesA.filter((article) => article.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]?.section).toBe('news');
    expect(drafts[0]?.publishedHoursAgo).toBeNull();
  });

  it('puts the canary word in the draft headline and body, and nowhere else', () => {
    const draft = articlesA.find((article) => article.status === 'draft');
    expect(draft?.headline).toContain(CANARY);
    expect(draft?.body.map(blockText).join(' ')).toContain(CANARY);
    for (const article of published) {
      expect(JSON.stringify(article)).not.toContain(CANARY);
    }
  });

  it('spreads publication times between 1 and 600 hours, with recent news and some later updates', () => {
    for (const article of published) {
      expect(article.publishedHoursAgo).not.toBeNull();
      expect(article.publishedHoursAgo).toBeGreaterThanOrEqual(1);
      expect(article.publishedHoursAgo).toBeLessThanOrEqual(600);
      if (article.updatedHoursAgo !== undefined) {
        expect(article.updatedHoursAgo).toBeLessThanOrEqual(article.publishedHoursAgo ?? 0);
      }
    }
    expect(published.filter((article) => (article.publishedHoursAgo ?? Infinity) < 48).length).toBeGreaterThanOrEqual(4);
    const updated = published.filter(
      (article) => article.updatedHoursAgo !== undefined && article.updatedHoursAgo < (article.publishedHoursAgo ?? 0),
    );
    expect(updated.length).toBeGreaterThanOrEqual(2);
  });

  describe.each(articlesA.map((article) => [article.id, article] as const))('%s', (_id, article) => {
    it('has a body and hero that pass the content schemas', () => {
      const body = bodySchema.safeParse(article.body);
      expect(body.error?.issues ?? []).toEqual([]);
      const hero = imageSchema.safeParse(article.hero);
      expect(hero.error?.issues ?? []).toEqual([]);
      expect(article.hero.caption).toBeTruthy();
      expect(article.hero.credit).toBeTruthy();
      if (article.social) expect(socialOverridesSchema.safeParse(article.social).success).toBe(true);
    });

    it('uses only demo illustrations for its hero and inline images', () => {
      const images = [article.hero, ...article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []))];
      for (const image of images) expect(demoImagePaths.has(image.src)).toBe(true);
    });

    it('has 300 to 1,500 words of body text', () => {
      const words = wordCount(article.body);
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1500);
    });

    it('has a specific headline, a short standfirst, 1-2 authors and 2-4 tags from the taxonomy', () => {
      expect(article.headline.length).toBeGreaterThan(20);
      expect(article.headline.length).toBeLessThanOrEqual(110);
      const sentences = article.standfirst.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(sectionSlugs.has(article.section)).toBe(true);
      expect(article.authors.length).toBeGreaterThanOrEqual(1);
      expect(article.authors.length).toBeLessThanOrEqual(2);
      for (const author of article.authors) expect(authorSlugs.has(author)).toBe(true);
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(4);
      for (const tag of article.tags) expect(tagSlugs.has(tag)).toBe(true);
    });

    it('points readMore blocks only at published articles in this set, and promos at real newsletters', () => {
      for (const block of article.body) {
        if (block.type === 'readMore') {
          expect(block.articleId).not.toBe(article.id);
          expect(publishedIds.has(block.articleId)).toBe(true);
        }
        if (block.type === 'newsletterPromo') expect(newsletterSlugs.has(block.newsletter)).toBe(true);
      }
    });

    it('links site-relative paths only to sections and articles that exist', () => {
      const hrefs = article.body.flatMap((block) => {
        if (block.type === 'paragraph') return block.content.flatMap((inline) => (inline.href ? [inline.href] : []));
        if (block.type === 'list') return block.items.flat().flatMap((inline) => (inline.href ? [inline.href] : []));
        return [];
      });
      for (const href of hrefs.filter((h) => h.startsWith('/'))) {
        const [section, slug, ...rest] = href.slice(1).split('/');
        expect(rest).toEqual([]);
        const target = published.find((other) => other.slug === slug);
        expect(target?.section).toBe(section);
      }
    });
  });

  it('includes at least three long stories with the full anatomy of a long news story', () => {
    const isLong = (article: (typeof articlesA)[number]) => {
      const types = new Set(article.body.map((block) => block.type));
      const quotes = article.body.filter((block) => block.type === 'quote').map((block) => block.variant);
      const headingLevels = new Set(article.body.flatMap((block) => (block.type === 'heading' ? [block.level] : [])));
      const marks = article.body.flatMap((block) => (block.type === 'paragraph' ? block.content : []));
      return (
        wordCount(article.body) >= 1000 &&
        headingLevels.has(2) &&
        headingLevels.has(3) &&
        quotes.includes('block') &&
        quotes.includes('pull') &&
        ['image', 'list', 'readMore', 'newsletterPromo', 'embed'].every((type) => types.has(type as Block['type'])) &&
        marks.some((inline) => inline.bold) &&
        marks.some((inline) => inline.italic) &&
        marks.some((inline) => inline.href)
      );
    };
    expect(published.filter(isLong).length).toBeGreaterThanOrEqual(3);
  });

  it('gives two articles punchier social overrides', () => {
    const withSocial = articlesA.filter((article) => article.social?.title && article.social.description);
    expect(withSocial.length).toBeGreaterThanOrEqual(2);
    for (const article of withSocial) expect(article.social?.title).not.toBe(article.headline);
  });
});

/** Word counts for the record (run with DEMO_WORDS=1); not an assertion. */
afterAll(() => {
  if (process.env.DEMO_WORDS !== '1') return;
  const lines = articlesA.map((article) => `${article.id} ${article.section.padEnd(8)} ${wordCount(article.body)}`);
  const total = articlesA.reduce((sum, article) => sum + wordCount(article.body), 0);
  console.log(`${lines.join('\n')}\ntotal ${total}`);
});
