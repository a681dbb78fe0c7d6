/**
 * @jest-environment node
 *
 * Issue 14: the draft editor's server actions as Next calls them (save, restore, publish), with
 * real next-auth session cookies and a real SQLite database. Signed out: a redirect to sign-in and
 * nothing written. Hostile or broken posts: a state with plain-words errors (or a 303 with a fixed
 * reason), never an exception, and nothing written. The good path: create, save, conflict (kept),
 * restore, publish through the one publish function. proxy.ts in front: 403 for cross-site posts,
 * private and noindex headers with a nonce policy on the new pages.
 */
import { NextRequest } from 'next/server';
import type { Editor } from '@/lib/auth/editors';
import type { DraftFormState } from '@/lib/editorial/draft-form';
import { editorSessionCookie } from '@/tests/helpers/editor-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';

let current: NextRequest | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
}));
// connection() only marks a render as request-time; outside Next it would throw.
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined, after: () => undefined }));
// Publishing expires cache tags; outside a Next request there is no cache to expire.
jest.mock('next/cache', () => ({ ...jest.requireActual<object>('next/cache'), revalidateTag: jest.fn(), refresh: jest.fn() }));

const SITE = 'http://news.test';
const SECRET = 'draft-actions-secret-0123456789abcdef0123456789';
const PASSWORD = 'draft actions passphrase';

let test: TestDatabase;
let editor: Editor;
let disabled: Editor;

const sessionCookie = (who: Editor) => editorSessionCookie(who, SECRET);

async function as(who: Editor | null, path = '/editor/articles/new'): Promise<void> {
  const headers: Record<string, string> = { host: 'news.test', origin: SITE, 'sec-fetch-site': 'same-origin' };
  if (who) headers.cookie = await sessionCookie(who);
  current = new NextRequest(`${SITE}${path}`, { method: 'POST', headers });
}

function form(fields: Record<string, string | string[] | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) value.forEach((item) => data.append(key, item));
    else data.set(key, value);
  }
  return data;
}

const GOOD = {
  headline: 'PELICAN draft from the form',
  standfirst: 'Written through the server action.',
  slug: '',
  section: 'news',
  language: 'en',
  tags: 'Climate, PELICAN new topic',
  authors: ['amara-okafor'],
  socialTitle: '',
  socialDescription: '',
  heroSrc: '/images/demo/harbour-cranes.jpg',
  heroAlt: 'Cranes at the harbour',
  heroCaption: '',
  heroCredit: 'Illustration: Meridian',
  heroWidth: '',
  heroHeight: '',
  body: '## PELICAN\n\nFirst **paragraph**.\n\n> A quote.\n> — Someone',
};

/** Everything the editor's actions could write. */
async function snapshot(): Promise<string> {
  const [articles, revisions, tags, redirects] = await Promise.all([
    test.db.selectFrom('articles').select(['id', 'slug', 'status', 'version', 'headline', 'updated_at', 'working_copy']).orderBy('id').execute(),
    test.db.selectFrom('article_revisions').select(['id', 'version', 'kind']).orderBy('id').execute(),
    test.db.selectFrom('tags').select(['id']).orderBy('id').execute(),
    test.db.selectFrom('slug_redirects').selectAll().orderBy('slug').execute(),
  ]);
  return JSON.stringify({ articles, revisions, tags, redirects });
}

async function unchanged<T>(call: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await call();
  expect(await snapshot()).toBe(before);
  return result;
}

/** A server action's redirect target (next/navigation throws it), or null if it returned. */
async function redirectOf(call: () => Promise<unknown>): Promise<string | null> {
  try {
    await call();
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
    throw error;
  }
}

/** The state a save returns (it must not redirect or throw). */
async function stateOf(call: () => Promise<DraftFormState>): Promise<DraftFormState> {
  let state: DraftFormState | undefined;
  expect(await redirectOf(async () => (state = await call()))).toBeNull();
  return state as DraftFormState;
}

