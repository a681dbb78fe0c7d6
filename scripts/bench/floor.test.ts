/** The bench's floor page (scripts/bench/floor*.ts): rendered HTML back to React elements and Next metadata. */
import { parse } from 'node-html-parser';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { floorFiles, floorImages } from '@/scripts/bench/floor';
import { toFloorHead } from '@/scripts/bench/floor-head';
import { toFloorNodes, type FloorNode } from '@/scripts/bench/floor-tree';

function render(node: FloorNode): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  return createElement(tag, props, ...children.map(render));
}

describe('floor tree', () => {
  it('renders back to the markup it was read from, without framework scripts and markers', () => {
    const markup =
      '<header class="site-header"><a href="#main" class="skip-link">Skip</a><h1 id="main" tabindex="-1">A &amp; B</h1>' +
      '<p class="byline"><span>By<!-- --> </span><time dateTime="2026-12-03T06:52:25.233Z">3 December</time></p></header>' +
      '<img alt="" loading="lazy" width="112" height="63" decoding="async" class="picture" style="color:transparent;-webkit-line-clamp:2" srcSet="/a.jpg 1x, /b.jpg 2x" src="/b.jpg"/>' +
      '<form action="/api/newsletter" method="post"><label for="email" class="field-label">Email</label>' +
      '<input id="email" type="email" required="" maxLength="254" autoComplete="email" spellCheck="false" name="email"/>' +
      '<div aria-hidden="true" data-variant="x"><input type="hidden" tabindex="-1" name="notes" value=""/></div></form>' +
      '<svg viewBox="0 0 2 2" aria-hidden="true"><path stroke-width="2" fill-rule="evenodd" d="M0 0"></path></svg>' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c B"}</script>';
    const served = `<body><div hidden=""><!--$--><!--/$--></div>${markup}<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,""])</script></body>`;
    const body = parse(served, { comment: true }).querySelector('body')!;
    const nodes = toFloorNodes(body.childNodes);
    expect(renderToStaticMarkup(createElement('div', null, ...nodes.map(render)))).toBe(`<div>${markup.replace('<!-- -->', '')}</div>`);
    expect(nodes[1]).toEqual(expect.arrayContaining([expect.objectContaining({ width: 112, style: { color: 'transparent', WebkitLineClamp: '2' } })]));
  });
});

describe('floor head', () => {
  it('maps the tags Next metadata renders back to metadata, and keeps the rest as elements', () => {
    const head = parse(
      '<head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
        '<link rel="preload" as="image" fetchPriority="high" imageSrcSet="/h-640.jpg 640w" imageSizes="100vw"/>' +
        '<link rel="stylesheet" href="/a.css" data-precedence="next"/><script src="/a.js" async=""></script>' +
        '<meta name="theme-color" content="#fff" media="(prefers-color-scheme: light)"/><title>Story | Site</title>' +
        '<meta name="description" content="Standfirst"/><link rel="author" href="https://x.test/author/a"/><meta name="author" content="A"/>' +
        '<meta name="keywords" content="One,Two"/><meta name="robots" content="index, follow"/><link rel="canonical" href="https://x.test/news/s"/>' +
        '<link rel="alternate" type="application/rss+xml" href="https://x.test/feed.xml" title="Latest"/>' +
        '<meta property="og:title" content="Social"/><meta property="og:image" content="https://x.test/og.png"/><meta property="og:image:width" content="1200"/>' +
        '<meta property="og:type" content="article"/><meta property="article:tag" content="One"/><meta property="article:tag" content="Two"/>' +
        '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:image" content="https://x.test/og.png"/><meta name="twitter:image:alt" content="Alt"/>' +
        '<link rel="search" href="/opensearch.xml" type="application/opensearchdescription+xml"/></head>',
    ).querySelector('head')!;
    const body = parse('<body><img srcSet="/h-640.jpg 640w" src="/h.jpg"/></body>').querySelector('body')!;
    const floor = toFloorHead(head, body);
    expect(floor.metadata).toEqual({
      title: { absolute: 'Story | Site' },
      description: 'Standfirst',
      authors: [{ url: 'https://x.test/author/a', name: 'A' }],
      keywords: 'One,Two',
      robots: 'index, follow',
      alternates: { canonical: 'https://x.test/news/s', types: { 'application/rss+xml': [{ url: 'https://x.test/feed.xml', title: 'Latest' }] } },
      openGraph: { title: 'Social', type: 'article', tags: ['One', 'Two'], images: [{ url: 'https://x.test/og.png', width: 1200 }] },
      twitter: { card: 'summary_large_image', images: [{ url: 'https://x.test/og.png', alt: 'Alt' }] },
    });
    expect(floor.viewport).toEqual({ themeColor: [{ media: '(prefers-color-scheme: light)', color: '#fff' }] });
    expect(floor.preloads).toEqual([{ href: '/h.jpg', options: { as: 'image', imageSrcSet: '/h-640.jpg 640w', imageSizes: '100vw', fetchPriority: 'high' } }]);
    expect(floor.elements).toEqual([['link', { rel: 'search', href: '/opensearch.xml', type: 'application/opensearchdescription+xml' }]]);
    expect(floor.skipped).toEqual(['charset', 'viewport', 'link stylesheet', 'script']);
  });
});

describe('floor images', () => {
  it('lists the local pictures next/image serves, once each, and nothing else', () => {
    const html =
      '<img srcSet="/_next/image?url=%2Fimages%2Fdemo%2Fa.jpg&amp;w=640&amp;q=75 640w" src="/_next/image?url=%2Fimages%2Fdemo%2Fa.jpg&amp;w=1600&amp;q=75"/>' +
      '<img src="/_next/image?url=%2Fmedia%2Fb.webp&amp;w=256&amp;q=75"/><img src="/_next/image?url=https%3A%2F%2Fx.test%2Fc.jpg&amp;w=256&amp;q=75"/>' +
      '<img src="/_next/image?url=%2F..%2Fsecret&amp;w=256&amp;q=75"/><img src="/plain.jpg"/>';
    expect(floorImages(html)).toEqual(['/images/demo/a.jpg', '/media/b.webp']);
  });
});

describe('floor files', () => {
  it('makes one statically generated floor per page, each answering on a path of its own', () => {
    const page = (title: string, text: string) => `<html><head><title>${title}</title></head><body><main><h1>${text}</h1></main></body></html>`;
    const { files, paths } = floorFiles([
      { html: page('Home', 'Top stories'), path: '/' },
      { html: page('News', 'News'), path: '/news' },
      { html: page('Story', 'A story'), path: '/news/a-story' },
    ]);
    expect(paths).toEqual(['/floor/home', '/floor/news', '/floor/news--a-story']);
    const floors = JSON.parse(files['floor.json']!) as { slug: string; metadata: { title?: { absolute: string } }; body: unknown[] }[];
    expect(floors.map(({ slug, metadata, body }) => [slug, metadata.title?.absolute, body])).toEqual([
      ['home', 'Home', [['main', {}, ['h1', {}, 'Top stories']]]],
      ['news', 'News', [['main', {}, ['h1', {}, 'News']]]],
      ['news--a-story', 'Story', [['main', {}, ['h1', {}, 'A story']]]],
    ]);
    expect(files['app/floor/[slug]/page.tsx']).toContain('generateStaticParams');
  });
});
