/** Types of inline-script-hashes.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare function inlineScriptHashes(html: string): string[];
