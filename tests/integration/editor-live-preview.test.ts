/**
 * @jest-environment node
 *
 * Issue 14, the live preview beside the edit form. On real SQLite and PostgreSQL: the unsaved form
 * is judged as a save would judge it, stored for its editor only (one row per open form, its
 * revision going up), never written to the article or its revisions, and gone after two hours.
 * Through the route handler (SQLite, real next-auth session cookies): who may ask, what bad input
 * gets (a clear 4xx, nothing written), and that the card image opens for its editor alone.
 */
import { NextRequest } from 'next/server';
import { createEditor, type Editor } from '@/lib/auth/editors';
import { previewDraftForm } from '@/lib/editorial/live-preview';
import { loadUnsavedPreview, storeUnsavedPreview } from '@/lib/preview/unsaved-preview';
import { editorSessionCookie } from '@/tests/helpers/editor-session';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';

let current: NextRequest | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
}));
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined, after: () => undefined }));
// The card's pixels need next/og's runtime (the browser suite fetches a real one); here: who gets one.
jest.mock('@/lib/og/render', () => ({ renderArticleCard: async () => Buffer.from('card for the test') }));

const SITE = 'http://news.test';
const SECRET = 'live-preview-secret-0123456789abcdef0123456789';
const PASSWORD = 'live preview passphrase';

const GOOD: Record<string, string | string[]> = {
  headline: 'HERON unsaved headline',
  standfirst: 'Typed, not saved.',
  slug: '',
  section: 'news',
  language: 'en',
  tags: 'Climate, HERON invented topic',
  authors: ['amara-okafor'],
  socialTitle: '',
  socialDescription: '',
  heroSrc: '/images/demo/harbour-cranes.jpg',
  heroAlt: 'Cranes at the harbour',
  heroCaption: '',
  heroCredit: '',
  heroWidth: '',
  heroHeight: '',
  body: '## HERON\n\nFirst **paragraph** of HERON-UNSAVED.\n\n> A quote.\n> — Someone',
};

function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) value.forEach((item) => form.append(key, item));
    else form.set(key, value);
  }
  return form;
}

function encoded(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) value.forEach((item) => params.append(key, item));
    else params.set(key, value);
  }
  return params.toString();
}

/** Everything a preview must leave alone: the articles, their revisions, topics and redirects. */
async function contentOf(test: TestDatabase): Promise<string> {
  const [articles, revisions, tags, redirects] = await Promise.all([
    test.db.selectFrom('articles').select(['id', 'slug', 'status', 'version', 'headline', 'updated_at', 'working_copy', 'body']).orderBy('id').execute(),
    test.db.selectFrom('article_revisions').select(['id', 'version', 'kind']).orderBy('id').execute(),
    test.db.selectFrom('tags').select(['id', 'name']).orderBy('id').execute(),
    test.db.selectFrom('slug_redirects').selectAll().orderBy('slug').execute(),
  ]);
  return JSON.stringify({ articles, revisions, tags, redirects });
}

