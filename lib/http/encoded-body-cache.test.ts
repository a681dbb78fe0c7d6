import { gunzipSync } from 'node:zlib';
import { createEncodedBodyCache } from '@/lib/http/encoded-body-cache.mjs';
import { MIN_GZIP_BYTES } from '@/lib/http/gzip-once.mjs';

const page = (words: number) => `<!DOCTYPE html><p>${'Calvera’s dockworkers walk out. '.repeat(words)}</p>`;

describe('encoded body cache (what npm start sends for whole bodies)', () => {
  it('encodes a body once: UTF-8 bytes, a strong ETag and gzip that decodes to the same bytes', async () => {
    const cache = createEncodedBodyCache();
    const text = page(400);
    const first = await cache.get(text, true);
    expect(first.identity.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.gzip).not.toBeNull();
    expect(gunzipSync(first.gzip!).equals(first.identity)).toBe(true);
    expect(first.gzip!.length).toBeLessThan(first.identity.length / 4);
    // The same text (even another string object with equal content) is the same entry.
    expect(await cache.get(text.slice(0), true)).toBe(first);
    expect(cache.stats().entries).toBe(1);
  });

  it('gives different bodies different ETags', async () => {
    const cache = createEncodedBodyCache();
    expect((await cache.get(page(10), true)).etag).not.toBe((await cache.get(page(11), true)).etag);
  });

  it('does not gzip small or incompressible bodies', async () => {
    const cache = createEncodedBodyCache();
    expect((await cache.get('x'.repeat(MIN_GZIP_BYTES - 1), true)).gzip).toBeNull();
    expect((await cache.get(page(100), false)).gzip).toBeNull();
  });

  it('does not keep a body whose encoding failed', async () => {
    const cache = createEncodedBodyCache();
    // Not a string: encoding it throws (its first length read), then it counts 10 characters, as any
    // encoding failure would surface.
    let reads = 0;
    const broken = {
      get length() {
        if (++reads === 1) throw new Error('cannot encode');
        return 10;
      },
    } as unknown as string;
    await expect(cache.get(broken, true)).rejects.toThrow();
    expect(cache.stats()).toMatchObject({ entries: 0, heldBytes: 0 });
  });

  it('stays within its byte bound, dropping the least recently used body first', async () => {
    const cache = createEncodedBodyCache({ maxBytes: 1_000_000 });
    const bodies = Array.from({ length: 20 }, (_, i) => `${i}:${page(2000)}`); // ~66 KB each
    const kept = await cache.get(bodies[0]!, true);
    for (const body of bodies.slice(1)) {
      await cache.get(body, true);
      await cache.get(bodies[0]!, true); // keeps the first one recent
    }
    const { heldBytes, maxBytes, entries } = cache.stats();
    expect(heldBytes).toBeLessThanOrEqual(maxBytes);
    expect(entries).toBeLessThan(20);
    expect(await cache.get(bodies[0]!, true)).toBe(kept);
  });

  it('keeps small encodings in memory of their own, not in a slice of a shared Buffer pool slab', async () => {
    const cache = createEncodedBodyCache();
    const encoded = await cache.get(page(200), true); // ~6 KB of text, ~100 bytes of gzip
    expect(encoded.identity.buffer.byteLength).toBe(encoded.identity.byteLength);
    expect(encoded.gzip!.buffer.byteLength).toBe(encoded.gzip!.byteLength);
  });
});
