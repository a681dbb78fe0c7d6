/**
 * @jest-environment node
 */
import { collectBlockReferences, insertNewsletterPromo, resolveBlocks } from '@/lib/content/render-blocks';
import type { ArticleSummary, Block, Newsletter } from '@/lib/content/schema';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const img: Block = { type: 'image', image: { src: '/i.jpg', alt: 'An image', width: 10, height: 10 } };
const h = (text: string): Block => ({ type: 'heading', level: 2, text });

const summary = (id: string): ArticleSummary => ({
  id,
  slug: `story-${id}`,
  status: 'published',
  section: { slug: 'news', name: 'News' },
  headline: `Headline ${id}`,
  standfirst: '',
  hero: { src: '/h.jpg', alt: 'Hero', width: 1600, height: 900 },
  authors: [],
  language: 'en',
  publishedAt: '2026-06-01T12:00:00.000Z',
  updatedAt: '2026-06-01T12:00:00.000Z',
});
const newsletter = (slug: string, active: boolean): Newsletter => ({ slug, name: slug, description: '', cadence: 'Daily', active });

describe('collectBlockReferences', () => {
  it('lists each referenced article and newsletter once, in order', () => {
    const blocks: Block[] = [
      { type: 'readMore', articleId: 'b' },
      p('x'),
      { type: 'newsletterPromo', newsletter: 'daily' },
      { type: 'readMore', articleId: 'a' },
      { type: 'readMore', articleId: 'b' },
    ];
    expect(collectBlockReferences(blocks)).toEqual({ articleIds: ['b', 'a'], newsletterSlugs: ['daily'] });
    expect(collectBlockReferences([p('x')])).toEqual({ articleIds: [], newsletterSlugs: [] });
  });
});

describe('resolveBlocks', () => {
  const blocks: Block[] = [
    p('intro'),
    { type: 'readMore', articleId: 'live' },
    { type: 'readMore', articleId: 'gone' },
    { type: 'newsletterPromo', newsletter: 'daily' },
    { type: 'newsletterPromo', newsletter: 'paused' },
    { type: 'newsletterPromo', newsletter: 'unknown' },
    img,
  ];
  const targets = {
    articles: new Map([['live', summary('live')]]),
    newsletters: new Map([
      ['daily', newsletter('daily', true)],
      ['paused', newsletter('paused', false)],
    ]),
  };

  it('replaces references with their targets and drops missing, unpublished or inactive ones', () => {
    expect(resolveBlocks(blocks, targets)).toEqual([
      p('intro'),
      { type: 'readMore', article: summary('live') },
      { type: 'newsletterPromo', newsletter: newsletter('daily', true) },
      img,
    ]);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(blocks);
    resolveBlocks(blocks, targets);
    expect(blocks).toEqual(copy);
  });
});

describe('insertNewsletterPromo', () => {
  const promo: Block = { type: 'newsletterPromo', newsletter: 'daily' };

  it('inserts after the requested paragraph', () => {
    const blocks = [p('1'), p('2'), p('3'), p('4')];
    expect(insertNewsletterPromo(blocks, 'daily', { afterParagraph: 2 })).toEqual([p('1'), p('2'), promo, p('3'), p('4')]);
  });

  it('moves past a paragraph followed by an image, so the card does not sit on top of media', () => {
    const blocks = [p('1'), p('2'), img, p('3'), p('4')];
    expect(insertNewsletterPromo(blocks, 'daily', { afterParagraph: 2 })).toEqual([p('1'), p('2'), img, p('3'), promo, p('4')]);
  });

  it('may sit before a heading, and at the end after the last paragraph', () => {
    expect(insertNewsletterPromo([p('1'), h('Next'), p('2')], 'daily', { afterParagraph: 1 })).toEqual([p('1'), promo, h('Next'), p('2')]);
    expect(insertNewsletterPromo([p('1'), p('2')], 'daily', { afterParagraph: 2 })).toEqual([p('1'), p('2'), promo]);
  });

  it('falls back to the last candidate when every one is followed by media', () => {
    const blocks = [p('1'), img, p('2'), img];
    expect(insertNewsletterPromo(blocks, 'daily', { afterParagraph: 1 })).toEqual([p('1'), img, p('2'), promo, img]);
  });

  it('leaves short articles and articles that already have a promo alone', () => {
    expect(insertNewsletterPromo([p('1')], 'daily', { afterParagraph: 3 })).toEqual([p('1')]);
    const withPromo = [p('1'), p('2'), { type: 'newsletterPromo', newsletter: 'other' } as Block, p('3')];
    expect(insertNewsletterPromo(withPromo, 'daily', { afterParagraph: 1 })).toEqual(withPromo);
  });

  it('does not modify its input', () => {
    const blocks = [p('1'), p('2')];
    insertNewsletterPromo(blocks, 'daily', { afterParagraph: 1 });
    expect(blocks).toEqual([p('1'), p('2')]);
  });
});
