import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/http/csp.mjs';
import { PRIVATE_HEADERS, PRIVATE_NO_REFERRER_HEADERS } from '@/lib/http/private-headers.mjs';
import { NOT_SECTION_SEGMENTS } from '@/lib/http/reserved-segments.mjs';
import { routes } from '@/lib/routes';

/**
 * Comfort, headers and honest status codes, never authorisation (CVE-2025-29927 showed
 * middleware can be skipped). Every decision that protects a draft is made again in lib/auth by the
 * page or handler; if this file is bypassed, the worst outcome is a 404 page sent with a 200.
 *
 * - /editor/*, previews and Draft Mode pages: a fresh nonce-based CSP per request (they are rendered
 *   per request; cached public pages get their scripts' hashes from scripts/server.mjs), noindex, no-store.
 * - /editor/*: a real 303 to the sign-in page without a live session (no cookie, or a forged, expired,
 *   disabled or reset one: lib/preview/proxy-gate.ts), a 403 for a cross-site POST (a server
 *   action Next itself would abort with a 500), and on the sign-in
 *   page a next-auth CSRF cookie so the form works without JavaScript (lib/auth/sign-in-csrf.ts).
 * - /preview?token=… (share links) and /preview/draft: noindex, no-store and Referrer-Policy
 *   no-referrer, so the token in the URL never travels to another site. Whether the view exists is
 *   decided HERE, before rendering (lib/preview/proxy-gate.ts says why the page cannot): a dead,
 *   forged or missing token, or a draft view without a live editor session, is a real 404; a link
 *   whose article went public is a real 307 to the public URL.
 * - Requests carrying the Draft Mode cookie: an article-shaped URL is rewritten to the editor's
 *   draft view only when the session is live and an article exists at that URL; otherwise the
 *   public page answers (a draft's public URL is a real 404 there). All such responses are
 *   noindex, no-store; next.config.js lets them be framed by our own origin (dashboard preview).
 * - /search: a real 429 with Retry-After once a client has searched too often (lib/search/search-rate-limit.ts);
 *   a page cannot set its own status under Cache Components, and a limited answer must not be cached.
 */

/*
 * Next loads this module on a server's first request, whatever the URL, and nothing here runs for a
 * reader's page. What the gates need (next-auth, jose, Kysely, zod: about 0.9 MB of code in this
 * bundle, some 20 MB of a fresh server's memory) is therefore loaded on first use, not up front.
 */
const previewGates = () => import('@/lib/preview');
const signInCsrf = () => import('@/lib/auth/sign-in-csrf');
const crossSite = () => import('@/lib/http/cross-site');
const serverEnv = () => import('@/lib/env');
const searchRateLimit = () => import('@/lib/search/search-rate-limit');

const DRAFT_COOKIE = '__prerender_bypass';
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;
const ARTICLE_PATH = /^\/([a-z0-9-]{1,120})\/([a-z0-9-]{1,120})$/;
/** First path segments that are not sections (their two-segment URLs are other page types). */
const NOT_SECTIONS: ReadonlySet<string> = new Set(NOT_SECTION_SEGMENTS);

const PRIVATE = PRIVATE_HEADERS;
const PREVIEW_HEADERS = PRIVATE_NO_REFERRER_HEADERS;
/** Next's built-in not-found route: rendering it through a rewrite keeps its 404 status. */
const NOT_FOUND_ROUTE = '/_not-found';

/**
 * A policy for a page rendered for this request: Next reads the nonce from the request's CSP header
 * and stamps it on its own scripts (lib/http/csp.mjs has the shared directives; decision 0008).
 */
async function nonceCsp(nonce: string, framed: boolean): Promise<string> {
  const isDev = (await serverEnv()).isDevelopment();
  return contentSecurityPolicy({
    scriptSrc: [`'nonce-${nonce}'`, "'strict-dynamic'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // The dashboard shows previews in iframes; a preview may be framed by our own pages only.
    frameSrc: "'self'",
    frameAncestors: framed ? "'self'" : "'none'",
  });
}

/** The request (with the nonce for Next) and the policy the response must carry. */
async function withNonce(request: NextRequest, framed: boolean): Promise<{ request: { headers: Headers }; csp: string }> {
  const csp = await nonceCsp(btoa(crypto.randomUUID()), framed);
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  return { request: { headers }, csp };
}

/** Lets a per-request page through with a nonce-based policy and `headers`. */
async function nextWithNonce(request: NextRequest, headers: Record<string, string>, rewriteTo?: URL, framed = request.cookies.has(DRAFT_COOKIE)): Promise<NextResponse> {
  const nonce = await withNonce(request, framed);
  const response = rewriteTo ? NextResponse.rewrite(rewriteTo, { request: nonce.request }) : NextResponse.next({ request: nonce.request });
  return setAll(response, { ...headers, 'Content-Security-Policy': nonce.csp });
}

function setAll(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  return response;
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value !== '');
}

