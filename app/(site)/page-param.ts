/**
 * `?page=N` arrives here as a path segment (next.config.js rewrites `/x?page=N` to `/x/page/N`, so
 * list pages stay fully static and an out-of-range page is a real 404). Only canonical positive
 * integers count: "01", "1e3" or "2abc" are not pages.
 */
export function parsePageParam(raw: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}
