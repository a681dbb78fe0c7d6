/** Types of csp.mjs (plain JavaScript, loaded by next.config.js and scripts/server.mjs outside the bundle). */
export interface PolicyOptions {
  scriptSrc: readonly string[];
  frameAncestors?: string;
  frameSrc?: string;
}
export declare function contentSecurityPolicy(options: PolicyOptions): string;
export declare const STRICT_POLICY: string;
export declare const DEVELOPMENT_POLICY: string;
export declare function withScriptHashes(policy: string, hashes: readonly string[]): string;
export declare function hasNonce(policy: string): boolean;
