import 'server-only';
import { draftMode } from 'next/headers';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { mediaType, parseJson, readBodyText } from '@/lib/http/body';
import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';
import { routes } from '@/lib/routes';
import { getCurrentEditor, safeCallbackPath } from '@/lib/auth/session';
import { loadArticleForEditor } from './load-preview';
import { articleIdSchema, createShareInputSchema, createShareLink, revokeShareInputSchema, revokeShareLink } from './share-links';
import { PRIVATE_HEADERS } from '@/lib/http/private-headers.mjs';

/**
 * Route handlers for /api/preview/*: Draft Mode on and off, share links. Each checks the editor
 * session itself; responses are never cacheable.
 */

const NO_STORE = PRIVATE_HEADERS;
const MAX_BODY_BYTES = 4 * 1024;

/** A relative Location: the browser resolves it against the URL it asked for, whatever Host said. */
function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, ...NO_STORE } });
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

type Fields = { ok: true; fields: Record<string, string> } | { ok: false; response: Response };

/** JSON bodies: an object of strings or numbers (an array would otherwise pass as its first item). */
const jsonFieldsSchema = z.record(z.string(), z.union([z.string(), z.number().finite()]));

/** The body's fields; an empty body has none. Anything else than a small form or JSON object is refused. */
async function readFields(request: Request): Promise<Fields> {
  const refuse = (status: 400 | 413 | 415, error: string): Fields => ({ ok: false, response: json({ error }, status) });
  const type = mediaType(request);
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) return body.reason === 'too-large' ? refuse(413, 'Request too large') : refuse(400, 'Unreadable request');
  if (body.text === '') return { ok: true, fields: {} };
  if (type === 'application/x-www-form-urlencoded') return { ok: true, fields: Object.fromEntries(new URLSearchParams(body.text)) };
  if (type !== 'application/json') return refuse(415, 'Send application/x-www-form-urlencoded or application/json');
  const parsed = parseJson(body.text);
  const fields = parsed.ok ? jsonFieldsSchema.safeParse(parsed.value) : null;
  if (!fields?.success) return refuse(400, 'Body must be a JSON object of strings');
  return { ok: true, fields: Object.fromEntries(Object.entries(fields.data).map(([key, value]) => [key, String(value)])) };
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
    const body = await readFields(request);
    if (!body.ok) return body.response;
    articleId = body.fields.articleId ?? articleId;
  }
  const parsed = articleIdSchema.safeParse(articleId);
  if (!(await getCurrentEditor())) {
    const back = parsed.success ? routes.editorArticle(parsed.data) : routes.editorHome();
    return seeOther(routes.editorSignIn(safeCallbackPath(back)));
  }
  if (!parsed.success) return json({ error: 'articleId is required' }, 400);
  const found = await loadArticleForEditor(parsed.data);
  if (!found) return json({ error: 'No such article' }, 404);
  (await draftMode()).enable();
  return seeOther(routes.article(found.article.section.slug, found.article.slug));
}

const ARTICLE_PATH = /^\/[a-z0-9-]{1,120}\/[a-z0-9-]{1,120}$/;

/**
 * POST /api/preview/disable: Draft Mode off, back to the article's public URL or the dashboard.
 * No session needed: it only clears the caller's own cookie, which a signed-out browser must be
 * able to do too; another site may not do it for them.
 */
export async function disablePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  const body = await readFields(request);
  if (!body.ok) return body.response;
  (await draftMode()).disable();
  const returnTo = body.fields.returnTo ?? '';
  return seeOther(ARTICLE_PATH.test(returnTo) ? returnTo : routes.editorHome());
}

/** POST /api/preview/share {articleId, ttlSeconds?} → 201 {url, path, expiresAt, id}. */
export async function createSharePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  if (!(await getCurrentEditor())) return json({ error: 'Sign in as an editor first' }, 401);
  const body = await readFields(request);
  if (!body.ok) return body.response;
  const input = createShareInputSchema.safeParse(body.fields);
  if (!input.success) return json({ error: 'articleId is required; ttlSeconds must be a positive integer' }, 400);
  const result = await createShareLink(input.data);
  if (!result.ok) return json({ error: result.error }, result.status);
  return json(result, 201);
}

/** POST /api/preview/revoke {articleId, shareId} → 200 {revoked: true}, or 404 when that article has no such live link. */
export async function revokeSharePreview(request: Request): Promise<Response> {
  if (crossSite(request)) return json({ error: 'Cross-site request refused' }, 403);
  if (!(await getCurrentEditor())) return json({ error: 'Sign in as an editor first' }, 401);
  const body = await readFields(request);
  if (!body.ok) return body.response;
  const input = revokeShareInputSchema.safeParse(body.fields);
  if (!input.success) return json({ error: 'articleId and shareId are required' }, 400);
  if (!(await revokeShareLink(input.data))) return json({ revoked: false, error: 'No such live link on this article' }, 404);
  return json({ revoked: true });
}
