import type { Block } from '@/lib/content/schema';
import { demoArticles } from '@/lib/db/seed/demo/articles';
import type { DemoArticle } from '@/lib/db/seed/demo/types';
import { unpublishedCanaryArticles } from '@/lib/db/seed/demo/unpublished-canaries';

/**
 * The seed's unpublished articles carry canary words that the leak tests (feeds, sitemaps, search,
 * SEO pages) look for on public pages. They only prove something if each canary marks exactly one
 * unpublished article, in its headline and body, and no published article ever contains one.
 */

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
function allText(article: DemoArticle): string {
  return [article.headline, article.standfirst, ...article.body.map(blockText)].join('\n');
}

const published = demoArticles.filter((article) => article.status === 'published');

describe('unpublished demo articles and their canary words', () => {
  const canaries = [
    { canary: 'ZEBRAFINCH-DRAFT-001', status: 'draft', section: 'news', hours: null },
    { canary: 'ZEBRAFINCH-DRAFT-002', status: 'draft', section: 'opinion', hours: null },
    { canary: 'ZEBRAFINCH-DRAFT-003', status: 'draft', section: 'culture', hours: null },
    { canary: 'ZEBRAFINCH-SCHEDULED-001', status: 'scheduled', section: 'culture', hours: -72 },
  ] as const;

  it.each(canaries)('$canary marks exactly one $status $section article, in headline and body', (expected) => {
    const carriers = demoArticles.filter((article) => allText(article).includes(expected.canary));
    expect(carriers).toHaveLength(1);
    const [article] = carriers;
    expect(article?.status).toBe(expected.status);
    expect(article?.section).toBe(expected.section);
    expect(article?.publishedHoursAgo).toBe(expected.hours);
    expect(article?.headline).toContain(expected.canary);
    expect(article?.body.map(blockText).join('\n')).toContain(expected.canary);
  });

  it('keeps canary words out of every published article, anywhere in it', () => {
    for (const article of published) expect(JSON.stringify(article)).not.toMatch(/ZEBRAFINCH/);
  });

  it('has exactly three drafts and one scheduled article, all from the canary fixture', () => {
    expect(demoArticles.filter((article) => article.status === 'draft')).toHaveLength(3);
    expect(demoArticles.filter((article) => article.status === 'scheduled')).toHaveLength(1);
    expect(demoArticles.filter((article) => article.status !== 'published')).toEqual(unpublishedCanaryArticles);
  });
});
