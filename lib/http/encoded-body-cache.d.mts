/** Types of encoded-body-cache.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export interface EncodedBody {
  etag: string;
  identity: Buffer;
  gzip: Buffer | null;
  /** `base` with this HTML page's inline-script hashes as its script sources (base itself for other bodies). */
  policy(base: string): string;
}
export declare const DEFAULT_MAX_BYTES: number;
export declare function createEncodedBodyCache(options?: { maxBytes?: number }): {
  get(text: string, compressible: boolean, html?: boolean): Promise<EncodedBody>;
  stats(): { entries: number; heldBytes: number; maxBytes: number };
};
