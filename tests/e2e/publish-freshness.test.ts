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

/** Decision 0002: the publish call waits this long between commit and expiry (PUBLISH_SETTLE_MS). */
const PROMISED_SETTLE_MS = 1_000;
/** …and expires the same tags again this long after its response (PUBLISH_HEAL_MS). */
const PROMISED_HEAL_MS = 15_000;
/** A render's page is written to the cache just after its last byte is sent. */
const CACHE_WRITE_MARGIN_MS = 100;
/** Time for the render after the healing expiry on a loaded machine. */
const RENDER_ALLOWANCE_MS = 10_000;

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
    // What the product promises (lib/content/publish.ts, decision 0002): when every render begun
    // before the commit has finished within PROMISED_SETTLE_MS of the call, the very next request
    // shows the new state; a render slower than that (a loaded machine) is healed by the second
    // expiry PROMISED_HEAL_MS after the response. Readers' requests are timed: a render ends no
    // later than the requests waiting on it, so a round whose readers all finished within the
    // settle window (less a margin for the cache write) must be exact on the next request, and any
    // other round must become exact by the heal, polled with a bounded deadline, never slept on.
    await insertDraftCopy({ id: RACE_ID, slug: RACE_SLUG, headline: RACE, sourceId: SOURCE_ID });
    const timed = async <T,>(run: () => Promise<T>) => {
      const start = performance.now();
      const value = await run();
      return { start, end: performance.now(), value };
    };
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
        return timed(async () => (await fetch(url(`/${section}`))).text());
      });
    const shows = (body: string, publish: boolean) => body.includes(RACE) === publish;
    const outcomes: string[] = [];
    for (let round = 0; round < 6; round += 1) {
      const publish = round % 2 === 0;
      await raceCommand({ action: 'update', patch: { standfirst: `Round ${round}: the ferry timetable, checked under load.` } });
      const sent = performance.now();
      const [command, ...reads] = await Promise.all([timed(() => raceCommand({ action: publish ? 'publish' : 'unpublish' })), ...readers(6)]);
      const slowest = Math.max(...reads.map((read) => read.end)) - sent;
      if (slowest <= PROMISED_SETTLE_MS - CACHE_WRITE_MARGIN_MS) {
        expect({ round, publish, next: shows((await text(`/${section}`)).body, publish) }).toEqual({ round, publish, next: true });
        outcomes.push(`round ${round}: exact on the next request (readers done ${slowest.toFixed(0)} ms after the call began)`);
        continue;
      }
      const deadline = command.end + PROMISED_HEAL_MS + RENDER_ALLOWANCE_MS;
      let healed = false;
      while (!healed && performance.now() < deadline) {
        healed = shows((await text(`/${section}`)).body, publish);
        if (!healed) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect({ round, publish, healed }).toEqual({ round, publish, healed: true });
      outcomes.push(`round ${round}: readers took ${slowest.toFixed(0)} ms, past the settle wait; exact by the heal, ${(performance.now() - command.end).toFixed(0)} ms after the call`);
    }
    process.stdout.write(`[publish-freshness] ${outcomes.join('; ')}\n`);
    // Six rounds, each of which may wait for the heal: bounded by the deadlines above, not by jest's default.
  }, 6 * (PROMISED_HEAL_MS + RENDER_ALLOWANCE_MS + 5_000));
});
