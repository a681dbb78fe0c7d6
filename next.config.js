// @ts-check
/**
 * Meridian's Next.js configuration.
 * Security headers for every response, and the CDN caching header of public reader pages, live
 * here (App Router pages cannot set response headers themselves). Route handlers, editor pages and
 * draft views set their own private, no-store headers; the Draft Mode cookie switches the public
 * header off.
 */
// process.env read here, not through lib/env.ts: Next loads this file as plain Node, outside the bundle.
const isProduction = process.env.NODE_ENV === 'production';

/**
 * Headers every response carries. The Content-Security-Policy comes from lib/http/csp.mjs:
 * in production no inline script runs unless `npm start` (scripts/server.mjs) adds its hash for the
 * page version it sends, or proxy.ts a per-request nonce (editor and preview pages). Decision 0008.
 * @param {string} policy
 */
const securityHeaders = (policy) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Our pages, scripts and API answers are for our own pages only; images are overridden below.
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Content-Security-Policy', value: policy },
  ...(isProduction
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []),
];

/** Pictures and share cards other sites may show (link previews, feed readers, hotlinks). */
const embeddableResources = ['/og/:path*', '/_next/image', '/images/:path*', '/media/:path*', '/icon.svg'];
const crossOriginResource = [{ key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }];

/*
 * Public reading pages (home, sections, articles, tags, authors) are shared-cacheable: a CDN may keep
 * them for a minute and serve them stale while it refetches, or while the origin is failing. Only
 * paths whose first segment could be a section/tag/author page get this header, never editor, API or
 * newsletter-token pages, and never a Draft Mode request (its cookie is `__prerender_bypass`). Next
 * keeps its own `private, no-store` on error responses (a 500 is never cached).
 */
