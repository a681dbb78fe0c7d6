import { hasMalformedPathEncoding } from '@/lib/http/path-encoding.mjs';

/** Paths `npm start` refuses with 400 before Next (which answered them with a 500). */
describe('hasMalformedPathEncoding', () => {
  it.each(['/og/author/%C0%AE%C0%AE', '/news/%FF', '/og/tag/%E0%A4%A', '/api/editor/articles/%C0', '/%', '/a%2'])('refuses %s', (url) => {
    expect(hasMalformedPathEncoding(url)).toBe(true);
  });

  it.each(['/', '/news/a-story', '/og/tag/caf%C3%A9', '/preview?token=%C0%AE', '/search?q=%', '/a%2Fb', undefined])('lets %s through', (url) => {
    expect(hasMalformedPathEncoding(url)).toBe(false);
  });
});
