import { refuseDeclaredOver } from './body';

/**
 * Reading a multipart form with a hard size cap while it streams: a declared Content-Length over
 * the cap is refused unread, and a body without one is cut off (and its stream cancelled) at the
 * first byte past the cap, so an oversized upload costs at most the cap in memory, never its size.
 */

export type FormResult = { ok: true; form: FormData } | { ok: false; reason: 'too-large' | 'unreadable' };

export async function readFormDataCapped(request: Request, maxBytes: number): Promise<FormResult> {
  if (await refuseDeclaredOver(request, maxBytes)) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: false, reason: 'unreadable' };
  let size = 0;
  let over = false;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size <= maxBytes) {
          controller.enqueue(chunk);
          return;
        }
        over = true;
        controller.error(new Error('body over the cap'));
      },
    }),
  );
  try {
    const form = await new Response(capped, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, reason: over ? 'too-large' : 'unreadable' };
  }
}