const idle = { status: 'editing', values: { ...GOOD, authors: [] }, fieldErrors: {}, bodyErrors: [], articleId: null, version: null } as DraftFormState;

beforeAll(async () => {
  test = await createTestDatabase('sqlite', { seed: true });
  Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, SESSION_MAX_AGE_HOURS: '8' });
  const { createEditor, disableEditor } = await import('@/lib/auth/editors');
  editor = await createEditor(test.db, { email: 'drafter@example.org', name: 'Drafter' }, PASSWORD);
  disabled = await createEditor(test.db, { email: 'gone@example.org', name: 'Gone' }, PASSWORD);
  disabled = await disableEditor(test.db, disabled.email);
});

afterAll(async () => {
  const { getDb } = await import('@/lib/db/client');
  await (await getDb()).destroy();
  await test.destroy();
});

describe('without a live session', () => {
  it.each([
    ['no session', null],
    ['a disabled editor', 'disabled'],
  ] as const)('%s: every action redirects to sign-in and writes nothing', async (_label, who) => {
    const actions = await import('@/app/(editor)/editor/articles/draft-actions');
    await as(who === 'disabled' ? disabled : null);
    const signIn = /^\/editor\/sign-in\?callbackUrl=/;
    expect(await unchanged(() => redirectOf(() => actions.saveDraftAction(idle, form(GOOD))))).toMatch(signIn);
    expect(await unchanged(() => redirectOf(() => actions.saveDraftAction(idle, form({ ...GOOD, articleId: 'demo-021', version: '1' }))))).toMatch(signIn);
    expect(await unchanged(() => redirectOf(() => actions.restoreRevisionAction(form({ articleId: 'demo-021', revisionId: 'x', version: '1' }))))).toMatch(signIn);
    expect(await unchanged(() => redirectOf(() => actions.publishDraftAction(form({ articleId: 'demo-021', version: '1' }))))).toMatch(signIn);
  });
});

