import { parse } from 'node-html-parser';
import { signShareToken } from '@/lib/preview/share-token';
import { canaryArticles, CANARIES, closeE2eDb, enablePreview, ensureEditor, signIn, type CookieJar, type DraftArticle } from './editor-helpers';
import { searchClient } from './support/search-client';
import { baseUrl, url } from './support/site';
import { readState } from './support/state';

/**
 * The leak suite: no public route, in any request variant a cache, crawler or
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
/** The body of each probed response (probe reads it to search for canaries). */
const bodies = new WeakMap<Response, string>();

type Send = (path: string, headers: Record<string, string>) => Promise<Response>;
// Concatenated, not resolved: `//news/…` must reach the server as a path, not become a host.
const fromHere: Send = (path, headers) => fetch(`${baseUrl()}${path}`, { headers, redirect: 'follow' });

async function probe(path: string, headers: Record<string, string> = {}, label = path, send: Send = fromHere): Promise<Response> {
  const response = await send(path, headers);
  const body = await response.text();
  bodies.set(response, body);
  counts.requests += 1;
  for (const canary of CANARIES) {
    if (body.includes(canary)) {
      counts.leaks += 1;
      leaks.push(`${canary} in ${label} (${response.status})`);
    }
  }
  return response;
}

/** Never stored by a shared cache, never indexed, and the URL's token never sent on as a Referer. */
function expectPrivate(response: Response, label: string): void {
  const headers = ['cache-control', 'x-robots-tag', 'referrer-policy'].map((name) => response.headers.get(name) ?? '');
  expect({ label, headers }).toEqual({
    label,
    headers: [expect.stringMatching(/(?=.*private)(?=.*no-store)/), expect.stringMatching(/noindex/), 'no-referrer'],
  });
}

/**
 * The page a public listing path must answer with, so "no canary in it" is not proved by an error
 * page: the status, the media type and a mark of the right document.
 */
function expectListing(response: Response, path: string): void {
  const body = bodies.get(response) ?? '';
  const type = response.headers.get('content-type') ?? '';
  const kind = /\.xml$/.test(path) ? (path.includes('news-sitemap') ? 'news sitemap' : path.includes('sitemap') ? 'sitemap' : 'feed') : path === '/robots.txt' ? 'robots' : 'page';
  const marks: Record<typeof kind, [RegExp, RegExp]> = {
    'news sitemap': [/xml/, /<urlset[^>]*xmlns:news="http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9"[\s\S]*<news:news>/],
    sitemap: [/xml/, /<urlset[\s\S]*<loc>/],
    feed: [/xml/, /<rss[\s\S]*<channel>/],
    robots: [/text\/plain/, /^User-Agent: \*/im],
    page: [/text\/html/, /<main class="site-main"/],
  };
  const [typePattern, bodyPattern] = marks[kind];
  // A page must be the one asked for (its canonical URL), not the not-found page in the same chrome.
  const canonical = parse(body).querySelector('link[rel="canonical"]')?.getAttribute('href');
  const itself = kind !== 'page' || (canonical !== undefined && new URL(canonical).pathname === path);
  expect({ path, status: response.status, type: typePattern.test(type), document: bodyPattern.test(body) && itself }).toEqual({
    path,
    status: 200,
    type: true,
    document: true,
  });
}

/** A real 404 (not a 200 carrying the 404 page), private, unindexed and referrer-free. */
function expectPrivateNotFound(response: Response, label: string): void {
  expect({ label, status: response.status }).toEqual({ label, status: 404 });
  expectPrivate(response, label);
}

let drafts: DraftArticle[] = [];

/**
 * Search for each canary and each unpublished headline, in the request variants that matter to a
 * request-time page. Queries are lower case: the page repeats the query, and the canaries are upper
 * case, so only an article's own text can put a canary in the body. Sent from rotating client
 * addresses, so /search's per-client limit is never what answers.
 */
