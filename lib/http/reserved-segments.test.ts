/**
 * @jest-environment node
 *
 * Every top-level route that is not a section must be listed in lib/http/reserved-segments.mjs:
 * otherwise its URLs are taken for section pages (public cache headers, section surrogate keys,
 * `?page=` rewrites, the Draft Mode article rewrite). Adding a page type without listing it fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NOT_READER_SEGMENTS, NOT_SECTION_SEGMENTS, READER_PAGE_SEGMENTS } from '@/lib/http/reserved-segments.mjs';

const APP = path.join(process.cwd(), 'app');
// A segment that could be a section slug (lib/content/schema.ts SLUG_PATTERN); `feed.xml` and the like cannot.
const SECTION_LIKE = /^[a-z0-9-]{1,120}$/;

/** First URL segments of the app's routes: folders of app/ and of its route groups, dynamic ones aside. */
function firstSegments(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith('[') || entry.name.startsWith('_')) return [];
    if (entry.name.startsWith('(')) return firstSegments(path.join(dir, entry.name));
    return [entry.name];
  });
}

describe('reserved first path segments', () => {
  it('lists every top-level route that could be mistaken for a section', () => {
    const routes = firstSegments(APP).filter((name) => SECTION_LIKE.test(name));
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((name) => !NOT_SECTION_SEGMENTS.includes(name))).toEqual([]);
  });

  it('keeps reading pages out of the private list, and the two lists apart', () => {
    expect(READER_PAGE_SEGMENTS.filter((name) => NOT_READER_SEGMENTS.includes(name))).toEqual([]);
    expect(NOT_SECTION_SEGMENTS).toEqual([...NOT_READER_SEGMENTS, ...READER_PAGE_SEGMENTS]);
  });
});
