import 'server-only';
import { draftMode } from 'next/headers';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { readBodyText } from '@/lib/http/body';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { getCurrentEditor, safeCallbackPath } from './session';
import { loadArticleForEditor } from './preview';
import { createShareInputSchema, createShareLink, revokeShareInputSchema, revokeShareLink } from './share-links';
import { SIGN_IN_PATH } from './options';

/**
 * Route handlers for /api/preview/*: Draft Mode on and off, share links. Each checks the editor
 * session itself; responses are never cacheable.
 */

const NO_STORE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } as const;
const MAX_BODY_BYTES = 4 * 1024;

/** A relative Location: the browser resolves it against the URL it asked for, whatever Host said. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...NO_STORE } });
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

async function readFields(request: Request): Promise<Record<string, string> | null> {
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return null;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const parsed: unknown = JSON.parse(body.text || '{}');
      if (typeof parsed !== 'object' || parsed === null) return null;
      return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
    }
    return Object.fromEntries(new URLSearchParams(body.text));
  } catch {
    return null;
  }
}

function crossSite(request: Request): boolean {
  return !checkSameOrigin(request, ownOrigins(request, getEnv().SITE_URL, getEnv().TRUST_PROXY)).ok;
}

/**
 * A GET is a navigation: typed or bookmarked ones carry `Sec-Fetch-Site: none`, our own links
 * `same-origin`. Only a browser's word that another site started it is refused.
 */
function navigatedFromElsewhere(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  return site === 'cross-site' || site === 'same-site';
}

const articleIdSchema = z.string().min(1).max(64);

/**
 * GET/POST /api/preview/enable?articleId=…: for a signed-in editor, turns Draft Mode on and
 * redirects to the article's stored path. Nothing from the request is ever used as the target, so
 * `//evil.example` and friends have nowhere to go.
 */
export async function enablePreview(request: Request): Promise<Response> {
  let articleId = new URL(request.url).searchParams.get('articleId');
  if (request.method !== 'POST' && navigatedFromElsewhere(request)) return json({ error: 'Open the preview from the editor dashboard' }, 403);
  if (request.method === 'POST') {
    if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
    articleId = (await readFields(request))?.articleId ?? articleId;
  }
  const parsed = articleIdSchema.safeParse(articleId);
  if (!(await getCurrentEditor())) {
    const back = parsed.success ? `/editor/articles/${encodeURIComponent(parsed.data)}` : '/editor';
    return seeOther(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(safeCallbackPath(back))}`);
  }
  if (!parsed.success) return json({ error: 'articleId is required' }, 400);
  const found = await loadArticleForEditor(parsed.data);
  if (!found) return json({ error: 'No such article' }, 404);
  (await draftMode()).enable();
  return seeOther(`/${found.article.section.slug}/${found.article.slug}`);
}

const ARTICLE_PATH = /^\/[a-z0-9-]{1,120}\/[a-z0-9-]{1,120}$/;

/**
 * POST /api/preview/disable: Draft Mode off, back to the article's public URL or the dashboard.
 * No session needed: it only clears the caller's own cookie, which a signed-out browser must be
 * able to do too; another site may not do it for them.
 */
export async function disablePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  const fields = (await readFields(request)) ?? {};
  (await draftMode()).disable();
  const returnTo = fields.returnTo ?? '';
  return seeOther(ARTICLE_PATH.test(returnTo) ? returnTo : '/editor');
}

/** POST /api/preview/share {articleId, ttlSeconds?} → 201 {url, path, expiresAt, id}. */
export async function createSharePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  if (!(await getCurrentEditor())) return json({ error: 'Sign in as an editor first' }, 401);
  const fields = await readFields(request);
  const input = createShareInputSchema.safeParse(fields ?? {});
  if (!input.success) return json({ error: 'articleId is required; ttlSeconds must be a positive integer' }, 400);
  const result = await createShareLink(input.data);
  if (!result.ok) return json({ error: result.error }, result.status);
  return json(result, 201);
}

/** POST /api/preview/revoke {articleId, shareId} → 200 {revoked}. */
export async function revokeSharePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  if (!(await getCurrentEditor())) return json({ error: 'Sign in as an editor first' }, 401);
  const input = revokeShareInputSchema.safeParse((await readFields(request)) ?? {});
  if (!input.success) return json({ error: 'articleId and shareId are required' }, 400);
  return json({ revoked: await revokeShareLink(input.data) });
}
