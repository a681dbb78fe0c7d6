/** Types of vary.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare function appendVary(current: string | number | string[] | undefined, field: string): string;
