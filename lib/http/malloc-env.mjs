// @ts-check
/**
 * glibc allocator settings for the production server. Drawing share cards allocates large native
 * buffers (pictures through sharp on libvips' threads, the PNG itself); with glibc's defaults the
 * freed memory stays in per-thread arenas, and after the first large free glibc stops serving big
 * allocations from mmap, so a server that drew a few cards rested ~90 MB higher
 * (docs/reader-cost.md, "Memory and its bounds"). glibc reads these variables once, when a process
 * starts, so `npm start` re-executes itself with them (scripts/with-malloc-settings.mjs).
 */

/** Two arenas, and large allocations always from mmap (returned to the system when freed). */
export const MALLOC_SETTINGS = Object.freeze({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });

/**
 * The environment to re-execute with, or null to carry on: only on Linux (other C libraries ignore
 * the variables), and never over an operator's own value of either variable.
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @param {NodeJS.Platform} platform
 * @returns {Env | null}
 */
export function envWithMallocSettings(env, platform) {
  if (platform !== 'linux') return null;
  if (Object.keys(MALLOC_SETTINGS).some((name) => env[name] !== undefined)) return null;
  return { ...env, ...MALLOC_SETTINGS };
}
