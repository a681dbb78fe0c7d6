import 'server-only';

/**
 * Expires cache tags from outside a request, where revalidateTag cannot run (it needs a request's
 * store): through the `'use cache'` handler Next loaded (lib/cache/shared-tags-cache-handler.mjs),
 * which updates the process's tag manifest (read by the page cache too) and, with REDIS_URL, tells
 * the other instances. Returns false when no handler is loaded here (a script, a unit test).
 */

type ExpireTags = (tags: string[]) => Promise<void>;

const key = Symbol.for('meridian.expireCacheTags');

export async function expireCacheTagsNow(tags: readonly string[]): Promise<boolean> {
  const expire = (globalThis as typeof globalThis & { [key]?: ExpireTags })[key];
  if (!expire) return false;
  await expire([...tags]);
  return true;
}
