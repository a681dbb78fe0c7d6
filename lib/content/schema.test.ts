/**
 * @jest-environment node
 */
import { articleSchema, blockSchema, bodySchema, LIMITS, type Article, type Block } from '@/lib/content/schema';

const ok = (block: unknown) => blockSchema.safeParse(block).success;

const goodBlocks: Block[] = [
  { type: 'paragraph', content: [{ text: 'Plain, ' }, { text: 'bold', bold: true }, { text: 'link', href: 'https://example.org/a?b=c' }] },
  { type: 'paragraph', content: [{ text: 'internal', href: '/news/some-story' }, { text: 'anchor', href: '#section-2' }] },
  { type: 'heading', level: 2, text: 'What happens next' },
  { type: 'image', image: { src: '/images/demo/port.jpg', alt: 'Cranes at dawn', caption: 'The port', credit: 'Meridian', width: 1600, height: 900 } },
  { type: 'quote', variant: 'pull', text: 'We will rebuild.', attribution: 'The mayor' },
  { type: 'list', style: 'numbered', items: [[{ text: 'One' }], [{ text: 'Two', italic: true }]] },
  { type: 'readMore', articleId: 'demo-001' },
  { type: 'newsletterPromo', newsletter: 'morning-briefing' },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc', title: 'A video' },
  { type: 'embed', provider: 'mastodon', url: 'https://any.social/@a/1', title: 'A federated post' },
];

describe('content block validation', () => {
  it.each(goodBlocks.map((b) => [b.type, b]))('accepts a valid %s block', (_type, block) => {
    expect(blockSchema.parse(block)).toEqual(block);
  });

  it('rejects an unknown block type', () => {
    expect(ok({ type: 'script', text: 'alert(1)' })).toBe(false);
    expect(ok({ type: 'html', html: '<b>x</b>' })).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/\\evil.example',
    'ftp://files.example/x',
  ])('rejects the link %j', (href) => {
    expect(ok({ type: 'paragraph', content: [{ text: 'click', href }] })).toBe(false);
  });

  it('rejects unsafe image sources', () => {
    const image = (src: string) => ({ type: 'image', image: { src, alt: 'x', width: 10, height: 10 } });
    expect(ok(image('http://insecure.example/a.jpg'))).toBe(false);
    expect(ok(image('javascript:alert(1)'))).toBe(false);
    expect(ok(image('//cdn.example/a.jpg'))).toBe(false);
    expect(ok(image('https://cdn.example/a.jpg'))).toBe(true);
  });

  it('requires alt text on images', () => {
    expect(ok({ type: 'image', image: { src: '/a.jpg', alt: '', width: 10, height: 10 } })).toBe(false);
  });

  it('rejects oversize text', () => {
    expect(ok({ type: 'paragraph', content: [{ text: 'x'.repeat(LIMITS.inlineText + 1) }] })).toBe(false);
    expect(ok({ type: 'heading', level: 2, text: 'x'.repeat(LIMITS.blockText + 1) })).toBe(false);
    expect(ok({ type: 'quote', variant: 'block', text: 'x'.repeat(LIMITS.blockText + 1) })).toBe(false);
    const tooManyBlocks = Array.from({ length: LIMITS.blocks + 1 }, () => ({ type: 'heading', level: 2, text: 'x' }));
    expect(bodySchema.safeParse(tooManyBlocks).success).toBe(false);
  });

  it('rejects empty text and empty lists', () => {
    expect(ok({ type: 'paragraph', content: [] })).toBe(false);
    expect(ok({ type: 'paragraph', content: [{ text: '' }] })).toBe(false);
    expect(ok({ type: 'list', style: 'bulleted', items: [] })).toBe(false);
  });

  it('rejects an embed whose URL host does not belong to its provider, or is not https', () => {
    expect(ok({ type: 'embed', provider: 'youtube', url: 'https://evil.example/watch?v=1', title: 'x' })).toBe(false);
    expect(ok({ type: 'embed', provider: 'vimeo', url: 'https://www.youtube.com/watch?v=1', title: 'x' })).toBe(false);
    expect(ok({ type: 'embed', provider: 'youtube', url: 'http://www.youtube.com/watch?v=1', title: 'x' })).toBe(false);
    expect(ok({ type: 'embed', provider: 'unknown', url: 'https://example.org', title: 'x' })).toBe(false);
  });

  it('rejects a bad heading level and a newsletter slug with unsafe characters', () => {
    expect(ok({ type: 'heading', level: 1, text: 'x' })).toBe(false);
    expect(ok({ type: 'newsletterPromo', newsletter: 'Morning Briefing' })).toBe(false);
  });
});

describe('article validation', () => {
  const article: Article = {
    id: 'a1',
    slug: 'a-story',
    status: 'published',
    section: { slug: 'news', name: 'News' },
    headline: 'A story',
    standfirst: 'What happened',
    hero: { src: '/h.jpg', alt: 'Hero', width: 1600, height: 900 },
    authors: [{ slug: 'ann', name: 'Ann' }],
    language: 'en',
    publishedAt: '2026-06-01T12:00:00.000Z',
    updatedAt: '2026-06-01T12:00:00.000Z',
    tags: [],
    body: goodBlocks,
    social: {},
  };

  it('accepts a complete article', () => {
    expect(articleSchema.parse(article)).toEqual(article);
  });

  it.each([
    ['a slug with capitals', { slug: 'A-Story' }],
    ['an unknown status', { status: 'archived' }],
    ['an unsupported language', { language: 'xx' }],
    ['a non-ISO date', { publishedAt: 'yesterday' }],
    ['an oversize headline', { headline: 'x'.repeat(LIMITS.headline + 1) }],
    ['a body with one bad block', { body: [...goodBlocks, { type: 'paragraph', content: [{ text: 'x', href: 'javascript:x' }] }] }],
  ])('rejects %s', (_label, change) => {
    expect(articleSchema.safeParse({ ...article, ...change }).success).toBe(false);
  });
});
