import { canaryArticles, CANARIES, closeE2eDb, enablePreview, ensureEditor, signIn, type CookieJar, type DraftArticle } from './editor-helpers';
import { baseUrl, url } from './support/site';

/**
 * The leak suite (GUIDE §7/§8): no public route, in any request variant a cache, crawler or
 * attacker might send, returns draft text to a request without an editor session. Every response
 * body is searched for every canary string the demo drafts carry. Then an editor previews each
 * draft, and the same URLs without cookies must still show nothing.
 */

interface Variant {
  name: string;
  path: (path: string) => string;
  headers?: Record<string, string>;
}

/** Percent-encodes the first letter of the slug: `/news/%6Fstmark-…`. */
function encodeFirstSlugChar(path: string): string {
  const cut = path.lastIndexOf('/') + 1;
  const char = path.charCodeAt(cut).toString(16).toUpperCase();
  return `${path.slice(0, cut)}%${char}${path.slice(cut + 1)}`;
}

const VARIANTS: Variant[] = [
  { name: 'plain', path: (p) => p },
  { name: 'trailing slash', path: (p) => `${p}/` },
  { name: '?_rsc=1', path: (p) => `${p}?_rsc=1` },
  { name: 'RSC: 1', path: (p) => p, headers: { RSC: '1' } },
  { name: 'RSC + Next-Router-Prefetch', path: (p) => p, headers: { RSC: '1', 'Next-Router-Prefetch': '1' } },
  { name: 'Next-Router-Prefetch only', path: (p) => p, headers: { 'Next-Router-Prefetch': '1' } },
  { name: 'segment prefetch', path: (p) => p, headers: { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' } },
  { name: 'x-middleware-subrequest (middleware)', path: (p) => p, headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' } },
  { name: 'x-middleware-subrequest (proxy)', path: (p) => p, headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } },
  { name: 'percent-encoded slug', path: encodeFirstSlugChar },
  { name: 'percent-encoded slash', path: (p) => p.replace(/\/([^/]*)$/, '%2F$1') },
  { name: 'upper case', path: (p) => p.toUpperCase() },
  { name: 'double slash', path: (p) => `/${p}` },
  { name: 'forged Draft Mode cookie', path: (p) => p, headers: { cookie: '__prerender_bypass=forged' } },
  { name: 'forged session cookie', path: (p) => p, headers: { cookie: 'next-auth.session-token=forged; __prerender_bypass=forged' } },
  { name: 'HEAD-like range', path: (p) => p, headers: { Range: 'bytes=0-' } },
];

const counts = { requests: 0, leaks: 0 };
const leaks: string[] = [];

async function probe(path: string, headers: Record<string, string> = {}, label = path): Promise<Response> {
  // Concatenated, not resolved: `//news/…` must reach the server as a path, not become a host.
  const response = await fetch(`${baseUrl()}${path}`, { headers, redirect: 'follow' });
  const body = await response.text();
  counts.requests += 1;
  for (const canary of CANARIES) {
    if (body.includes(canary)) {
      counts.leaks += 1;
      leaks.push(`${canary} in ${label} (${response.status})`);
    }
  }
  return response;
}

let drafts: DraftArticle[] = [];

beforeAll(async () => {
  drafts = await canaryArticles();
});

afterAll(async () => {
  console.info(`[figures] leak suite: ${counts.requests} requests, ${counts.leaks} leaks${leaks.length ? `: ${leaks.join('; ')}` : ''}`);
  await closeE2eDb();
});

describe('drafts without a session', () => {
  it('answers 404 at each draft URL and shows no draft text in any request variant', async () => {
    for (const draft of drafts) {
      const plain = await probe(draft.path);
      expect(plain.status).toBe(404);
      for (const variant of VARIANTS) await probe(variant.path(draft.path), variant.headers, `${draft.path} [${variant.name}]`);
    }
    expect(leaks).toEqual([]);
  });

  it('keeps drafts out of listings, feeds, sitemaps and the preview routes', async () => {
    const sectionPaths = [...new Set(drafts.map((d) => `/${d.section}`))];
    const paths = [
      '/',
      ...sectionPaths,
      ...sectionPaths.map((p) => `${p}?_rsc=1`),
      '/feed.xml',
      '/sitemap.xml',
      '/news-sitemap.xml',
      '/robots.txt',
      '/preview',
      '/preview?token=',
      ...drafts.map((d) => `/preview/draft?section=${d.section}&slug=${d.slug}`),
    ];
    for (const path of paths) await probe(path);
    for (const path of ['/sitemaps/0.xml', '/sitemaps/1.xml']) await probe(path);
    expect(leaks).toEqual([]);
  });

  it('refuses draft Open Graph images to everyone but editors', async () => {
    for (const draft of drafts) {
      const editorRoute = await fetch(url(`/api/preview/og/${draft.id}`));
      expect(editorRoute.status).toBe(404);
      const publicRoute = await fetch(url(`/og/article/${draft.slug}/x`));
      expect(publicRoute.headers.get('content-type') ?? '').not.toMatch(/image\//);
      counts.requests += 2;
    }
  });
});

describe('after an editor has previewed every draft', () => {
  const PASSWORD = 'leak suite editor passphrase';
  let jar: CookieJar;

  beforeAll(async () => {
    await ensureEditor('leak-suite@example.org', PASSWORD, 'Leak Suite');
    ({ jar } = await signIn('leak-suite@example.org', PASSWORD, { forwardedFor: '192.0.2.50' }));
  });

  it('shows the editor the draft, privately and noindex', async () => {
    for (const draft of drafts) {
      expect((await enablePreview(jar, draft.id)).headers.get('location')).toBe(draft.path);
      const started = performance.now();
      const response = await fetch(url(draft.path), { headers: { cookie: jar.header() } });
      const body = await response.text();
      const ms = performance.now() - started;
      expect(response.status).toBe(200);
      expect(body).toContain(draft.canary);
      expect(body).toContain('Exit preview');
      expect(response.headers.get('cache-control')).toMatch(/private/);
      expect(response.headers.get('cache-control')).toMatch(/no-store/);
      expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
      console.info(`[figures] draft preview render ${draft.path}: ${ms.toFixed(0)} ms`);
    }
  });

  it('still shows nothing at the same URLs without cookies, with only one of the two cookies, or in any variant', async () => {
    const draftCookie = jar
      .header()
      .split('; ')
      .filter((pair) => pair.startsWith('__prerender_bypass='))
      .join('; ');
    const sessionOnly = jar
      .header()
      .split('; ')
      .filter((pair) => !pair.startsWith('__prerender_bypass='))
      .join('; ');
    expect(draftCookie).not.toBe('');
    for (const draft of drafts) {
      expect((await probe(draft.path)).status).toBe(404);
      for (const variant of VARIANTS) await probe(variant.path(draft.path), variant.headers, `${draft.path} after preview [${variant.name}]`);
      await probe(draft.path, { cookie: draftCookie }, `${draft.path} [real Draft Mode cookie, no session]`);
      await probe(draft.path, { cookie: sessionOnly }, `${draft.path} [session, no Draft Mode]`);
      await probe(`${draft.path}?_rsc=1`, { cookie: draftCookie, RSC: '1' }, `${draft.path} [Draft Mode cookie, RSC]`);
    }
    for (const path of ['/', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) await probe(path, {}, `${path} after preview`);
    expect(leaks).toEqual([]);
  });
});
