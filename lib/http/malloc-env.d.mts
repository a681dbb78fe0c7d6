/** Types of malloc-env.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare const MALLOC_SETTINGS: Readonly<{ MALLOC_ARENA_MAX: string; MALLOC_MMAP_THRESHOLD_: string }>;
export declare function envWithMallocSettings<Env extends Record<string, string | undefined>>(env: Env, platform: NodeJS.Platform): Env | null;
