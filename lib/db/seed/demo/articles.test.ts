import { bodySchema, imageSchema, SLUG_PATTERN, socialOverridesSchema, type Block, type ImageRef } from '@/lib/content/schema';
import { demoArticles } from '@/lib/db/seed/demo/articles';
import { demoImageAlts, demoImagePath, type DemoImageName } from '@/lib/db/seed/demo/images';
import { demoAuthors, demoNewsletters, demoSections, demoTags } from '@/lib/db/seed/demo/taxonomy';
import type { DemoArticle } from '@/lib/db/seed/demo/types';

/**
 * The demo articles are what a fresh install shows readers. These checks catch content that would
 * fail validation when read back from the database, dangling readMore links and site links,
 * unknown taxonomy and off-catalogue images. The unpublished articles and their canary words are
 * checked in unpublished-canaries.test.ts.
 */

/** Words a reader sees in text blocks: paragraphs, headings, quotes (with attribution) and lists. */
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

/** Counts words with a letter or digit, in any script (Arabic splits on whitespace too). */
function wordCount(body: Block[]): number {
  return body
    .map(blockText)
    .join(' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function images(article: DemoArticle): ImageRef[] {
  const inline = article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []));
  return [article.hero, ...inline];
}

/** Every kind of block a long story uses, and headings and both quote variants. */
function hasFullAnatomy(article: DemoArticle): boolean {
  const types = new Set(article.body.map((block) => block.type));
  const quotes = article.body.filter((block) => block.type === 'quote').map((block) => block.variant);
  return (
    types.has('heading') &&
    quotes.includes('block') &&
    quotes.includes('pull') &&
    ['image', 'list', 'readMore', 'newsletterPromo', 'embed'].every((type) => types.has(type as Block['type']))
  );
}

/** The full anatomy plus 1,000 words, both heading levels and bold, italic and linked runs. */
function isLongNewsStory(article: DemoArticle): boolean {
  const headingLevels = new Set(article.body.flatMap((block) => (block.type === 'heading' ? [block.level] : [])));
  const marks = article.body.flatMap((block) => (block.type === 'paragraph' ? block.content : []));
  return (
    hasFullAnatomy(article) &&
    wordCount(article.body) >= 1000 &&
    headingLevels.has(2) &&
    headingLevels.has(3) &&
    marks.some((inline) => inline.bold) &&
    marks.some((inline) => inline.italic) &&
    marks.some((inline) => inline.href)
  );
}

const published = demoArticles.filter((article) => article.status === 'published');
const publishedIds = new Set(published.map((article) => article.id));
const sectionSlugs = new Set(demoSections.map((section) => section.slug));
const authorSlugs = new Set(demoAuthors.map((author) => author.slug));
const tagSlugs = new Set(demoTags.map((tag) => tag.slug));
const newsletters = new Map(demoNewsletters.map((newsletter) => [newsletter.slug, newsletter]));

describe('wordCount', () => {
  it('counts words across text blocks and ignores non-text blocks', () => {
    const body: Block[] = [
      { type: 'heading', level: 2, text: 'Two words' },
      { type: 'paragraph', content: [{ text: 'One ' }, { text: 'two', bold: true }, { text: ' three.' }] },
      { type: 'readMore', articleId: 'demo-001' },
      { type: 'list', style: 'bulleted', items: [[{ text: 'four' }], [{ text: 'five — six' }]] },
    ];
    expect(wordCount(body)).toBe(8);
  });
});