describe('hostile and broken posts with a good session', () => {
  const huge = 'x'.repeat(700_000);
  const cases: [string, Record<string, string | string[] | Blob>, RegExp][] = [
    ['an empty form', {}, /headline|picture|author/i],
    ['a script as the headline and section', { ...GOOD, headline: '', section: '<script>alert(1)</script>' }, /Choose a section/],
    ['a javascript: picture', { ...GOOD, heroSrc: 'javascript:alert(1)' }, /must start with https:\/\//],
    ['a javascript: link in the text', { ...GOOD, body: '[x](javascript:alert(1\\))' }, /problem/],
    ['an unknown author', { ...GOOD, authors: ['nobody', '"><img src=x>'] }, /Choose the authors from the list/],
    ['a thousand authors', { ...GOOD, authors: Array.from({ length: 1000 }, (_, i) => `author-${i}`) }, /at most 10 authors/],
    ['a headline of 100,000 characters', { ...GOOD, headline: 'h'.repeat(100_000) }, /at most 300 characters/],
    ['a body of 700,000 characters', { ...GOOD, body: huge }, /too long to save/],
    ['files instead of text', { ...GOOD, headline: new Blob(['x']), body: new Blob(['## x']) }, /headline/i],
    ['a bad address', { ...GOOD, slug: '../../etc/passwd' }, /lower-case letters/],
    ['an address already used', { ...GOOD, slug: 'vessaly-regional-election-greens-and-farmers-party-gain' }, /already used/],
    ['a picture without a size from elsewhere', { ...GOOD, heroSrc: 'https://cdn.example.org/a.jpg' }, /width and height/],
    ['a width that is not a number', { ...GOOD, heroWidth: '1e9', heroHeight: '-4' }, /whole number/],
    ['NUL bytes and control characters', { ...GOOD, headline: '', body: '\u0000\u202e::embed[\u0000]' }, /headline|embed/i],
    ['a topic with no letters', { ...GOOD, tags: '!!!, ???' }, /letter/],
  ];

  it.each(cases)('%s: a state with errors, nothing written', async (_label, fields, expected) => {
    const { saveDraftAction } = await import('@/app/(editor)/editor/articles/draft-actions');
    await as(editor);
    const state = await unchanged(() => stateOf(() => saveDraftAction(idle, form(fields))));
    if (state.status === 'invalid') {
      const words = [...Object.values(state.fieldErrors), ...state.bodyErrors.map((e) => e.message)].join(' ');
      expect(words).toMatch(expected);
    } else {
      expect(state.status).toBe('invalid');
    }
  });

  it('refuses edits to unknown or malformed articles, and a form that lost its version', async () => {
    const { saveDraftAction } = await import('@/app/(editor)/editor/articles/draft-actions');
    await as(editor);
    const gone = await unchanged(() => stateOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: 'no-such-article', version: '1' }))));
    expect(gone).toMatchObject({ status: 'failed', message: expect.stringMatching(/no longer exists/) });
    const versionless = await unchanged(() => stateOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: 'demo-021' }))));
    expect(versionless).toMatchObject({ status: 'failed', message: expect.stringMatching(/lost track/) });
    // A malformed id is no id: it would create a new draft, so check it is refused like any bad form.
    const malformed = await unchanged(() => stateOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: '../x', version: '1', headline: '' }))));
    expect(malformed.articleId).toBeNull();
  });

  it('answers restore and publish posts with garbage by a 303 to a fixed reason, writing nothing', async () => {
    const { publishDraftAction, restoreRevisionAction } = await import('@/app/(editor)/editor/articles/draft-actions');
    await as(editor);
    const other = await test.db.selectFrom('articles').select('id').where('id', '=', 'demo-001').executeTakeFirstOrThrow();
    expect(await unchanged(() => redirectOf(() => restoreRevisionAction(form({ articleId: '<x>', revisionId: 'y', version: '1' }))))).toBe('/editor');
    expect(await unchanged(() => redirectOf(() => restoreRevisionAction(form({ articleId: 'demo-021', revisionId: '../../', version: 'x' }))))).toBe(
      '/editor/articles/demo-021/edit?refused=restore-missing',
    );
    expect(await unchanged(() => redirectOf(() => restoreRevisionAction(form({ articleId: 'demo-021', revisionId: 'no-such-revision', version: '1' }))))).toBe(
      '/editor/articles/demo-021/edit?refused=restore-missing',
    );
    expect(await unchanged(() => redirectOf(() => publishDraftAction(form({ articleId: other.id, version: '999' }))))).toBe(
      `/editor/articles/${other.id}/edit?refused=publish-conflict`,
    );
    expect(await unchanged(() => redirectOf(() => publishDraftAction(form({ articleId: 'demo-021', version: '-1' }))))).toBe(
      '/editor/articles/demo-021/edit?refused=publish-conflict',
    );
    expect(await unchanged(() => redirectOf(() => publishDraftAction(form({ articleId: 'no-such-article', version: '1' }))))).toBe('/editor');
  });
});