async function probeSearch(extra: Record<string, string> = {}, note = ''): Promise<void> {
  const client = searchClient();
  // Next sends an RSC request without `_rsc` to the same URL with it (307): follow, as fetch would.
  const send: Send = async (path, headers) => {
    const response = await client(path, headers);
    const location = response.headers.get('location');
    return response.status === 307 && location?.startsWith('/search?') ? client(location, headers) : response;
  };
  const queries = ['zebrafinch', ...CANARIES.map((c) => c.toLowerCase()), ...drafts.map((d) => `"${d.canary.toLowerCase()}"`), 'embargoed festival'];
  for (const query of queries) {
    const path = `/search?q=${encodeURIComponent(query)}`;
    for (const [variant, headers] of [['plain', {}], ['RSC: 1', { RSC: '1' }]] as const) {
      const response = await probe(path, { ...headers, ...extra }, `${path} [${variant}${note}]`, send);
      expect({ path, note, status: response.status }).toEqual({ path, note, status: 200 });
    }
    await probe(`${path}&page=2`, extra, `${path}&page=2${note}`, send);
    if (query.startsWith('zebrafinch')) expect(bodies.get(await probe(path, extra, `${path}${note}`, send))).toContain('No stories match every word');
  }
}

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
    const listings = ['/', ...sectionPaths, '/feed.xml', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt'];
    for (const path of listings) expectListing(await probe(path), path);
    for (const path of sectionPaths.map((p) => `${p}?_rsc=1`)) expect({ path, status: (await probe(path)).status }).toEqual({ path, status: 200 });
    const gone = ['/preview', '/preview?token=', ...drafts.map((d) => `/preview/draft?section=${d.section}&slug=${d.slug}`)];
    for (const path of gone) expectPrivateNotFound(await probe(path), path);
    // Split sitemap files count from 1: the first one is a sitemap, "0" is a real 404.
    expectListing(await probe('/sitemaps/1.xml'), '/sitemaps/1.xml');
    expect((await probe('/sitemaps/0.xml')).status).toBe(404);
    expect(leaks).toEqual([]);
  });

  it('keeps drafts and the scheduled story out of search results', async () => {
    await probeSearch();
    await probeSearch({ cookie: '__prerender_bypass=forged' }, ', forged Draft Mode');
    expect(leaks).toEqual([]);
  });

  it('answers a real 404 for share links without a valid token and draft views without a session', async () => {
    const secret = readState().nextAuthSecret;
    const shareId = 'AAAAAAAAAAAAAAAAAAAAAA';
    const valid = signShareToken(secret, shareId, new Date(Date.now() + 3_600_000));
    const tokens = {
      none: '/preview',
      empty: '/preview?token=',
      garbage: '/preview?token=not-a-token',
      // Correctly signed, but no such link was ever issued.
      unknown: `/preview?token=${valid}`,
      // Correctly signed and expired an hour ago.
      expired: `/preview?token=${signShareToken(secret, shareId, new Date(Date.now() - 3_600_000))}`,
      // Signed with another secret.
      forged: `/preview?token=${signShareToken('not-the-server-secret-0123456789abcdef', shareId, new Date(Date.now() + 3_600_000))}`,
    };
    for (const [label, path] of Object.entries(tokens)) {
      expectPrivateNotFound(await probe(path), `share link: ${label}`);
      // The client router's RSC request gets Next's not-found payload (Next sends it with a 200).
      expectPrivate(await probe(path, { RSC: '1' }), `share link (RSC): ${label}`);
    }
    for (const draft of drafts) {
      const view = `/preview/draft?section=${draft.section}&slug=${draft.slug}`;
      expectPrivateNotFound(await probe(view), `draft view ${draft.path}`);
      expectPrivateNotFound(await probe(view, { cookie: '__prerender_bypass=forged' }), `draft view ${draft.path}, forged Draft Mode`);
      expectPrivateNotFound(
        await probe(view, { cookie: 'next-auth.session-token=forged; __prerender_bypass=forged' }),
        `draft view ${draft.path}, forged session`,
      );
      // An article URL with a forged Draft Mode cookie reaches the public page: a 404 for a draft.
      expect((await probe(draft.path, { cookie: '__prerender_bypass=forged' })).status).toBe(404);
    }
    expect(leaks).toEqual([]);
  });

  it('refuses draft Open Graph images to everyone but editors', async () => {
    for (const draft of drafts) {
      const editorRoute = await fetch(url(`/api/preview/og/${draft.id}`));
      expect(editorRoute.status).toBe(404);
      const publicRoute = await fetch(url(`/og/article/${draft.slug}/x`));
      // The route's own not-found answer (not an error page that happens not to be an image).
      expect({ status: publicRoute.status, type: publicRoute.headers.get('content-type'), body: await publicRoute.text() }).toEqual({
        status: 404,
        type: 'text/plain; charset=utf-8',
        body: 'Not found',
      });
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

  it('kills a share link on revocation: a real 404, nothing of the draft', async () => {
    const [draft] = drafts as [DraftArticle];
    const headers = { 'content-type': 'application/json', cookie: jar.header(), origin: baseUrl() };
    const created = await fetch(url('/api/preview/share'), { method: 'POST', headers, body: JSON.stringify({ articleId: draft.id }) });
    expect(created.status).toBe(201);
    const { path, id } = (await created.json()) as { path: string; id: string };
    const open = await fetch(url(path));
    expect(open.status).toBe(200);
    expect(await open.text()).toContain(draft.canary);
    const revoked = await fetch(url('/api/preview/revoke'), { method: 'POST', headers, body: JSON.stringify({ articleId: draft.id, shareId: id }) });
    expect(await revoked.json()).toEqual({ revoked: true });
    expectPrivateNotFound(await probe(path, {}, `${path} after revocation`), 'revoked share link');
    expect(leaks).toEqual([]);
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
      const draftModeOnly = await probe(draft.path, { cookie: draftCookie }, `${draft.path} [real Draft Mode cookie, no session]`);
      expect(draftModeOnly.status).toBe(404);
      expect(draftModeOnly.headers.get('cache-control')).toMatch(/no-store/);
      expect((await probe(draft.path, { cookie: sessionOnly }, `${draft.path} [session, no Draft Mode]`)).status).toBe(404);
      await probe(`${draft.path}?_rsc=1`, { cookie: draftCookie, RSC: '1' }, `${draft.path} [Draft Mode cookie, RSC]`);
      const view = `/preview/draft?section=${draft.section}&slug=${draft.slug}`;
      expectPrivateNotFound(await probe(view, { cookie: draftCookie }, `${view} [real Draft Mode cookie, no session]`), `${view} without a session`);
    }
    for (const path of ['/', '/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) expectListing(await probe(path, {}, `${path} after preview`), path);
    // Search is public only, for editors in Draft Mode too.
    await probeSearch({}, ', after preview');
    await probeSearch({ cookie: jar.header() }, ', editor in Draft Mode');
    expect(leaks).toEqual([]);
  });
});
