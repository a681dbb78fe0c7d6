import { NextResponse, type NextRequest } from 'next/server';

/**
 * Comfort and headers only, never authorisation (GUIDE §7; CVE-2025-29927 showed middleware can be
 * skipped). Every decision that protects a draft is made again in lib/auth by the page or handler.
 *
 * - /editor/*: a fresh nonce-based CSP per request (editor pages are dynamic), noindex, no-store,
 *   and a redirect to the sign-in page when there is obviously no session cookie.
 * - /preview (share links, /preview?token=…) and its draft view: noindex, no-store and Referrer-Policy no-referrer, so the token in the
 *   URL never travels to another site.
 * - Requests carrying the Draft Mode cookie: article-shaped URLs are rewritten to the editor's draft
 *   view (which checks the session and 404s otherwise); all such responses are noindex, no-store.
 *   (next.config.js lets them be framed by our own origin, for the dashboard's phone/desktop view.)
 */

const DRAFT_COOKIE = '__prerender_bypass';
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;
const ARTICLE_PATH = /^\/([a-z0-9-]{1,120})\/([a-z0-9-]{1,120})$/;
/** First path segments that are not sections (their two-segment URLs are other page types). */
const NOT_SECTIONS = new Set(['author', 'tag', 'api', 'editor', 'preview', 'newsletter', 'newsletters', 'search', 'og', 'feeds', 'sitemaps']);

const PRIVATE = { 'Cache-Control': 'private, no-store, max-age=0', 'X-Robots-Tag': 'noindex, nofollow' } as const;

function editorCsp(nonce: string): string {
  const isDev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // Style attributes cannot carry a nonce; CSS cannot run script, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function setAll(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value !== '');
}

function editorArea(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/editor/sign-in' && !hasSessionCookie(request)) {
    const signIn = new URL('/editor/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return setAll(NextResponse.redirect(signIn, 303), PRIVATE);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = editorCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and stamps it on its own scripts.
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  return setAll(response, { ...PRIVATE, 'Content-Security-Policy': csp });
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/editor' || pathname.startsWith('/editor/')) return editorArea(request);
  if (pathname === '/preview' || pathname.startsWith('/preview/')) {
    return setAll(NextResponse.next(), { ...PRIVATE, 'Referrer-Policy': 'no-referrer' });
  }
  if (!request.cookies.has(DRAFT_COOKIE)) return NextResponse.next();

  // Same-origin framing for these responses is granted in next.config.js (headers with `has` cookie).
  const draftHeaders = PRIVATE;
  const match = ARTICLE_PATH.exec(pathname);
  if (match && !NOT_SECTIONS.has(match[1] ?? '')) {
    const target = new URL('/preview/draft', request.url);
    target.search = search;
    target.searchParams.set('section', match[1] ?? '');
    target.searchParams.set('slug', match[2] ?? '');
    return setAll(NextResponse.rewrite(target), draftHeaders);
  }
  return setAll(NextResponse.next(), draftHeaders);
}

export const config = {
  matcher: [
    '/editor',
    '/editor/:path*',
    '/preview',
    '/preview/:path*',
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
};
