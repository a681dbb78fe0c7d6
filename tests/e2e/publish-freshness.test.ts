import { parse } from 'node-html-parser';
import { closeE2eDb, e2eDb, ensureEditor, insertDraftCopy, signIn, type CookieJar } from './editor-helpers';
import { url } from './support/site';

/**
 * Publishing goes through the one publish function, which expires the cache tags of everything
 * that shows the article. Against the production build: a new story appears on its section page,
 * the home page and the feed on the very next request; a corrected headline replaces the old one
 * everywhere (and the Open Graph image URL changes with it); an unpublished story is a 404 at once.
 */

const EMAIL = 'freshness-editor@example.org';
const PASSWORD = 'freshness editor passphrase';
const ID = 'e2e-freshness';
const SLUG = 'e2e-freshness-story';
const SOURCE_ID = 'demo-012';
const FIRST = 'Freshness check: tide gauges go live in Sorrel';
const CORRECTED = 'Freshness check: corrected headline for the tide gauges';
const RACE_ID = 'e2e-freshness-race';
const RACE_SLUG = 'e2e-freshness-race-story';
const RACE = 'Freshness check: ferry timetable published under load';

let jar: CookieJar;
let section: string;

async function insertDraft(): Promise<void> {
  const path = await insertDraftCopy({ id: ID, slug: SLUG, headline: FIRST, sourceId: SOURCE_ID });
  section = path.split('/')[1]!;
}

function command(body: unknown, cookies = jar.header(), contentType = 'application/json'): Promise<Response> {
  return fetch(url(`/api/editor/articles/${ID}`), {
    method: 'POST',
    headers: { 'content-type': contentType, cookie: cookies },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function text(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url(path));
  return { status: response.status, body: await response.text() };
}

function ogImage(html: string): string | undefined {
  return parse(html).querySelector('meta[property="og:image"]')?.getAttribute('content');
}

describe('publishing is visible on the next request', () => {
  beforeAll(async () => {
    await ensureEditor(EMAIL, PASSWORD, 'Freshness Editor');
    await insertDraft();
    ({ jar } = await signIn(EMAIL, PASSWORD));
  });

  afterAll(async () => {
    const db = e2eDb();
    for (const id of [ID, RACE_ID]) {
      await db.deleteFrom('article_authors').where('article_id', '=', id).execute();
      await db.deleteFrom('article_tags').where('article_id', '=', id).execute();
      await db.deleteFrom('articles').where('id', '=', id).execute();
    }
    await closeE2eDb();
  });

  it('refuses anonymous, malformed and cross-site commands and changes nothing', async () => {
    expect((await command({ action: 'publish' }, '')).status).toBe(401);
    expect((await command('{"action":', jar.header())).status).toBe(400);
    expect((await command({ action: 'explode' })).status).toBe(400);
    expect((await command({ action: 'update', patch: { headline: '' } })).status).toBe(400);
    expect((await command('action=publish', jar.header(), 'application/x-www-form-urlencoded')).status).toBe(415);
    const crossSite = await fetch(url(`/api/editor/articles/${ID}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ action: 'publish' }),
    });
    expect(crossSite.status).toBe(403);
    const row = await e2eDb().selectFrom('articles').select(['status', 'headline']).where('id', '=', ID).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', headline: FIRST });
    expect((await text(`/${section}/${SLUG}`)).status).toBe(404);
  });

  it('publishes: the article, its section page, the home page and the feed show it at once', async () => {
    expect((await text(`/${section}`)).body).not.toContain(FIRST);
    const response = await command({ action: 'publish' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);

    const article = await text(`/${section}/${SLUG}`);
    expect(article.status).toBe(200);
    expect(parse(article.body).querySelector('h1')?.text).toBe(FIRST);
    expect((await text(`/${section}`)).body).toContain(FIRST);
    expect((await text('/')).body).toContain(FIRST);
    expect((await text('/feed.xml')).body).toContain(FIRST);
  });

  it('corrects a headline: the old one is gone everywhere and the social image changes', async () => {
    const before = ogImage((await text(`/${section}/${SLUG}`)).body);
    expect(before).toBeDefined();
    const response = await command({ action: 'update', patch: { headline: CORRECTED } });
    expect(response.status).toBe(200);

    const article = await text(`/${section}/${SLUG}`);
    expect(parse(article.body).querySelector('h1')?.text).toBe(CORRECTED);
    expect(article.body).not.toContain(FIRST);
    const sectionPage = (await text(`/${section}`)).body;
    expect(sectionPage).toContain(CORRECTED);
    expect(sectionPage).not.toContain(FIRST);
    expect((await text('/feed.xml')).body).toContain(CORRECTED);

    const after = ogImage(article.body);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const image = await fetch(after!.replace(/^https?:\/\/[^/]+/, url('/').replace(/\/$/, '')));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('unpublishes: the article answers 404 and leaves every list and the feed', async () => {
    const response = await command({ action: 'unpublish' });
    expect(response.status).toBe(200);
    expect((await text(`/${section}/${SLUG}`)).status).toBe(404);
    expect((await text(`/${section}`)).body).not.toContain(CORRECTED);
    expect((await text('/')).body).not.toContain(CORRECTED);
    expect((await text('/feed.xml')).body).not.toContain(CORRECTED);
  });

  it('stays exact under reader traffic: a render begun before a publish never outlives it', async () => {
    // Each round first expires the section's cache (an edit to the draft), then publishes or
    // unpublishes while readers' requests are re-rendering the section page from the old rows.
    // When the call returns, the very next request must show the new state.
    await insertDraftCopy({ id: RACE_ID, slug: RACE_SLUG, headline: RACE, sourceId: SOURCE_ID });
    const raceCommand = async (body: unknown) => {
      const response = await fetch(url(`/api/editor/articles/${RACE_ID}`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: jar.header() },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    };
    const readers = (count: number) =>
      Array.from({ length: count }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 4));
        await (await fetch(url(`/${section}`))).text();
      });
    for (let round = 0; round < 6; round += 1) {
      const publish = round % 2 === 0;
      await raceCommand({ action: 'update', patch: { standfirst: `Round ${round}: the ferry timetable, checked under load.` } });
      await Promise.all([...readers(6), raceCommand({ action: publish ? 'publish' : 'unpublish' })]);
      const body = (await text(`/${section}`)).body;
      if (publish) expect(body).toContain(RACE);
      else expect(body).not.toContain(RACE);
    }
  });
});
