import type { CacheEntry } from 'next/dist/server/lib/cache-handlers/types.js';
import { createMemoryEntryStore, ENTRY_OVERHEAD_BYTES, entryBytes } from '@/lib/cache/memory-entry-store.mjs';
import { createSharedTagsCacheHandler } from '@/lib/cache/shared-tags-cache-handler.mjs';

/** Where this process keeps 'use cache' entries, and what its bound counts. */

const now = () => performance.timeOrigin + performance.now();

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

function entry(bytes: number, overrides: Partial<CacheEntry> = {}): CacheEntry {
  return { value: streamOf(new Uint8Array(bytes).fill(7)), tags: ['article:1'], stale: 60, timestamp: now(), expire: 3_600, revalidate: 300, ...overrides };
}

async function chunksOf(found: CacheEntry | undefined): Promise<Uint8Array[]> {
  if (!found) throw new Error('no entry');
  const chunks: Uint8Array[] = [];
  const reader = found.value.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
  }
}

describe("'use cache' memory entry store", () => {
  it('keeps a small entry in memory of its own, not a slice of a shared Buffer pool slab', async () => {
    const store = createMemoryEntryStore(1024 * 1024);
    // Several chunks, as a stream delivers them: Buffer.concat would put 300 bytes in a pool slab.
    await store.set('k', Promise.resolve({ ...entry(0), value: streamOf(new Uint8Array(100), new Uint8Array(200)) }));
    const [chunk, ...more] = await chunksOf(await store.get('k'));
    expect(more).toHaveLength(0);
    expect(chunk!.byteLength).toBe(300);
    expect(chunk!.buffer.byteLength).toBe(300);
  });

  it('holds at most its bound, counting the memory its entries keep alive', async () => {
    const maxBytes = 64 * 1024;
    const store = createMemoryEntryStore(maxBytes);
    for (let i = 0; i < 500; i++) await store.set(`key-${i}`, Promise.resolve(entry(1_000)));
    const held = new Set<ArrayBufferLike>();
    for (let i = 0; i < 500; i++) {
      const found = await store.get(`key-${i}`);
      if (found) for (const chunk of await chunksOf(found)) held.add(chunk.buffer);
    }
    const heldBytes = [...held].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    expect(held.size).toBe(store.size);
    expect(heldBytes).toBeLessThanOrEqual(maxBytes);
    // Oldest out first: the newest entries are the ones kept.
    expect(await store.get('key-499')).toBeDefined();
    expect(await store.get('key-0')).toBeUndefined();
  });

  it('counts an entry as its bytes, its key and tags at two bytes a character, and a fixed overhead', () => {
    const metadata = { tags: ['a', 'bcd'], stale: 60, timestamp: now(), expire: 3_600, revalidate: 300 };
    expect(entryBytes('key', metadata, Buffer.alloc(10))).toBe(10 + 2 * (3 + 4) + ENTRY_OVERHEAD_BYTES);
  });

  it('misses once revalidate has passed, and never stores an expire: 0 entry', async () => {
    const store = createMemoryEntryStore(1024 * 1024, { sweepEveryMs: Infinity });
    await store.set('old', Promise.resolve(entry(10, { timestamp: now() - 301_000 })));
    await store.set('dynamic', Promise.resolve(entry(10, { expire: 0 })));
    expect(await store.get('old')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('drops entries past their revalidate time at the next sweep, not only when the bound is reached', async () => {
    const store = createMemoryEntryStore(1024 * 1024, { sweepEveryMs: 0 });
    await store.set('old', Promise.resolve(entry(10, { timestamp: now() - 301_000 })));
    await store.set('list', Promise.resolve(entry(10, { timestamp: now() - 61_000, revalidate: 60 })));
    await store.set('fresh', Promise.resolve(entry(10)));
    expect(store.size).toBe(1);
    expect(await store.get('fresh')).toBeDefined();
  });

  it('answers a read begun during a write with what the write stores', async () => {
    const store = createMemoryEntryStore(1024 * 1024);
    let finish: (value: CacheEntry) => void = () => {};
    const writing = store.set('k', new Promise<CacheEntry>((resolve) => (finish = resolve)));
    const reading = store.get('k');
    finish(entry(5));
    await writing;
    expect((await chunksOf(await reading))[0]!.byteLength).toBe(5);
  });

  it("misses after the handler expires one of the entry's tags (Next's tag manifest, shared)", async () => {
    const handler = createSharedTagsCacheHandler({ NODE_ENV: 'test' });
    await handler.set('tagged', Promise.resolve(entry(10, { tags: ['story-under-test'], timestamp: now() - 5 })));
    expect(await handler.get('tagged', [])).toBeDefined();
    await handler.updateTags(['story-under-test']);
    // Next rounds the expiry to the millisecond, up to half a millisecond ahead of the clock it reads it by.
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await handler.get('tagged', [])).toBeUndefined();
  });
});
