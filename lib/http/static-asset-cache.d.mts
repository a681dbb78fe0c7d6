/** Types of static-asset-cache.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface StaticAsset {
  headers: [string, string | number | string[]][];
  identity: Buffer;
  gzip: Buffer | null;
}
export declare const DEFAULT_MAX_BYTES: number;
export declare function staticAssetKey(req: IncomingMessage): string | null;
export declare function createStaticAssetCache(options?: { maxBytes?: number; gzip?: (identity: Buffer, compressible: boolean) => Promise<Buffer | null> }): {
  lookup(key: string): StaticAsset | null;
  capture(key: string, res: ServerResponse, compressible: () => boolean): void;
  stats(): { entries: number; heldBytes: number; maxBytes: number };
};
export declare function answerWithStaticAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset): void;
