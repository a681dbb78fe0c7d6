/**
 * Reading request bodies with a hard size cap. `request.json()`/`formData()` buffer whatever the
 * client sends; this stops reading (and cancels the stream) as soon as the cap is passed, so a
 * 10 MB body costs 16 KB of memory, not 10 MB.
 */

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too-large' | 'unreadable' };

/** Whether the request declares a body over `maxBytes`; if so its body is cancelled unread. */
export async function refuseDeclaredOver(request: Request, maxBytes: number): Promise<boolean> {
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared) || Number(declared) <= maxBytes) return false;
  await request.body?.cancel().catch(() => undefined);
  return true;
}

export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'unreadable' };

/** The raw body, refused past maxBytes (for bodies that are not UTF-8 text as a whole, such as multipart). */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BytesResult> {
  if (await refuseDeclaredOver(request, maxBytes)) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

export async function readBodyText(request: Request, maxBytes: number): Promise<BodyResult> {
  const body = await readBodyBytes(request, maxBytes);
  if (!body.ok) return body;
  try {
    // fatal: invalid UTF-8 is a client error, not something to repair with U+FFFD.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body.bytes) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The media type of a request, lower-cased and without parameters (`application/json`). */
export function mediaType(request: Request): string | null {
  const header = request.headers.get('content-type');
  if (!header) return null;
  const type = header.split(';', 1)[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** The charset parameter if one was given; only UTF-8 (or none) is accepted by our handlers. */
export function hasUtf8OrNoCharset(request: Request): boolean {
  const header = request.headers.get('content-type') ?? '';
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header);
  return !match || /^utf-?8$/i.test(match[1] ?? '');
}

/**
 * Parses JSON text into a plain value. `__proto__` keys become ordinary own properties with
 * JSON.parse (no prototype pollution), and validation then rejects them as unknown keys.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