async function editorArea(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const isSignIn = pathname === routes.editorSignIn();
  if (request.method === 'POST' && (await crossSite()).isCrossSiteRequest(request)) {
    return setAll(new NextResponse('Cross-site request refused.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), PRIVATE);
  }
  if (!isSignIn && (!hasSessionCookie(request) || (await orUndecided(previewGates().then((gates) => gates.editorSessionLive(request)))) === false)) {
    const signIn = new URL(routes.editorSignIn(), request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return setAll(NextResponse.redirect(signIn, 303), PRIVATE);
  }
  // A CSRF pair for the no-JavaScript sign-in form: set on the response for the browser, and on
  // the forwarded request so the page can render the matching token in this very response.
  const csrf = isSignIn ? await signInCsrf().then(({ signInCsrfCookieFor, signInCsrfCookieName }) => signInCsrfCookieFor(request.cookies.get(signInCsrfCookieName())?.value)) : null;
  if (csrf) request.cookies.set(csrf.name, csrf.value);
  const nonce = await withNonce(request, false);
  const response = NextResponse.next({ request: nonce.request });
  if (csrf) response.cookies.set(csrf.name, csrf.value, csrf.options);
  return setAll(response, { ...PRIVATE, 'Content-Security-Policy': nonce.csp });
}

/**
 * Next's own 404 page with a 404 status. (Client-router RSC requests, whose flight headers Next
 * hides from the proxy, get the not-found payload the same way; Next sends that one with a 200,
 * and the router shows the 404 page.)
 */
function notFound(request: NextRequest): NextResponse {
  return setAll(NextResponse.rewrite(new URL(NOT_FOUND_ROUTE, request.url)), PREVIEW_HEADERS);
}

/**
 * The gates read the database. If it is away, the request goes on to the page, which checks again
 * and fails (or 404s) on its own terms: an outage must not turn into a proxy crash on every view.
 */
async function orUndecided<T>(decide: Promise<T>): Promise<T | 'undecided'> {
  try {
    return await decide;
  } catch (error) {
    console.error(`[proxy] preview check failed, leaving it to the page: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return 'undecided';
  }
}

/** /preview?token=…: open the shared draft, or a real 404, or a real redirect once it is public. */
async function sharedPreview(request: NextRequest): Promise<NextResponse> {
  const gate = await orUndecided(previewGates().then((gates) => gates.shareLinkGate(request.nextUrl.searchParams.get('token'))));
  if (gate === 'undecided') return nextWithNonce(request, PREVIEW_HEADERS);
  if (gate.kind === 'gone') return notFound(request);
  if (gate.kind === 'published') {
    // 307, not 308: the link is temporary by nature and the article may be unpublished again.
    return setAll(NextResponse.redirect(new URL(gate.path, request.url), 307), PREVIEW_HEADERS);
  }
  return nextWithNonce(request, PREVIEW_HEADERS);
}

/** The editor's draft view, asked for directly (/preview/draft?section=…&slug=…). */
async function directDraftView(request: NextRequest): Promise<NextResponse> {
  const section = request.nextUrl.searchParams.get('section') ?? '';
  const slug = request.nextUrl.searchParams.get('slug') ?? '';
  if ((await orUndecided(previewGates().then((gates) => gates.editorDraftViewAllowed(request, section, slug)))) === false) return notFound(request);
  return nextWithNonce(request, PREVIEW_HEADERS);
}

const TOO_MANY_SEARCHES =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Too many searches</title>' +
  '<h1>Too many searches</h1><p>You have searched very often in the last minute. Please wait a moment and try again.</p></html>';

/** A 429 page when this client has used up its searches; null to go on. A limiter failure lets the search through. */
async function searchLimit(request: NextRequest): Promise<NextResponse | null> {
  const decision = await searchRateLimit().then(({ consumeSearch }) => consumeSearch(request.headers)).catch((error: unknown) => {
    console.error(`[proxy] search rate limit unavailable: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return null;
  });
  if (!decision || decision.allowed) return null;
  const headers = { ...PRIVATE, 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(decision.retryAfterSeconds) };
  return setAll(new NextResponse(TOO_MANY_SEARCHES, { status: 429 }), headers);
}

/** The frame beside the edit form: its own editor's unsaved preview, or a real 404; framed by our pages only. */
async function unsavedPreview(request: NextRequest): Promise<NextResponse> {
  const id = request.nextUrl.pathname.slice(routes.unsavedPreviewPrefix().length);
  if ((await orUndecided(previewGates().then((gates) => gates.unsavedPreviewAllowed(request, id)))) === false) return notFound(request);
  return nextWithNonce(request, PREVIEW_HEADERS, undefined, true);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname === routes.search()) {
    const limited = await searchLimit(request);
    if (limited) return limited;
  }
  if (pathname === routes.editorHome() || pathname.startsWith(routes.editorPrefix())) return editorArea(request);
  if (pathname === '/preview') return sharedPreview(request);
  if (pathname === routes.draftView()) return directDraftView(request);
  if (pathname.startsWith(routes.unsavedPreviewPrefix())) return unsavedPreview(request);
  if (pathname.startsWith('/preview/')) return nextWithNonce(request, PREVIEW_HEADERS);
  if (!request.cookies.has(DRAFT_COOKIE)) return NextResponse.next();

  // Same-origin framing for these responses is granted in next.config.js (headers with `has` cookie).
  const match = ARTICLE_PATH.exec(pathname);
  const [, section = '', slug = ''] = match ?? [];
  if (match && !NOT_SECTIONS.has(section) && (await orUndecided(previewGates().then((gates) => gates.editorDraftViewAllowed(request, section, slug)))) === true) {
    const target = new URL(routes.draftView(), request.url);
    target.search = search;
    target.searchParams.set('section', section);
    target.searchParams.set('slug', slug);
    return nextWithNonce(request, PRIVATE, target);
  }
  // No live session (a stale or forged Draft Mode cookie), or nothing at this URL for the editor:
  // the public page answers, which never reads drafts and gives a draft's URL a real 404.
  return nextWithNonce(request, PRIVATE);
}

export const config = {
  matcher: [
    '/editor',
    '/editor/:path*',
    '/preview',
    '/preview/:path*',
    '/search',
    // Not uploads or uploaded pictures: Next copies (and cuts at 10 MB) the body of every request
    // the proxy sees, and a picture's answer is the same for everyone.
    {
      source: '/((?!_next/static|_next/image|favicon.ico|api/editor/media|media/).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
  ],
};
