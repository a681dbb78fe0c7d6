import 'server-only';
import { getCurrentEditor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { PRIVATE_HEADERS } from '@/lib/editorial/editor-api';
import { mediaType } from '@/lib/http/body';
import { MAX_UPLOAD_BODY_BYTES } from '@/lib/http/body-limit.mjs';
import { isCrossSiteRequest } from '@/lib/http/cross-site';
import { readFormDataCapped } from '@/lib/http/form-data';
import type { RateRule } from '@/lib/http/rate-limit';
import { getRateLimiter } from '@/lib/http/rate-limiter';
import { htmlResponse, jsonResponse } from '@/lib/http/responses';
import { getMediaStorage } from './media-storage';
import { MAX_UPLOAD_BYTES } from './process-image';
import { DEFAULT_RETURN, editorReturnPath, readUploadFields } from './upload-fields';
import { uploadPicture, type UploadedPicture } from './upload';
import { routes } from '@/lib/routes';

/**
 * POST /api/editor/media: an editor uploads one picture (multipart: `file`, `alt`, `returnTo`).
 * Scripts (the edit page's picture button) get JSON: 201 `{src, width, height, alt, text}` or
 * `{ok: false, error: {message}}`. A plain form post (a browser asking for HTML) gets a 303 back to
 * the edit page, which shows the new picture's address and the text to paste, or a short page
 * saying what was wrong. Same-origin, signed-in editors only, rate-limited per editor; every answer
 * is private and unindexed. Nothing is written unless the whole upload succeeds (upload.ts).
 */

export const UPLOAD_RULE: RateRule = { name: 'media-upload', limit: 40, windowMs: 10 * 60_000 };
const UNAVAILABLE = 'The picture could not be stored just now; nothing was kept. Try again shortly.';
const TOO_LARGE = 'The picture is larger than 10 MB. Export it smaller (a long side of 3000 pixels is plenty) and try again.';

type Answer = (status: number, message: string, headers?: Record<string, string>) => Response;

function wantsHtml(request: Request): boolean {
  return /\btext\/html\b/i.test(request.headers.get('accept') ?? '');
}

/** Where a refused plain form post links back to: the same-origin editor page it came from, if any. */
function refererPath(request: Request): string {
  try {
    const referer = new URL(request.headers.get('referer') ?? '');
    return referer.origin === new URL(request.url).origin ? editorReturnPath(referer.pathname) : DEFAULT_RETURN;
  } catch {
    return DEFAULT_RETURN;
  }
}

function answerFor(request: Request, back: () => string): Answer {
  if (!wantsHtml(request)) return (status, message, headers = {}) => jsonResponse(status, { ok: false, error: { message } }, { ...PRIVATE_HEADERS, ...headers });
  return (status, message, headers = {}) =>
    htmlResponse(status, { title: 'The picture was not uploaded', message, link: { href: back(), label: 'Back to the editor' } }, { ...PRIVATE_HEADERS, ...headers });
}

function uploaded(request: Request, picture: UploadedPicture, returnTo: string): Response {
  if (!wantsHtml(request)) {
    const { src, width, height, alt, text } = picture;
    return jsonResponse(201, { src, width, height, alt, text }, PRIVATE_HEADERS);
  }
  // Only the key travels; the page reads the rest from the media table (nothing typed is echoed).
  return new Response(null, { status: 303, headers: { Location: `${returnTo}?picture=${picture.key}#picture-upload`, ...PRIVATE_HEADERS } });
}

export async function handleMediaUpload(request: Request): Promise<Response> {
  try {
    return await upload(request);
  } catch (error) {
    // The session check or the limiter could not be asked (the database or Redis is away).
    console.error(`[media] upload failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    await request.body?.cancel().catch(() => undefined);
    return answerFor(request, () => refererPath(request))(503, UNAVAILABLE, { 'Retry-After': '30' });
  }
}

async function upload(request: Request): Promise<Response> {
  const refuse = answerFor(request, () => refererPath(request));
  const discard = () => request.body?.cancel().catch(() => undefined);
  if (isCrossSiteRequest(request)) {
    await discard();
    return refuse(403, 'Cross-site request refused.');
  }
  const editor = await getCurrentEditor();
  if (!editor) {
    await discard();
    if (!wantsHtml(request)) return refuse(401, 'Sign in as an editor first.');
    return new Response(null, { status: 303, headers: { Location: routes.editorSignIn(refererPath(request)), ...PRIVATE_HEADERS } });
  }
  const limit = await getRateLimiter().consume(UPLOAD_RULE, editor.id);
  if (!limit.allowed) {
    await discard();
    return refuse(429, `You have uploaded many pictures in a short time. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`, { 'Retry-After': String(limit.retryAfterSeconds) });
  }
  if (mediaType(request) !== 'multipart/form-data') {
    await discard();
    return refuse(415, 'Send the picture as a form upload (multipart/form-data).');
  }
  const body = await readFormDataCapped(request, MAX_UPLOAD_BODY_BYTES);
  if (!body.ok) return body.reason === 'too-large' ? refuse(413, TOO_LARGE) : refuse(400, 'The upload arrived incomplete or garbled. Try again.');
  const fields = readUploadFields(body.form);
  if (!fields.ok) return refuse(400, fields.message);
  const { file, alt, returnTo } = fields.fields;
  const back = answerFor(request, () => returnTo);
  if (file.size > MAX_UPLOAD_BYTES) return back(413, TOO_LARGE);
  try {
    const result = await uploadPicture(await getDb(), getMediaStorage(), { bytes: new Uint8Array(await file.arrayBuffer()), alt, editorId: editor.id });
    if (!result.ok) return back(result.refusal.status, result.refusal.message);
    return uploaded(request, result.picture, returnTo);
  } catch (error) {
    console.error(`[media] upload by ${editor.id} failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return back(503, UNAVAILABLE, { 'Retry-After': '30' });
  }
}
