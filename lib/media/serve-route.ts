import 'server-only';
import { getDb } from '@/lib/db/client';
import { textResponse } from '@/lib/http/responses';
import { isMediaKey } from './media-key';
import { getMediaStorage } from './media-storage';
import { findMedia } from './repository';
import { PRIVATE_CACHE_CONTROL } from '@/lib/http/private-headers.mjs';

/**
 * GET /media/<key>: an uploaded picture, streamed from the media Storage with the type recorded
 * at upload. A key never changes what it names, so the answer may be kept by anyone for a year.
 * Only keys with a row are served (a file a failed upload left behind is not); anything else,
 * path tricks included, is a plain 404.
 */

const IMMUTABLE = 'public, max-age=31536000, immutable';

function notFound(): Response {
  return textResponse(404, 'Not found\n', { 'X-Content-Type-Options': 'nosniff' });
}

export async function serveMedia(rawKey: string): Promise<Response> {
  if (!isMediaKey(rawKey)) return notFound();
  try {
    const row = await findMedia(await getDb(), rawKey);
    if (!row) return notFound();
    const object = await getMediaStorage().get(rawKey);
    if (!object) {
      console.error(`[media] ${rawKey} has a row but no stored file`);
      return notFound();
    }
    return new Response(object.body, {
      status: 200,
      headers: {
        'Content-Type': row.mime,
        'Content-Length': String(object.bytes),
        'Cache-Control': IMMUTABLE,
        'X-Content-Type-Options': 'nosniff',
        // Opened on its own, the file is a picture and nothing else: no script, no form, no frame.
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch (error) {
    console.error(`[media] serving ${rawKey} failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
    return textResponse(503, 'The picture cannot be read just now. Try again shortly.\n', { 'Retry-After': '30', 'Cache-Control': PRIVATE_CACHE_CONTROL });
  }
}
