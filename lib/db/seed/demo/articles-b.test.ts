import { articlesA } from '@/lib/db/seed/demo/articles-a';
import { articlesB } from '@/lib/db/seed/demo/articles-b';
import { demoImageAlts, demoImagePath, type DemoImageName } from '@/lib/db/seed/demo/images';
import { demoAuthors, demoNewsletters, demoSections, demoTags } from '@/lib/db/seed/demo/taxonomy';
import type { DemoArticle } from '@/lib/db/seed/demo/types';
import { bodySchema, imageSchema, socialOverridesSchema, SLUG_PATTERN, type Block, type ImageRef } from '@/lib/content/schema';

/**
 * The second half of the demo content (demo-014 … demo-030). A reader of a fresh install sees these
 * pages, so they must validate against the same schemas the site uses when content leaves the
 * database, link only to articles that exist, and keep drafts recognisable by their canary words.
 */

const published = articlesB.filter((article) => article.status === 'published');
const byId = new Map(articlesB.map((article) => [article.id, article]));

/** The words a reader reads: paragraphs, headings, quotes and list items. Arabic splits on whitespace too. */
function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return block.content.map((run) => run.text).join('');
    case 'heading':
    case 'quote':
      return block.text;
    case 'list':
      return block.items.map((item) => item.map((run) => run.text).join('')).join('\n');
    default:
      return '';
  }
}
function wordCount(article: DemoArticle): number {
  return article.body
    .map(blockText)
    .join('\n')
    .split(/\s+/u)
    .filter((word) => word.length > 0).length;
}
function allText(article: DemoArticle): string {
  return [article.headline, article.standfirst, ...article.body.map(blockText)].join('\n');
}
function images(article: DemoArticle): ImageRef[] {
  const inline = article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []));
  return [article.hero, ...inline];
}
function hasFullAnatomy(article: DemoArticle): boolean {
  const types = new Set(article.body.map((block) => block.type));
  const headings = article.body.some((block) => block.type === 'heading');
  const blockQuote = article.body.some((block) => block.type === 'quote' && block.variant === 'block');
  const pullQuote = article.body.some((block) => block.type === 'quote' && block.variant === 'pull');
  return (
    headings &&
    blockQuote &&
    pullQuote &&
    ['image', 'list', 'readMore', 'newsletterPromo', 'embed'].every((type) => types.has(type as Block['type']))
  );
}