describe('the good path through the actions', () => {
  it('creates, saves, refuses a stale save keeping its text, restores, and publishes', async () => {
    const { publishDraftAction, restoreRevisionAction, saveDraftAction } = await import('@/app/(editor)/editor/articles/draft-actions');
    await as(editor);
    const created = await redirectOf(() => saveDraftAction(idle, form(GOOD)));
    const match = /^\/editor\/articles\/([A-Za-z0-9_-]+)\/edit\?saved=1&created=1$/.exec(created ?? '');
    expect(match).not.toBeNull();
    const id = match![1]!;
    const row = await test.db.selectFrom('articles').select(['slug', 'status', 'headline', 'hero']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ slug: 'pelican-draft-from-the-form', status: 'draft', headline: GOOD.headline });
    // The picture's size came from the file itself.
    expect(JSON.parse(row.hero)).toMatchObject({ width: 1600, height: 900 });
    // The invented topic waits for publication.
    expect(await test.db.selectFrom('tags').select('id').where('slug', '=', 'pelican-new-topic').executeTakeFirst()).toBeUndefined();

    expect(await redirectOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: id, version: '1', slug: 'pelican-draft-from-the-form', headline: 'PELICAN second' })))).toBe(
      `/editor/articles/${id}/edit?saved=2`,
    );
    // A save from version 1: refused, the text comes back in the form and is kept as a conflict copy.
    const refused = await stateOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: id, version: '1', slug: 'pelican-draft-from-the-form', headline: 'PELICAN stale' })));
    expect(refused).toMatchObject({ status: 'conflict', version: 1, conflict: { currentVersion: 2 }, values: { headline: 'PELICAN stale' } });
    expect((await test.db.selectFrom('articles').select('headline').where('id', '=', id).executeTakeFirstOrThrow()).headline).toBe('PELICAN second');
    expect(await test.db.selectFrom('article_revisions').select(['version', 'kind']).where('article_id', '=', id).where('kind', '=', 'conflict').execute()).toEqual([
      { version: 1, kind: 'conflict' },
    ]);

    // Overwriting on purpose names the version it replaces.
    expect(
      await redirectOf(() => saveDraftAction(idle, form({ ...GOOD, articleId: id, version: '1', overwrite: '2', slug: 'pelican-draft-from-the-form', headline: 'PELICAN third' }))),
    ).toBe(`/editor/articles/${id}/edit?saved=3`);

    const first = await test.db.selectFrom('article_revisions').select('id').where('article_id', '=', id).where('version', '=', 1).where('kind', '=', 'save').executeTakeFirstOrThrow();
    expect(await redirectOf(() => restoreRevisionAction(form({ articleId: id, revisionId: first.id, version: '2' })))).toBe(`/editor/articles/${id}/edit?refused=restore-conflict`);
    expect(await redirectOf(() => restoreRevisionAction(form({ articleId: id, revisionId: first.id, version: '3' })))).toBe(`/editor/articles/${id}/edit?saved=4&restored=1`);
    expect((await test.db.selectFrom('articles').select('headline').where('id', '=', id).executeTakeFirstOrThrow()).headline).toBe(GOOD.headline);

    expect(await redirectOf(() => publishDraftAction(form({ articleId: id, version: '3' })))).toBe(`/editor/articles/${id}/edit?refused=publish-conflict`);
    expect(await redirectOf(() => publishDraftAction(form({ articleId: id, version: '4' })))).toBe(`/editor/articles/${id}/edit?published=1`);
    expect(await test.db.selectFrom('articles').select(['status', 'working_copy']).where('id', '=', id).executeTakeFirstOrThrow()).toEqual({ status: 'published', working_copy: null });
    expect(await test.db.selectFrom('tags').select('name').where('slug', '=', 'pelican-new-topic').executeTakeFirst()).toEqual({ name: 'PELICAN new topic' });
  }, 30_000);
});

describe('proxy.ts in front of the new pages', () => {
  it('refuses cross-site posts with 403 and sends private, noindex pages with a nonce policy', async () => {
    const { proxy } = await import('@/proxy');
    const cookie = await sessionCookie(editor);
    for (const path of ['/editor/articles/new', '/editor/articles/demo-021/edit', '/editor/articles/demo-021/revisions/x']) {
      const cross = await proxy(new NextRequest(`${SITE}${path}`, { method: 'POST', headers: { host: 'news.test', cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } }));
      expect({ path, status: cross.status }).toEqual({ path, status: 403 });
      const page = await proxy(new NextRequest(`${SITE}${path}`, { headers: { host: 'news.test', cookie } }));
      expect(page.headers.get('cache-control')).toMatch(/private, no-store/);
      expect(page.headers.get('x-robots-tag')).toMatch(/noindex/);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    }
  });
});
