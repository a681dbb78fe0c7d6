/** Types of surrogate-keys.mjs (plain JavaScript, also loaded by next.config.js). */
export declare const MAX_SURROGATE_KEY_LENGTH: number;
export declare function surrogateKeyHeaders(tags: readonly string[]): { key: string; value: string }[];
export declare function surrogateKeyRules(readerSegment: string): { source: string; headers: { key: string; value: string }[] }[];
