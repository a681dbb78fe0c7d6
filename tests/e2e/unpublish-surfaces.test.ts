import { closeE2eDb, e2eDb, ensureEditor, insertDraftCopy, signIn, type CookieJar } from './editor-helpers';
import { url } from './support/site';

/**
 * "Unpublish reaches every public surface" (issue 11): a story published through the editor API
 * appears on its article, section, tag and author pages, the home page, the site and section feeds,
 * sitemap.xml, the news sitemap and its Open Graph image, each served from our caches; the moment
 * the unpublish call returns, every one of them answers without it, each with its expected status
 * and page. Each surface also names, in Surrogate-Key and Cache-Tag, a tag the unpublish purges,
 * so a CDN in front can drop it too.
 */

const EMAIL = 'unpublish-surfaces@example.org';
const PASSWORD = 'unpublish surfaces passphrase';
const ID = 'e2e-unpublish-surfaces';
const SLUG = 'e2e-unpublish-surfaces-story';
const HEADLINE = 'Unpublish check: the harbour report withdrawn for legal reasons';

let jar: CookieJar;
let section: string;
let tag: string;
let author: string;

interface Surface {
  path: string;
  /** Status and content type the surface must keep after the unpublish. */
  status: number;
  type: RegExp;
  /** What shows the surface is the page it should be, with or without the story. */
  page: RegExp;
  /** A tag of the story the surface must be purgeable by (Surrogate-Key). */
  purgeTag: () => string;
}

const articlePath = () => `/${section}/${SLUG}`;
const html = /^text\/html/;
const xml = /xml/;

function surfaces(): Surface[] {
  return [
    { path: '/', status: 200, type: html, page: /<section aria-label="Lead story"/, purgeTag: () => 'home' },
    { path: `/${section}`, status: 200, type: html, page: new RegExp(`<link rel="canonical" href="[^"]*/${section}"`), purgeTag: () => `section:${section}` },
    { path: `/tag/${tag}`, status: 200, type: html, page: new RegExp(`<link rel="canonical" href="[^"]*/tag/${tag}"`), purgeTag: () => `tag:${tag}` },
    { path: `/author/${author}`, status: 200, type: html, page: new RegExp(`<link rel="canonical" href="[^"]*/author/${author}"`), purgeTag: () => `author:${author}` },
    { path: '/feed.xml', status: 200, type: xml, page: /<rss[^>]*>\s*<channel>/, purgeTag: () => 'feeds' },
    { path: `/${section}/feed.xml`, status: 200, type: xml, page: /<rss[^>]*>\s*<channel>/, purgeTag: () => 'feeds' },
    { path: '/sitemap.xml', status: 200, type: xml, page: /<urlset[^>]*sitemaps\.org/, purgeTag: () => 'sitemaps' },
    { path: '/news-sitemap.xml', status: 200, type: xml, page: /<urlset[^>]*xmlns:news=/, purgeTag: () => 'sitemaps' },
  ];
}

function command(action: 'publish' | 'unpublish'): Promise<Response> {
  return fetch(url(`/api/editor/articles/${ID}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: jar.header() },
    body: JSON.stringify({ action }),
  });
}

async function get(path: string): Promise<{ status: number; type: string; body: string; cache: string | null; surrogateKey: string; cacheTag: string }> {
  const response = await fetch(url(path), { redirect: 'manual' });
  const body = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body,
    cache: response.headers.get('x-nextjs-cache'),
    surrogateKey: response.headers.get('surrogate-key') ?? '',
    cacheTag: response.headers.get('cache-tag') ?? '',
  };
}

describe('unpublishing reaches every public surface', () => {
  beforeAll(async () => {
    await ensureEditor(EMAIL, PASSWORD, 'Unpublish Editor');
    const path = await insertDraftCopy({ id: ID, slug: SLUG, headline: HEADLINE, sourceId: 'demo-012' });
    section = path.split('/')[1]!;
    const db = e2eDb();
    const tagRow = await db.selectFrom('article_tags as at').innerJoin('tags as t', 't.id', 'at.tag_id').select('t.slug').where('at.article_id', '=', ID).orderBy('at.position').executeTakeFirstOrThrow();
    const authorRow = await db.selectFrom('article_authors as aa').innerJoin('authors as a', 'a.id', 'aa.author_id').select('a.slug').where('aa.article_id', '=', ID).orderBy('aa.position').executeTakeFirstOrThrow();
    tag = tagRow.slug;
    author = authorRow.slug;
    ({ jar } = await signIn(EMAIL, PASSWORD));
  });

  afterAll(async () => {
    const db = e2eDb();
    await db.deleteFrom('article_authors').where('article_id', '=', ID).execute();
    await db.deleteFrom('article_tags').where('article_id', '=', ID).execute();
    await db.deleteFrom('articles').where('id', '=', ID).execute();
    await closeE2eDb();
  });

  it('shows the story everywhere once published, then nowhere from the moment unpublish returns', async () => {
    expect((await command('publish')).status).toBe(200);
    const link = `/${section}/${SLUG}`;

    // Published: every surface has it, served from our caches (pages say HIT the second time).
    const article = await get(articlePath());
    expect(article.status).toBe(200);
    expect(article.body).toContain(HEADLINE);
    expect(article.surrogateKey.split(' ')).toContain(`article-slug:${SLUG}`);
    expect(article.cacheTag.split(',')).toContain(`article-slug:${SLUG}`);
    const card = /<meta property="og:image" content="([^"]+)"/.exec(article.body)?.[1] ?? '';
    const ogPath = new URL(card).pathname;
    expect(ogPath).toMatch(new RegExp(`^/og/article/${SLUG}/`));
    for (const surface of [{ path: articlePath(), type: html }, ...surfaces()]) {
      await get(surface.path);
      const again = await get(surface.path);
      expect({ path: surface.path, status: again.status, shows: again.body.includes(link) }).toEqual({ path: surface.path, status: 200, shows: true });
      if (surface.type === html) expect({ path: surface.path, cache: again.cache }).toEqual({ path: surface.path, cache: 'HIT' });
    }
    const image = await fetch(url(ogPath));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('surrogate-key')?.split(' ')).toContain(`article-slug:${SLUG}`);

    const unpublished = await command('unpublish');
    expect(unpublished.status).toBe(200);

    // The very next request to each surface: the expected page, without the story.
    const gone = await get(articlePath());
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('We can’t find that page');
    expect(gone.body).not.toContain(HEADLINE);
    for (const surface of surfaces()) {
      const now = await get(surface.path);
      expect({ path: surface.path, status: now.status, type: surface.type.test(now.type), page: surface.page.test(now.body), shows: now.body.includes(link) }).toEqual({
        path: surface.path,
        status: surface.status,
        type: true,
        page: true,
        shows: false,
      });
      expect({ path: surface.path, keys: now.surrogateKey.split(' ') }).toEqual({ path: surface.path, keys: expect.arrayContaining([surface.purgeTag()]) });
    }
    const goneImage = await fetch(url(ogPath));
    expect(goneImage.status).toBe(404);
    expect(goneImage.headers.get('content-type')).not.toBe('image/png');
  }, 90_000);
});
