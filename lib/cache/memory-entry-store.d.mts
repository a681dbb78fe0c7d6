import type { CacheEntry } from 'next/dist/server/lib/cache-handlers/types.js';

/** Types of memory-entry-store.mjs (plain JavaScript, loaded by Next outside the bundle). */
export declare const ENTRY_OVERHEAD_BYTES: number;
export declare const SWEEP_EVERY_MS: number;
export declare function entryBytes(cacheKey: string, entry: Omit<CacheEntry, 'value'>, value: Buffer): number;
export declare function ownBytes(stream: ReadableStream<Uint8Array>): Promise<Buffer>;
export interface MemoryEntryStore {
  get(cacheKey: string): Promise<CacheEntry | undefined>;
  set(cacheKey: string, pendingEntry: Promise<CacheEntry>): Promise<void>;
  readonly size: number;
}
export declare function createMemoryEntryStore(maxBytes: number, options?: { sweepEveryMs?: number }): MemoryEntryStore;