describe('demo articles, second half', () => {
  it('uses the ids demo-014 to demo-030, each once', () => {
    const expected = Array.from({ length: 17 }, (_, index) => `demo-${String(index + 14).padStart(3, '0')}`);
    expect(articlesB.map((article) => article.id).sort()).toEqual(expected);
  });

  it('gives every article a unique, well-formed slug that the first half does not use', () => {
    const slugs = articlesB.map((article) => article.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const otherHalf = new Set(articlesA.map((article) => article.slug));
    for (const slug of slugs) {
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(otherHalf.has(slug)).toBe(false);
    }
  });

  it.each(articlesB.map((article) => [article.id, article] as const))(
    '%s validates against the content schemas',
    (_id, article) => {
      expect(bodySchema.safeParse(article.body).error).toBeUndefined();
      expect(imageSchema.safeParse(article.hero).error).toBeUndefined();
      if (article.social) expect(socialOverridesSchema.safeParse(article.social).error).toBeUndefined();
      expect(article.headline.length).toBeGreaterThan(0);
      expect(article.headline.length).toBeLessThanOrEqual(110);
      expect(article.standfirst.length).toBeGreaterThan(0);
      // One or two sentences: at most two sentence endings, in English or Arabic punctuation.
      expect((article.standfirst.match(/[.!?؟](\s|$)/gu) ?? []).length).toBeLessThanOrEqual(2);
    },
  );

  it.each(articlesB.map((article) => [article.id, article] as const))('%s runs to 300-1,500 words', (_id, article) => {
    const words = wordCount(article);
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(1500);
  });

  it('uses only sections, authors, tags and newsletters that exist, in sensible numbers', () => {
    const sections = new Set(demoSections.map((section) => section.slug));
    const authors = new Set(demoAuthors.map((author) => author.slug));
    const tags = new Set(demoTags.map((tag) => tag.slug));
    const newsletters = new Map(demoNewsletters.map((newsletter) => [newsletter.slug, newsletter]));
    for (const article of articlesB) {
      expect(sections.has(article.section)).toBe(true);
      expect(article.authors.length).toBeGreaterThanOrEqual(1);
      expect(article.authors.length).toBeLessThanOrEqual(2);
      for (const author of article.authors) expect(authors.has(author)).toBe(true);
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(4);
      expect(new Set(article.tags).size).toBe(article.tags.length);
      for (const tag of article.tags) expect(tags.has(tag)).toBe(true);
      for (const block of article.body) {
        if (block.type === 'newsletterPromo') expect(newsletters.get(block.newsletter)?.active).toBe(true);
      }
    }
  });

  it('points every readMore at a published article of this half, never at itself', () => {
    const targets = articlesB.flatMap((article) =>
      article.body.flatMap((block) => (block.type === 'readMore' ? [[article.id, block.articleId] as const] : [])),
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const [from, to] of targets) {
      expect(to).not.toBe(from);
      expect(byId.get(to)?.status).toBe('published');
    }
  });

  it('links site-relative paths only to published articles of this half', () => {
    const paths = new Set(published.map((article) => `/${article.section}/${article.slug}`));
    for (const article of articlesB) {
      for (const block of article.body) {
        const inlines = block.type === 'paragraph' ? block.content : block.type === 'list' ? block.items.flat() : [];
        for (const run of inlines) {
          if (run.href?.startsWith('/')) expect(paths).toContain(run.href);
        }
      }
    }
  });

  it('illustrates every article with catalogue images captioned and credited', () => {
    for (const article of articlesB) {
      for (const image of images(article)) {
        const name = image.src.replace(/^\/images\/demo\//, '').replace(/\.jpg$/, '') as DemoImageName;
        expect(demoImagePath(name)).toBe(image.src);
        expect(image.alt).toBe(demoImageAlts[name]);
        expect(image.caption?.trim().length ?? 0).toBeGreaterThan(0);
        expect(image.credit).toBe('Illustration: Meridian');
      }
    }
  });

  it('publishes 14 articles across the agreed sections, with recent news and some updates', () => {
    const perSection = published.reduce<Record<string, number>>((counts, article) => {
      counts[article.section] = (counts[article.section] ?? 0) + 1;
      return counts;
    }, {});
    expect(perSection).toEqual({ opinion: 5, culture: 5, analysis: 2, science: 1, news: 1 });
    for (const article of published) {
      expect(article.publishedHoursAgo).not.toBeNull();
      expect(article.publishedHoursAgo).toBeGreaterThanOrEqual(1);
      expect(article.publishedHoursAgo).toBeLessThanOrEqual(700);
      if (article.updatedHoursAgo !== undefined) {
        expect(article.updatedHoursAgo).toBeGreaterThanOrEqual(0);
        expect(article.updatedHoursAgo).toBeLessThan(article.publishedHoursAgo ?? 0);
      }
    }
    expect(published.filter((article) => (article.publishedHoursAgo ?? Infinity) < 48).length).toBeGreaterThanOrEqual(3);
    expect(published.some((article) => article.updatedHoursAgo !== undefined)).toBe(true);
    expect(articlesB.filter((article) => article.social !== undefined).length).toBeGreaterThanOrEqual(1);
  });

  it('has at least two long pieces with the full anatomy of a long story', () => {
    const long = published.filter((article) => wordCount(article) >= 1000 && hasFullAnatomy(article));
    expect(long.length).toBeGreaterThanOrEqual(2);
  });

  describe('drafts and the scheduled piece', () => {
    const canaries = [
      { canary: 'ZEBRAFINCH-DRAFT-002', status: 'draft', section: 'opinion', hours: null },
      { canary: 'ZEBRAFINCH-DRAFT-003', status: 'draft', section: 'culture', hours: null },
      { canary: 'ZEBRAFINCH-SCHEDULED-001', status: 'scheduled', section: 'culture', hours: -72 },
    ] as const;

    it.each(canaries)('$canary marks exactly one $status $section article, in headline and body', (expected) => {
      const carriers = articlesB.filter((article) => allText(article).includes(expected.canary));
      expect(carriers).toHaveLength(1);
      const [article] = carriers;
      expect(article?.status).toBe(expected.status);
      expect(article?.section).toBe(expected.section);
      expect(article?.publishedHoursAgo).toBe(expected.hours);
      expect(article?.headline).toContain(expected.canary);
      expect(article?.body.map(blockText).join('\n')).toContain(expected.canary);
    });

    it('keeps canary words out of every published article', () => {
      for (const article of published) expect(allText(article)).not.toMatch(/ZEBRAFINCH/);
    });

    it('has exactly two drafts and one scheduled article', () => {
      expect(articlesB.filter((article) => article.status === 'draft')).toHaveLength(2);
      expect(articlesB.filter((article) => article.status === 'scheduled')).toHaveLength(1);
    });
  });

  describe('the Arabic article', () => {
    const arabic = articlesB.filter((article) => article.language === 'ar');
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
