import { readBodyBytes } from './body';

/**
 * A multipart (or urlencoded) form read with a hard size cap: the body is read through
 * readBodyBytes, which refuses a declared Content-Length over the cap unread and stops a body
 * without one (cancelling its stream) at the first byte past it, so an oversized upload costs at
 * most the cap in memory, never its size.
 */

export type FormResult = { ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'unreadable' };

export async function readFormDataCapped(request: Request, maxBytes: number): Promise<FormResult> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    const form = await new Response(new Uint8Array(body.bytes), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