const publicPageCache = [
  { key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=86400, stale-if-error=86400' },
];
const notDraft = [{ type: 'cookie', key: '__prerender_bypass' }];
/*
 * Public reading pages leave the reader's tab in its browsing context group. COOP `same-origin` makes
 * Chromium move the page into a new one (committed in a renderer of its own) at every arrival from a new
 * tab or another site, main-thread work that doubled the article's Lighthouse TBT (docs/reader-cost.md).
 * These pages hold nothing private for an opener to probe; every other response (editor, preview,
 * sign-in, newsletter tokens, APIs) keeps `same-origin`. Decision 0016.
 */
const readerOpenerPolicy = [{ key: 'Cross-Origin-Opener-Policy', value: 'unsafe-none' }];
/*
 * Search results (/search, a request-time page) may be kept by a CDN briefly: a query's answer changes
 * only when stories are published, which purges them by tag (lib/http/surrogate-keys.mjs), or when a
 * scheduled story's time comes. Never indexed; `search` is reserved above so no section can shadow it.
 */
const searchPageCache = [
  { key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=60' },
  { key: 'X-Robots-Tag', value: 'noindex' },
];

/*
 * `?page=N` on list pages becomes a path segment internally, so list pages stay fully static (search
 * params would make them request-time renders) and a page past the end is a real 404.
 */
const pageQuery = { type: 'query', key: 'page', value: '(?<page>[0-9]{1,6})' };

/**
 * The route patterns of public reading pages, from the first segments that are not
 * (lib/http/reserved-segments.mjs): the segment pattern, the pages that get the public cache header,
 * and the `?page=` rewrites.
 * @param {readonly string[]} notReaderSegments
 */
function readerRoutes(notReaderSegments) {
  // The lookahead is "not one of these words followed by the end of the segment": `$` would mean the
  // end of the whole path here, letting /api/health through.
  const readerSegment = `((?!(?:${notReaderSegments.join('|')})(?![a-z0-9-]))[a-z0-9-]{1,120})`;
  const readerPages = ['/', `/:section${readerSegment}`, `/:section${readerSegment}/:slug([a-z0-9-]{1,120})`, `/:section${readerSegment}/:slug([a-z0-9-]{1,120})/page/:page([0-9]{1,6})`, `/:section${readerSegment}/page/:page([0-9]{1,6})`];
  const paginationRewrites = [
    { source: '/tag/:slug([a-z0-9-]{1,120})', has: [pageQuery], destination: '/tag/:slug/page/:page' },
    { source: '/author/:slug([a-z0-9-]{1,120})', has: [pageQuery], destination: '/author/:slug/page/:page' },
    { source: `/:section${readerSegment}`, has: [pageQuery], destination: '/:section/page/:page' },
  ];
  return { readerSegment, readerPages, paginationRewrites };
}

/**
 * Responses to requests carrying the Draft Mode cookie may be framed by our own origin: the editors'
 * dashboard shows the preview in phone- and desktop-width iframes (see proxy.ts, lib/auth).
 */
const draftModeHeaders = [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }];

/**
 * An async config, so the ES modules shared with scripts/server.mjs (plain .mjs) can be imported.
 * @returns {Promise<import('next').NextConfig>}
 */
module.exports = async () => {
  const { DEVELOPMENT_POLICY, STRICT_POLICY, contentSecurityPolicy } = await import('./lib/http/csp.mjs');
  const { surrogateKeyRules } = await import('./lib/http/surrogate-keys.mjs');
  const { CACHE_LIFETIMES } = await import('./lib/cache/cache-lifetimes.mjs');
  const { PRIVATE_NO_REFERRER_HEADERS } = await import('./lib/http/private-headers.mjs');
  const { NOT_READER_SEGMENTS } = await import('./lib/http/reserved-segments.mjs');
  const { readerSegment, readerPages, paginationRewrites } = readerRoutes(NOT_READER_SEGMENTS);
  /**
   * proxy.ts answers dead share links and draft views without a session with a real 404 by rewriting
   * to Next's built-in `/_not-found` route (see lib/preview/proxy-gate.ts). That route is prerendered
   * and would otherwise go out shared-cacheable; these headers keep it private, unindexed and
   * referrer-free whether Next serves the rewrite in-process or, as it does under
   * `next start -H <address>`, proxies it to itself over HTTP (then the proxy's own headers are lost).
   */
  const previewNotFoundHeaders = Object.entries(PRIVATE_NO_REFERRER_HEADERS).map(([key, value]) => ({ key, value }));
  const policy = isProduction ? STRICT_POLICY : DEVELOPMENT_POLICY;
  const framedPolicy = isProduction
    ? contentSecurityPolicy({ scriptSrc: [], frameAncestors: "'self'" })
    : contentSecurityPolicy({ scriptSrc: ["'unsafe-inline'", "'unsafe-eval'"], frameAncestors: "'self'" });
  return {
    // Lets several builds coexist (e.g. a test build beside a dev server).
    distDir: process.env.NEXT_DIST_DIR || '.next',
    cacheComponents: true,
    // Named lifetimes for 'use cache' functions (cacheLife(LIFETIME.lists)); see the file.
    cacheLife: CACHE_LIFETIMES,
    partialPrefetching: true,
    // app/global-not-found.tsx answers unmatched URLs, so the root not-found boundary that every page
    // carries in its RSC payload can stay small (see that file).
    // Route modules load on their first request, not all at start: a server that only ever serves readers
    // never holds the editor's pages, APIs and sign-in in memory (about 15 MB; docs/reader-cost.md).
    experimental: { globalNotFound: true, preloadEntriesOnStart: false },
    poweredByHeader: false,
    // scripts/server.mjs (npm start) sends ETags and compresses, from encoded bodies it keeps per page
    // version; Next would hash and gzip every cached page again on every request.
    generateEtags: false,
    // The in-memory page cache's bound (Next's default, said here so it has one place; docs/reader-cost.md).
    cacheMaxMemorySize: 50 * 1024 * 1024,
    compress: false,
    reactStrictMode: true,
    serverExternalPackages: ['better-sqlite3', 'pg', 'ioredis', '@node-rs/argon2', 'sharp', 'nodemailer'],
    // Kysely 0.29 ships ES modules only: the build bundles it anyway, and naming it here makes
    // next/jest compile it for Jest's CommonJS runtime too (Node 22 cannot require() it inside Jest).
    transpilePackages: ['kysely'],
    // Next's in-memory 'use cache' handler, plus cache-tag expiries shared between instances through
    // Redis when REDIS_URL is set (see the file).
    cacheHandlers: { default: require.resolve('./lib/cache/shared-tags-cache-handler.mjs') },
    images: {
      formats: ['image/avif', 'image/webp'],
      // Widths a phone (2-3x of 360-430 px) or a desktop column (1-2x of 680-768 px) picks; every
      // candidate is written four times into an article page (img, preload, and both in the RSC payload).
      // Demo and newsroom images are about 1600 px wide, so larger candidates would repeat the original.
      deviceSizes: [640, 828, 1200, 1600],
      // Fixed-width pictures (the 112 px "Read more" thumbnail at 1x and 2x) and narrow grid cards.
      imageSizes: [128, 256, 384],
      // Only our own pictures: the demo and seed images under public/images, and editors' uploads
      // (app/media/[key], lib/media/media-key.ts). No other local path is fetched by the optimiser.
      localPatterns: [
        { pathname: '/images/**', search: '' },
        { pathname: '/media/**', search: '' },
      ],
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders(policy) },
        ...embeddableResources.map((source) => ({ source, headers: crossOriginResource })),
        ...readerPages.map((source) => ({ source, missing: notDraft, headers: [...publicPageCache, ...readerOpenerPolicy] })),
        { source: '/search', missing: notDraft, headers: [...searchPageCache, ...readerOpenerPolicy] },
        // Surrogate-Key / Cache-Tag: the cache tags of each public URL, so a CDN can purge by tag.
        ...surrogateKeyRules(readerSegment).map((rule) => ({ ...rule, missing: notDraft })),
        {
          source: '/:path*',
          has: [{ type: 'cookie', key: '__prerender_bypass' }],
          headers: [...draftModeHeaders, { key: 'Content-Security-Policy', value: framedPolicy }],
        },
        // The live preview beside the edit form (proxy.ts lets only a live editor session reach it).
        { source: '/preview/unsaved/:id', headers: [...draftModeHeaders, { key: 'Content-Security-Policy', value: framedPolicy }] },
        // Last, so it wins: see previewNotFoundHeaders.
        { source: '/_not-found', headers: previewNotFoundHeaders },
      ];
    },
    async rewrites() {
      return { beforeFiles: paginationRewrites, afterFiles: [], fallback: [] };
    },
  };
};
