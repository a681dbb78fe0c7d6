/**
 * @jest-environment node
 */
import { collectBlockReferences, resolveBlocks } from '@/lib/content/render-blocks';
import type { ArticleSummary, Block, Newsletter } from '@/lib/content/schema';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const img: Block = { type: 'image', image: { src: '/i.jpg', alt: 'An image', width: 10, height: 10 } };

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
