import type { IncomingMessage, ServerResponse } from 'node:http';
import { createMicroCache, isSharedResponse, microCacheKey } from '@/lib/http/micro-cache.mjs';

/** The one-second cache of whole public responses in front of Next (scripts/server.mjs). */

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { method, url, headers } as unknown as IncomingMessage;
}

function response(status: number, headers: Record<string, string | string[]>): ServerResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    statusCode: status,
    getHeader: (name: string) => lower[name.toLowerCase()],
    getHeaders: () => ({ ...lower }),
  } as unknown as ServerResponse;
}

const PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400, stale-if-error=86400';

describe('which requests may be answered from the cache', () => {
  it('takes plain GETs of public paths', () => {
    expect(microCacheKey(request('/news/a-story'))).toBe('/news/a-story');
    expect(microCacheKey(request('/'))).toBe('/');
    expect(microCacheKey(request('/feed.xml', { cookie: 'theme=dark' }))).toBe('/feed.xml');
  });

  it('leaves to Next whatever can differ per request', () => {
    expect(microCacheKey(request('/news/a-story', {}, 'HEAD'))).toBeNull();
    expect(microCacheKey(request('/news/a-story', {}, 'POST'))).toBeNull();
    expect(microCacheKey(request('/news?page=2'))).toBeNull();
    expect(microCacheKey(request('/news/a-story?_rsc=abc'))).toBeNull();
    expect(microCacheKey(request('/news/a-story', { rsc: '1' }))).toBeNull();
    expect(microCacheKey(request('/news/a-story', { 'next-router-prefetch': '1' }))).toBeNull();
    expect(microCacheKey(request('/news/a-story', { 'next-action': 'abc' }))).toBeNull();
    expect(microCacheKey(request('/news/a-story', { cookie: 'a=1; __prerender_bypass=xyz' }))).toBeNull();
    for (const path of ['/api/health', '/_next/static/x.js', '/editor', '/editor/sign-in', '/preview?token=x', '/preview/draft']) {
      expect(microCacheKey(request(path))).toBeNull();
    }
  });
});

describe('which responses may be kept for every reader', () => {
  it('keeps a 200 string body with a public shared-cacheable Cache-Control', () => {
    expect(isSharedResponse(response(200, { 'Cache-Control': PUBLIC }), '<html>')).toBe(true);
  });

  it('refuses private, uncacheable, cookie-setting, non-200 and non-string responses', () => {
    expect(isSharedResponse(response(200, { 'Cache-Control': 'private, no-store, max-age=0' }), '<html>')).toBe(false);
    expect(isSharedResponse(response(200, { 'Cache-Control': 'public, max-age=60' }), '<html>')).toBe(false);
    expect(isSharedResponse(response(200, {}), '<html>')).toBe(false);
    expect(isSharedResponse(response(200, { 'Cache-Control': PUBLIC, 'Set-Cookie': ['a=1'] }), '<html>')).toBe(false);
    expect(isSharedResponse(response(404, { 'Cache-Control': PUBLIC }), '<html>')).toBe(false);
    expect(isSharedResponse(response(200, { 'Cache-Control': PUBLIC }), Buffer.from('png'))).toBe(false);
  });
});

describe('createMicroCache', () => {
  let clock = 0;
  const page = response(200, { 'Cache-Control': PUBLIC, 'Content-Type': 'text/html', 'Content-Length': '6', ETag: '"x"', Vary: 'rsc' });

  beforeEach(() => {
    clock = 0;
  });

  it('answers a kept page until it is ttl old, with its page headers but not per-response ones', () => {
    const cache = createMicroCache({ ttlMs: 1_000, now: () => clock });
    cache.keep(cache.ticket('/a'), page, '<html>');
    clock = 999;
    expect(cache.lookup('/a')).toEqual({ at: 0, body: '<html>', headers: [['cache-control', PUBLIC], ['content-type', 'text/html'], ['vary', 'rsc']] });
    clock = 1_000;
    expect(cache.lookup('/a')).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('forgets everything when a tag expires, and refuses a response begun before the expiry', () => {
    const cache = createMicroCache({ now: () => clock });
    cache.keep(cache.ticket('/a'), page, 'old /a');
    const beganBefore = cache.ticket('/b');
    cache.flush();
    expect(cache.lookup('/a')).toBeNull();
    cache.keep(beganBefore, page, 'old /b, rendered from rows read before the publish');
    expect(cache.lookup('/b')).toBeNull();
    cache.keep(cache.ticket('/b'), page, 'new /b');
    expect(cache.lookup('/b')?.body).toBe('new /b');
  });

  it('lets go of expired pages as new ones come in, even if nobody asks for them again', () => {
    const cache = createMicroCache({ ttlMs: 1_000, now: () => clock });
    cache.keep(cache.ticket('/a'), page, '/a');
    cache.keep(cache.ticket('/b'), page, '/b');
    clock = 1_500;
    cache.keep(cache.ticket('/c'), page, '/c');
    expect(cache.size).toBe(1);
    expect(cache.lookup('/c')?.body).toBe('/c');
  });

  it('holds at most maxEntries pages, oldest out first', () => {
    const cache = createMicroCache({ maxEntries: 2, now: () => clock });
    for (const key of ['/a', '/b', '/c']) cache.keep(cache.ticket(key), page, key);
    expect([cache.lookup('/a'), cache.lookup('/b')?.body, cache.lookup('/c')?.body]).toEqual([null, '/b', '/c']);
  });
});
