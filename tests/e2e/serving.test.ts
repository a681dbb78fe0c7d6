import fs from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './support/server';
import { url } from './support/site';
import { readState } from './support/state';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with the exact request headers given (fetch would add its own and decompress). */
function rawGet(pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url(pathname), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function leadArticlePath(): Promise<string> {
  const home = await (await fetch(url('/'))).text();
  const match = home.match(/<section aria-label="Lead story"[^]*?href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/);
  if (!match?.[1]) throw new Error('no lead story on the home page');
  return match[1];
}

/** Cached pages as npm start sends them: validators, compression and byte budgets (issue 10). */
describe('serving cached reader pages', () => {
  let article: string;
  beforeAll(async () => {
    article = await leadArticlePath();
    await rawGet(article); // the first request may render; the rest are cache hits
  });

  it('answers a repeat visit with 304 Not Modified when the reader already has the page', async () => {
    const first = await rawGet(article);
    expect(first.status).toBe(200);
    expect(first.headers['x-nextjs-cache']).toBe('HIT');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await rawGet(article, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // A changed page (another tag) is sent whole.
    expect((await rawGet(article, { 'If-None-Match': '"something-else"' })).status).toBe(200);
  });

  it('sends gzip to browsers that accept it, decoding to exactly the page', async () => {
    const plain = await rawGet(article);
    const zipped = await rawGet(article, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(String(zipped.headers.vary)).toMatch(/Accept-Encoding/);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('still compresses pages rendered at request time and feeds', async () => {
    const feed = await rawGet('/feed.xml', { 'Accept-Encoding': 'gzip' });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(feed.body).toString('utf8')).toContain('<rss');
  });

  /*
   * Byte budgets of the demo lead article (bytes are deterministic, times are not). Every byte of
   * HTML is paid by readers on slow phones and by the server; these fail when a change makes the
   * page heavier than measured in issue 10 (101 KB raw, 21 KB gzip, 62 KB of RSC payload before).
   */
  it('keeps the demo lead article within its byte budget', async () => {
    const page = await rawGet(article, { 'Accept-Encoding': 'gzip' });
    const html = gunzipSync(page.body).toString('utf8');
    const rsc = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/g)].reduce((sum, m) => sum + (m[1]?.length ?? 0), 0);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(BUDGET.htmlBytes);
    expect(page.body.length).toBeLessThanOrEqual(BUDGET.gzipBytes);
    expect(rsc).toBeLessThanOrEqual(BUDGET.rscBytes);
  });
});

/** Next's hashed build assets, answered from memory after the first time (decision 0017). */
describe('serving build assets', () => {
  it('answers a stylesheet again with the same bytes and headers, gzipped once with its length', async () => {
    const home = await (await fetch(url('/'))).text();
    const stylesheet = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!stylesheet) throw new Error('no stylesheet on the home page');
    const first = await rawGet(stylesheet, { 'Accept-Encoding': 'gzip' });
    const again = await rawGet(stylesheet, { 'Accept-Encoding': 'gzip' });
    const plain = await rawGet(stylesheet);
    expect([first.status, again.status, plain.status]).toEqual([200, 200, 200]);
    expect(gunzipSync(again.body)).toEqual(gunzipSync(first.body));
    expect(plain.body).toEqual(gunzipSync(first.body));
    expect(Number(again.headers['content-length'])).toBe(again.body.length);
    for (const name of ['cache-control', 'content-type', 'content-security-policy', 'x-content-type-options', 'strict-transport-security', 'vary']) {
      expect([name, again.headers[name]]).toEqual([name, first.headers[name]]);
    }
    expect(again.headers['cache-control']).toMatch(/\bimmutable\b/);
    // A range is still answered by Next from the file.
    const range = await rawGet(stylesheet, { Range: 'bytes=0-9' });
    expect(range.status).toBe(206);
    expect(range.body).toEqual(plain.body.subarray(0, 10));
  });
});

/*
 * Every reader downloads the site stylesheet before the first paint, so it holds reader styles only:
 * Tailwind generates utilities from reader code, and the editor's from editor code into the editor's
 * own stylesheet (app/globals.css, app/(editor)/editor/editor.css).
 */
describe('the reader stylesheet', () => {
  it('stays within its byte budget and carries none of the editor\'s rules', async () => {
    const page = await (await fetch(url(await leadArticlePath()))).text();
    const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map((m) => m[1]!);
    expect(stylesheets).toHaveLength(1);
    const css = await rawGet(stylesheets[0]!, { 'Accept-Encoding': 'gzip' });
    expect(css.status).toBe(200);
    expect(gunzipSync(css.body).length).toBeLessThanOrEqual(BUDGET.stylesheetBytes);
    expect(css.body.length).toBeLessThanOrEqual(BUDGET.stylesheetGzipBytes);
    const rules = gunzipSync(css.body).toString('utf8');
    // The device preview's phone-width frame and the draft editor's classes are the editor's alone.
    expect(rules).not.toContain('.w-\\[390px\\]');
    expect(rules).not.toContain('.draft-');
  });
});

/*
 * COOP `same-origin` moves a page into a browsing context group of its own at every arrival from another
 * tab or site, which doubled an article's main-thread blocking in Lighthouse (decision 0016).
 * Public reading pages go without it; what holds an editor's session or a reader's token keeps it.
 */
describe('the opener policy each page sends', () => {
  const openerPolicy = async (pathname: string, headers: Record<string, string> = {}) =>
    (await rawGet(pathname, headers)).headers['cross-origin-opener-policy'];

  it('leaves reading pages in the reader\'s browsing context group', async () => {
    const article = await leadArticlePath();
    const articleHtml = (await rawGet(article)).body.toString('utf8');
    const tag = /href="(\/tag\/[a-z0-9-]+)"/.exec(articleHtml)?.[1];
    expect(tag).toBeDefined();
    for (const pathname of ['/', article, `/${article.split('/')[1]}`, tag!, '/search?q=harbour']) {
      expect({ pathname, policy: await openerPolicy(pathname) }).toEqual({ pathname, policy: 'unsafe-none' });
    }
  });

  it('isolates editor pages, Draft Mode views, sign-in, newsletter pages and APIs', async () => {
    const article = await leadArticlePath();
    const isolated: [string, Record<string, string>][] = [
      ['/editor', {}],
      ['/editor/sign-in', {}],
      ['/newsletters', {}],
      ['/api/health', {}],
      [article, { Cookie: '__prerender_bypass=not-a-valid-one' }],
    ];
    for (const [pathname, headers] of isolated) {
      expect({ pathname, policy: await openerPolicy(pathname, headers) }).toEqual({ pathname, policy: 'same-origin' });
    }
  });
});

/*
 * Next loads the proxy's bundle on a server's first request, whatever the URL, and keeps it: code
 * that only the editor's area needs (next-auth, Kysely, zod: 0.9 MB when proxy.ts imported its gates
 * statically) must load on first use instead. The budget is on the chunks middleware.js loads up front.
 */
describe("the proxy's code a reader's server loads", () => {
  it('stays within its budget', () => {
    const server = path.join(ROOT, readState().distDir, 'server');
    const entry = fs.readFileSync(path.join(server, 'middleware.js'), 'utf8');
    const chunks = [...entry.matchAll(/R\.c\("server\/([^"]+)"\)/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    const bytes = chunks.reduce((sum, chunk) => sum + fs.statSync(path.join(server, chunk)).size, 0);
    expect(bytes).toBeLessThanOrEqual(PROXY_UP_FRONT_BYTES);
  });
});

// Next's middleware adapter and the proxy's own routing measured 208 KB (December 2026).
const PROXY_UP_FRONT_BYTES = 260_000;

/*
 * Measured at 77.0 KB, 18.4 KB and 46.4 KB (December 2026); about 2% headroom. The stylesheet measured 37.2 KB
 * and 6.5 KB gzip (45.9 and 8.1 KB while it still carried the editor's utilities and words from docs and tests).
 */
const BUDGET = { htmlBytes: 78_500, gzipBytes: 18_800, rscBytes: 47_500, stylesheetBytes: 38_000, stylesheetGzipBytes: 6_700 };