// First: its beforeAll sets the environment (site URL, session secret) that getEnv() keeps for the whole file.
describe('POST /api/editor/live-preview and the card image (SQLite, real sessions)', () => {
  let test: TestDatabase;
  let editor: Editor;
  let other: Editor;

  const sessionCookie = (who: Editor) => editorSessionCookie(who, SECRET);

  async function post(who: Editor | null, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}): Promise<Response> {
    const all: Record<string, string> = { host: 'news.test', origin: SITE, 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded', ...headers };
    if (who) all.cookie = await sessionCookie(who);
    current = new NextRequest(`${SITE}/api/editor/live-preview`, { method: 'POST', headers: all, body });
    const { handleLivePreview } = await import('@/lib/editorial/live-preview-api');
    return handleLivePreview(current);
  }

  beforeAll(async () => {
    test = await createTestDatabase('sqlite', { seed: true });
    Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, SESSION_MAX_AGE_HOURS: '8' });
    editor = await createEditor(test.db, { email: 'route-a@example.org', name: 'Route A' }, PASSWORD);
    other = await createEditor(test.db, { email: 'route-b@example.org', name: 'Route B' }, PASSWORD);
  });
  afterAll(async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb()).destroy();
    await test.destroy();
  });

  it('answers an editor with where to look, privately', async () => {
    const response = await post(editor, encoded(GOOD));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const body = (await response.json()) as { previewId: string; frame: string; card: { title: string } };
    expect(body.frame).toBe(`/preview/unsaved/${body.previewId}?r=1`);
    expect(body.card.title).toBe('HERON unsaved headline');

    const again = (await (await post(editor, `${encoded(GOOD)}&previewId=${body.previewId}`)).json()) as { previewId: string; revision: number };
    expect(again).toMatchObject({ previewId: body.previewId, revision: 2 });

    const { unsavedPreviewCard } = await import('@/lib/editorial/live-preview-api');
    current = new NextRequest(`${SITE}/api/editor/live-preview/${body.previewId}/og`, { headers: { host: 'news.test', cookie: await sessionCookie(editor) } });
    const card = await unsavedPreviewCard(body.previewId);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(card.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    current = new NextRequest(`${SITE}/api/editor/live-preview/${body.previewId}/og`, { headers: { host: 'news.test', cookie: await sessionCookie(other) } });
    expect((await unsavedPreviewCard(body.previewId)).status).toBe(404);
    current = new NextRequest(`${SITE}/api/editor/live-preview/${body.previewId}/og`, { headers: { host: 'news.test' } });
    expect((await unsavedPreviewCard(body.previewId)).status).toBe(404);
    expect((await unsavedPreviewCard('../../etc/passwd')).status).toBe(404);
  });

  it.each([
    ['no session', null, encoded(GOOD), {}, 401],
    ['a cross-site post', 'editor', encoded(GOOD), { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, 403],
    ['JSON instead of a form', 'editor', JSON.stringify(GOOD), { 'content-type': 'application/json' }, 415],
    ['a form in another charset', 'editor', encoded(GOOD), { 'content-type': 'application/x-www-form-urlencoded; charset=iso-8859-1' }, 415],
    ['a form over 2 MB', 'editor', `body=${'a'.repeat(2 * 1024 * 1024 + 10)}`, {}, 413],
    ['invalid UTF-8', 'editor', new Uint8Array(new ArrayBuffer(7)).map((_, i) => [0x62, 0x6f, 0x64, 0x79, 0x3d, 0xff, 0xfe][i]!), {}, 400],
    ['an article that does not exist', 'editor', encoded({ ...GOOD, articleId: 'no-such-article', version: '1' }), {}, 404],
    ['text a save would refuse', 'editor', encoded({ ...GOOD, body: '# Not allowed' }), {}, 422],
    ['an empty form', 'editor', '', {}, 422],
    ['a forged preview id and NUL bytes', 'editor', `${encoded({ ...GOOD, headline: 'a\u0000b' })}&previewId=${encodeURIComponent("x' OR 1=1 --")}`, {}, 200],
  ] as const)('%s: %d, and nothing else written', async (_label, who, body, headers, status) => {
    const before = await contentOf(test);
    const response = await post(who === 'editor' ? editor : null, body, headers);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toMatch(/at .+\.(ts|js):\d+|node_modules|\/work\//);
    expect(await contentOf(test)).toBe(before);
  });
});

describeEachDialect('unsaved previews', (dialect) => {
  let test: TestDatabase;
  let editor: Editor;
  let other: Editor;

  beforeAll(async () => {
    test = await createTestDatabase(dialect, { seed: true });
    editor = await createEditor(test.db, { email: 'live-a@example.org', name: 'Live A' }, PASSWORD);
    other = await createEditor(test.db, { email: 'live-b@example.org', name: 'Live B' }, PASSWORD);
  });
  afterAll(async () => {
    await test?.destroy();
  });

  it('stores the form as an article for its editor, refreshes the same row, and writes nothing else', async () => {
    const before = await contentOf(test);
    const first = await previewDraftForm(test.db, formOf(GOOD), editor, null);
    if (!first.ok) throw new Error(`expected a preview, got ${JSON.stringify(first)}`);
    expect(first.revision).toBe(1);
    expect(first.frame).toBe(`/preview/unsaved/${first.previewId}?r=1`);
    expect(first.card).toMatchObject({ title: 'HERON unsaved headline', description: 'Typed, not saved.', image: { src: `/api/editor/live-preview/${first.previewId}/og?r=1` } });

    const stored = await loadUnsavedPreview(test.db, first.previewId, editor.id);
    expect(stored).toMatchObject({ headline: 'HERON unsaved headline', status: 'draft', publishedAt: null, slug: 'heron-unsaved-headline', section: { slug: 'news', name: 'News' } });
    expect(stored?.tags).toEqual([
      { slug: 'climate', name: 'Climate' },
      { slug: 'heron-invented-topic', name: 'HERON invented topic' },
    ]);
    expect(JSON.stringify(stored?.body)).toContain('HERON-UNSAVED');

    const second = await previewDraftForm(test.db, formOf({ ...GOOD, headline: 'HERON second thoughts' }), editor, first.previewId);
    expect(second).toMatchObject({ ok: true, previewId: first.previewId, revision: 2 });
    expect((await loadUnsavedPreview(test.db, first.previewId, editor.id))?.headline).toBe('HERON second thoughts');
    expect(await test.db.selectFrom('unsaved_previews').select('id').where('editor_id', '=', editor.id).execute()).toHaveLength(1);

    // No article, revision, topic or redirect was written: the invented topic included.
    expect(await contentOf(test)).toBe(before);
  });

  it("keeps one editor's preview from another: not readable, not overwritten", async () => {
    const mine = await previewDraftForm(test.db, formOf(GOOD), editor, null);
    if (!mine.ok) throw new Error('expected a preview');
    expect(await loadUnsavedPreview(test.db, mine.previewId, other.id)).toBeNull();
    const theirs = await previewDraftForm(test.db, formOf({ ...GOOD, headline: 'HERON hijack' }), other, mine.previewId);
    if (!theirs.ok) throw new Error('expected a preview');
    expect(theirs.previewId).not.toBe(mine.previewId);
    expect((await loadUnsavedPreview(test.db, mine.previewId, editor.id))?.headline).toBe('HERON unsaved headline');
  });

  it('answers what a save would refuse with the same words, and stores nothing', async () => {
    const rows = await test.db.selectFrom('unsaved_previews').select('id').execute();
    const refused = await previewDraftForm(test.db, formOf({ ...GOOD, heroAlt: '', body: 'Fine.\n\n> ' }), editor, null);
    expect(refused).toMatchObject({ ok: false, status: 422, fieldErrors: { heroAlt: expect.stringContaining('Describe the main picture') }, bodyErrors: [{ line: 3, message: "a quote needs text after '> '" }] });
    expect(await test.db.selectFrom('unsaved_previews').select('id').execute()).toEqual(rows);
  });

  it("previews a published article's unsaved edit with its own times, leaving the public row alone", async () => {
    const live = await test.db.selectFrom('articles').select(['id', 'headline', 'published_at', 'updated_at', 'version']).where('status', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow();
    const before = await contentOf(test);
    const { loadDraftEditor } = await import('@/lib/editorial/draft-editor');
    const { values } = (await loadDraftEditor(test.db, live.id)) ?? {};
    if (!values) throw new Error('no editable article');
    const preview = await previewDraftForm(test.db, formOf({ ...values, headline: 'HERON edit of a live story', articleId: live.id, version: String(live.version) }), editor, null);
    if (!preview.ok) throw new Error(`expected a preview, got ${JSON.stringify(preview)}`);
    const stored = await loadUnsavedPreview(test.db, preview.previewId, editor.id);
    expect(stored).toMatchObject({ id: live.id, status: 'published', headline: 'HERON edit of a live story', publishedAt: new Date(live.published_at!).toISOString(), updatedAt: new Date(live.updated_at).toISOString() });
    expect(await contentOf(test)).toBe(before);
  });

  it('forgets a preview after two hours and sweeps it on the next write', async () => {
    const now = new Date();
    const old = await storeUnsavedPreview(test.db, { previousId: null, editorId: editor.id, articleId: null, article: (await loadAny())!, now });
    expect(await loadUnsavedPreview(test.db, old.id, editor.id, new Date(now.getTime() + 119 * 60_000))).not.toBeNull();
    expect(await loadUnsavedPreview(test.db, old.id, editor.id, new Date(now.getTime() + 121 * 60_000))).toBeNull();
    await storeUnsavedPreview(test.db, { previousId: null, editorId: other.id, articleId: null, article: (await loadAny())!, now: new Date(now.getTime() + 121 * 60_000) });
    expect(await test.db.selectFrom('unsaved_previews').select('id').where('id', '=', old.id).executeTakeFirst()).toBeUndefined();
  });

  async function loadAny() {
    const row = await test.db.selectFrom('unsaved_previews').select('id').where('editor_id', '=', editor.id).executeTakeFirstOrThrow();
    return loadUnsavedPreview(test.db, row.id, editor.id);
  }
});
