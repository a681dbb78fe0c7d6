import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types.js';

/** Types of shared-tags-cache-handler.mjs (plain JavaScript, loaded by Next outside the bundle). */
export declare const MAX_REPLAY_TAGS: number;
export interface TagBridge {
  ready(ms?: number): Promise<unknown>;
  announce(tags: string[], durations: { expire?: number } | undefined): Promise<void>;
  close(): Promise<void>;
}
export declare function createTagBridge(local: CacheHandler, options: { redisUrl: string; prefix: string }): TagBridge;
export declare function createSharedTagsCacheHandler(env?: NodeJS.ProcessEnv): CacheHandler;
declare const handler: CacheHandler;
export default handler;