describe('demo articles', () => {
  it('has the thirty ids demo-001 to demo-030, each once, listed in id order', () => {
    const expected = Array.from({ length: 30 }, (_, n) => `demo-${String(n + 1).padStart(3, '0')}`);
    expect(demoArticles.map((article) => article.id)).toEqual(expected);
  });

  it('has unique, well-formed slugs of at most 80 characters', () => {
    const slugs = demoArticles.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });

  it('publishes 26 articles across the sections as planned', () => {
    const perSection = published.reduce<Record<string, number>>((counts, article) => {
      counts[article.section] = (counts[article.section] ?? 0) + 1;
      return counts;
    }, {});
    expect(perSection).toEqual({ news: 6, analysis: 6, science: 4, opinion: 5, culture: 5 });
  });

  it('spreads publication times between 1 and 600 hours, with recent news and some later updates', () => {
    for (const article of published) {
      expect(article.publishedHoursAgo).not.toBeNull();
      expect(article.publishedHoursAgo).toBeGreaterThanOrEqual(1);
      expect(article.publishedHoursAgo).toBeLessThanOrEqual(600);
      if (article.updatedHoursAgo !== undefined) {
        expect(article.updatedHoursAgo).toBeGreaterThanOrEqual(0);
        expect(article.updatedHoursAgo).toBeLessThan(article.publishedHoursAgo ?? 0);
      }
    }
    expect(published.filter((article) => (article.publishedHoursAgo ?? Infinity) < 48).length).toBeGreaterThanOrEqual(7);
    expect(published.filter((article) => article.updatedHoursAgo !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  describe.each(demoArticles.map((article) => [article.id, article] as const))('%s', (_id, article) => {
    it('has a body, hero and social overrides that pass the content schemas', () => {
      expect(bodySchema.safeParse(article.body).error?.issues ?? []).toEqual([]);
      expect(imageSchema.safeParse(article.hero).error?.issues ?? []).toEqual([]);
      if (article.social) expect(socialOverridesSchema.safeParse(article.social).error).toBeUndefined();
    });

    it('uses only catalogue illustrations, with their alt text, a caption and the Meridian credit', () => {
      for (const image of images(article)) {
        const name = image.src.replace(/^\/images\/demo\//, '').replace(/\.jpg$/, '') as DemoImageName;
        expect(Object.keys(demoImageAlts)).toContain(name);
        expect(demoImagePath(name)).toBe(image.src);
        expect(image.alt).toBe(demoImageAlts[name]);
        expect(image.caption?.trim().length ?? 0).toBeGreaterThan(0);
        expect(image.credit).toBe('Illustration: Meridian');
      }
    });

    it('has 300 to 1,500 words of body text', () => {
      const words = wordCount(article.body);
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1500);
    });

    it('has a specific headline and a standfirst of one or two sentences', () => {
      expect(article.headline.length).toBeGreaterThan(20);
      expect(article.headline.length).toBeLessThanOrEqual(110);
      const sentences = article.standfirst.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      // At most two sentence endings, in English or Arabic punctuation.
      expect((article.standfirst.match(/[.!?؟](\s|$)/gu) ?? []).length).toBeLessThanOrEqual(2);
    });

    it('has a known section, 1-2 known authors and 2-4 distinct known tags', () => {
      expect(sectionSlugs.has(article.section)).toBe(true);
      expect(article.authors.length).toBeGreaterThanOrEqual(1);
      expect(article.authors.length).toBeLessThanOrEqual(2);
      for (const author of article.authors) expect(authorSlugs.has(author)).toBe(true);
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(4);
      expect(new Set(article.tags).size).toBe(article.tags.length);
      for (const tag of article.tags) expect(tagSlugs.has(tag)).toBe(true);
    });

    it('points readMore blocks only at other published articles, and promos at active newsletters', () => {
      for (const block of article.body) {
        if (block.type === 'readMore') {
          expect(block.articleId).not.toBe(article.id);
          expect(publishedIds.has(block.articleId)).toBe(true);
        }
        if (block.type === 'newsletterPromo') expect(newsletters.get(block.newsletter)?.active).toBe(true);
      }
    });

    it('links site-relative paths only to published articles, under their own section', () => {
      const hrefs = article.body.flatMap((block) => {
        const inlines = block.type === 'paragraph' ? block.content : block.type === 'list' ? block.items.flat() : [];
        return inlines.flatMap((inline) => (inline.href ? [inline.href] : []));
      });
      for (const href of hrefs.filter((h) => h.startsWith('/'))) {
        const [section, slug, ...rest] = href.slice(1).split('/');
        expect(rest).toEqual([]);
        const target = published.find((other) => other.slug === slug);
        expect(target?.section).toBe(section);
      }
    });
  });

  it('has readMore blocks at all', () => {
    expect(demoArticles.some((article) => article.body.some((block) => block.type === 'readMore'))).toBe(true);
  });

  it('includes long stories: five with the full anatomy, three of them long news stories with every mark', () => {
    const long = published.filter((article) => wordCount(article.body) >= 1000 && hasFullAnatomy(article));
    expect(long.length).toBeGreaterThanOrEqual(5);
    expect(published.filter(isLongNewsStory).length).toBeGreaterThanOrEqual(3);
  });

  it('gives at least three articles punchier social overrides', () => {
    const withSocial = demoArticles.filter((article) => article.social?.title && article.social.description);
    expect(withSocial.length).toBeGreaterThanOrEqual(3);
    for (const article of withSocial) expect(article.social?.title).not.toBe(article.headline);
  });

  describe('the Arabic article', () => {
    const arabic = demoArticles.filter((article) => article.language === 'ar');
    const arabicScript = /[\u0600-\u06FF]/u;
    const latinLetters = /[A-Za-z]/u;

    it('is exactly one published news story by Noor Haddad', () => {
      expect(arabic).toHaveLength(1);
      expect(arabic[0]?.status).toBe('published');
      expect(arabic[0]?.section).toBe('news');
      expect(arabic[0]?.authors).toEqual(['noor-haddad']);
    });

    it('is written in Arabic throughout: headline, standfirst, every text block and the hero caption', () => {
      const article = arabic[0];
      if (!article) throw new Error('no Arabic article');
      const texts = [article.headline, article.standfirst, article.hero.caption ?? '', ...article.body.map(blockText).filter(Boolean)];
      for (const text of texts) {
        expect(text).toMatch(arabicScript);
        expect(text).not.toMatch(latinLetters);
      }
      expect(article.body.some((block) => block.type === 'heading')).toBe(true);
      expect(article.body.some((block) => block.type === 'quote')).toBe(true);
    });
  });
});

/** Word counts for the record (run with DEMO_WORDS=1); not an assertion. */
afterAll(() => {
  if (process.env.DEMO_WORDS !== '1') return;
  const lines = demoArticles.map((article) => `${article.id} ${article.section.padEnd(8)} ${wordCount(article.body)}`);
  const total = demoArticles.reduce((sum, article) => sum + wordCount(article.body), 0);
  console.log(`${lines.join('\n')}\ntotal ${total}`);
});
