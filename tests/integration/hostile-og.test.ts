/**
 * @jest-environment node
 *
 * Hostile input for the public Open Graph image routes (/og/home, /og/article/<slug>/<version>,
 * /og/section|tag|author/<slug>) on a real database: path traversal, encodings, unicode and control
 * characters, huge segments, drafts, scheduled stories and unknown slugs. Each is a 404 (the
 * public card of a draft must not exist), never a 5xx, and nothing is written. The card renderer
 * is stubbed (it needs native ESM: lib/og/render.test.ts renders real cards in a child
 * process), and so are the 'use cache' markers, which only work inside a Next render; the e2e
 * suite fetches these routes from the production server.
 */
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { HOSTILE_IDS, runCorpus, summary, type HostileCase } from './hostile-helpers';

jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined }));
jest.mock('next/cache', () => ({ ...jest.requireActual<object>('next/cache'), cacheLife: () => undefined, cacheTag: () => undefined }));
jest.mock('@/lib/og/render', () => {
  const card = async () => Buffer.from('PNG card');
  return { renderArticleCard: card, renderAuthorCard: card, renderHomeCard: card, renderSectionCard: card, renderTagCard: card };
});

jest.setTimeout(120_000);

type Params = Record<string, string>;
type Route = { GET: (request: Request, context: { params: Promise<Params> }) => Promise<Response> };

describeEachDialect('public OG image routes refuse hostile input', (dialect) => {
  let test: TestDatabase;
  let routes: Record<'article' | 'section' | 'tag' | 'author', Route>;
  let home: { GET: () => Promise<Response> };
  let known: { draft: string; scheduled: string | null; published: string; section: string; tag: string; author: string };

  beforeAll(async () => {
    jest.resetModules();
    test = await createTestDatabase(dialect, { seed: true });
    Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: 'http://news.test' });
    routes = {
      article: (await import('@/app/og/article/[slug]/[version]/route')) as Route,
      section: (await import('@/app/og/section/[slug]/route')) as Route,
      tag: (await import('@/app/og/tag/[slug]/route')) as Route,
      author: (await import('@/app/og/author/[slug]/route')) as Route,
    };
    home = await import('@/app/og/home/route');
    const slugOf = async (status: 'draft' | 'scheduled' | 'published') => (await test.db.selectFrom('articles').select('slug').where('status', '=', status).orderBy('id').executeTakeFirst())?.slug ?? null;
    known = {
      draft: (await slugOf('draft'))!,
      scheduled: await slugOf('scheduled'),
      published: (await slugOf('published'))!,
      section: (await test.db.selectFrom('sections').select('slug').executeTakeFirstOrThrow()).slug,
      tag: (await test.db.selectFrom('tags').select('slug').executeTakeFirstOrThrow()).slug,
      author: (await test.db.selectFrom('authors').select('slug').executeTakeFirstOrThrow()).slug,
    };
  });

  afterAll(async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb()).destroy();
    await test?.destroy();
  });

  const get = (route: Route, params: Params) => () => route.GET(new Request('http://news.test/og'), { params: Promise.resolve(params) });

  it('answers 404 to every slug that is not a public page, and changes nothing', async () => {
    const cases: HostileCase[] = [];
    const unknown = ['no-such-thing', 'a'.repeat(120), '0', 'null', '-'];
    for (const kind of ['section', 'tag', 'author'] as const) {
      for (const slug of [...HOSTILE_IDS, ...unknown]) cases.push({ name: `/og/${kind}/${JSON.stringify(slug).slice(0, 30)}`, send: get(routes[kind], { slug }), expect: 404 });
    }
    for (const slug of [...HOSTILE_IDS, ...unknown]) cases.push({ name: `/og/article/${JSON.stringify(slug).slice(0, 30)}/1`, send: get(routes.article, { slug, version: '1' }), expect: 404 });
    cases.push({ name: 'card of a draft', send: get(routes.article, { slug: known.draft, version: '1' }), expect: 404 });
    if (known.scheduled) cases.push({ name: 'card of a story scheduled for later', send: get(routes.article, { slug: known.scheduled, version: '1' }), expect: 404 });
    for (const version of ['../../etc/passwd', '%00', 'x'.repeat(10_000), '\u0000']) {
      cases.push({ name: `card of a draft, version ${JSON.stringify(version).slice(0, 20)}`, send: get(routes.article, { slug: known.draft, version }), expect: 404 });
    }
    const report = await runCorpus(test.db, cases);
    expect(report.problems).toEqual([]);
    process.stdout.write(`${summary(`og ${dialect}`, report)}\n`);
  });

  it('still serves the cards of public pages (the corpus is not refusing everything)', async () => {
    const pngs = [
      await home.GET(),
      await get(routes.article, { slug: known.published, version: 'anything' })(),
      await get(routes.section, { slug: known.section })(),
      await get(routes.tag, { slug: known.tag })(),
      await get(routes.author, { slug: known.author })(),
    ];
    expect(pngs.map((response) => [response.status, response.headers.get('content-type')])).toEqual(Array(5).fill([200, 'image/png']));
  });
});
