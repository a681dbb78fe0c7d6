import { createHash } from 'node:crypto';
import { contentSecurityPolicy, DEVELOPMENT_POLICY, hasNonce, STRICT_POLICY, withScriptHashes } from '@/lib/http/csp.mjs';
import { createEncodedBodyCache } from '@/lib/http/encoded-body-cache.mjs';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes.mjs';
import { MAX_SURROGATE_KEY_LENGTH, surrogateKeyHeaders } from '@/lib/http/surrogate-keys.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scriptSrc = (policy: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';

// Shaped like Next's output: a bootstrap, payload chunks (with non-ASCII text), external chunks, JSON-LD.
const BOOT = '(self.__next_s=self.__next_s||[]).push([0,{}])';
const PUSH = 'self.__next_f.push([1,"Calvera’s dockworkers \\u003cb\\u003e"])';
const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>
<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>x</p>
<script>${BOOT}</script><script>${PUSH}</script><script>${PUSH}</script>
<script type="module">import "/x.js"</script><SCRIPT data-src="/y">y()</SCRIPT></body></html>`;

describe('inline script hashes (the CSP of cached pages)', () => {
  it('hashes each executable inline script exactly as a browser does, once, in order', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha256(BOOT), sha256(PUSH), sha256('import "/x.js"'), sha256('y()')]);
  });

  it('skips external scripts and data blocks, and finds nothing in a page without scripts', () => {
    const hashes = inlineScriptHashes(PAGE);
    expect(hashes).not.toContain(sha256(''));
    expect(hashes).not.toContain(sha256('{"@type":"NewsArticle"}'));
    expect(inlineScriptHashes('<!DOCTYPE html><p>No scripts</p>')).toEqual([]);
  });

  it('puts the hashes in script-src and keeps every other directive', () => {
    const framed = contentSecurityPolicy({ scriptSrc: [], frameAncestors: "'self'" });
    const policy = withScriptHashes(framed, [sha256(BOOT)]);
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${sha256(BOOT)}`);
    expect(policy.replace(scriptSrc(policy), '')).toBe(framed.replace(scriptSrc(framed), ''));
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it('never lets inline scripts run in production without a hash or nonce; images from https load', () => {
    expect(scriptSrc(STRICT_POLICY)).toBe("script-src 'self'");
    expect(STRICT_POLICY).toContain("img-src 'self' data: blob: https:");
    expect(hasNonce(STRICT_POLICY)).toBe(false);
    expect(hasNonce(contentSecurityPolicy({ scriptSrc: ["'nonce-abc'"] }))).toBe(true);
    expect(scriptSrc(DEVELOPMENT_POLICY)).toContain("'unsafe-inline'"); // next dev only
  });

  it('is computed once per page version, with the ETag, and only for HTML', async () => {
    const cache = createEncodedBodyCache();
    const html = await cache.get(PAGE, true, true);
    expect(await cache.get(PAGE, true, true)).toBe(html);
    expect(scriptSrc(html.policy(STRICT_POLICY))).toBe(`script-src 'self' ${inlineScriptHashes(PAGE).join(' ')}`);
    expect(html.policy(STRICT_POLICY)).toBe(html.policy(STRICT_POLICY));
    const payload = await cache.get(`${PAGE} `, true, false);
    expect(payload.policy(STRICT_POLICY)).toBe(STRICT_POLICY);
  });
});

describe('Surrogate-Key and Cache-Tag headers', () => {
  it('name the tags in both forms', () => {
    expect(surrogateKeyHeaders(['articles', 'article-slug:a-story'])).toEqual([
      { key: 'Surrogate-Key', value: 'articles article-slug:a-story' },
      { key: 'Cache-Tag', value: 'articles,article-slug:a-story' },
    ]);
  });

  it('stay within their bound at a whole tag and drop what a CDN cannot take', () => {
    const tags = Array.from({ length: 200 }, (_, i) => `tag:topic-number-${i}`);
    const [surrogate, cacheTag] = surrogateKeyHeaders(['bad tag', 'a,b', ...tags]);
    expect(surrogate!.value.length).toBeLessThanOrEqual(MAX_SURROGATE_KEY_LENGTH);
    expect(surrogate!.value.split(' ').every((tag) => tags.includes(tag))).toBe(true);
    expect(cacheTag!.value).toBe(surrogate!.value.replaceAll(' ', ','));
  });
});
