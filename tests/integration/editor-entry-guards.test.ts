/**
 * @jest-environment node
 *
 * Over 300 lines on purpose: every entry point meets every kind of dead session in one table.
 *
 * Issue 11, "Tests that guard these promises": every state-changing editor entry point (share-link
 * create and revoke routes, preview enable and disable, the dashboard's server actions and the
 * editors' JSON API) called without a session, with a disabled editor's session, with a session
 * from before a password reset, past the absolute session end, and cross-site with a good session:
 * refused with a clear 4xx (or a redirect to sign-in), and nothing changed in the database. The
 * same calls with a good, same-origin session get through, so the refusals are not an artefact.
 * proxy.ts, in front of the editor pages, answers the dead sessions with a real 303 and cross-site
 * POSTs (server actions) with 403.
 *
 * Sessions are real next-auth JWT cookies (next-auth/jwt encode, the app's secret). Route handlers
 * and server actions are called as Next calls them; next/headers (only alive inside a Next request)
 * is mocked to hand them the request under test, and Draft Mode switches are recorded; the
 * Next-only markers connection() and refresh() are no-ops.
 */
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type { Editor } from '@/lib/auth/editors';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';

let current: NextRequest | undefined;
const draftSwitches: string[] = [];

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({
    isEnabled: false,
    enable: () => draftSwitches.push('enable'),
    disable: () => draftSwitches.push('disable'),
  }),
}));
jest.mock('next/cache', () => ({ ...jest.requireActual<object>('next/cache'), refresh: jest.fn() }));
// connection() only marks a render as request-time; outside Next it would throw.
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined }));

const SITE = 'http://news.test';
const SECRET = 'entry-guard-secret-0123456789abcdef0123456789';
const PASSWORD = 'entry guard passphrase';
const MAX_AGE_HOURS = 8;

let test: TestDatabase;
let draftId: string;
let liveShareId: string;
const editors: Record<'good' | 'disabled' | 'reset' | 'expired', Editor> = {} as Record<'good' | 'disabled' | 'reset' | 'expired', Editor>;

type SessionKind = 'none' | 'disabled editor' | 'before password reset' | 'past absolute end';
const REFUSED_SESSIONS: SessionKind[] = ['none', 'disabled editor', 'before password reset', 'past absolute end'];
const staleVersions: Record<string, number> = {};

async function jwtCookie(editor: Editor, sessionVersion: number, signedInAt: number): Promise<string> {
  const token = await encode({
    token: { sub: editor.id, name: editor.name, email: editor.email, editorId: editor.id, sessionVersion, signedInAt },
    secret: SECRET,
    maxAge: MAX_AGE_HOURS * 3600,
  });
  return `next-auth.session-token=${token}`;
}

async function cookieFor(kind: SessionKind | 'good'): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  switch (kind) {
    case 'none':
      return '';
    case 'good':
      return jwtCookie(editors.good, editors.good.sessionVersion, now - 60);
    case 'disabled editor':
      // The disabled account's current version: only the disabled flag can refuse it.
      return jwtCookie(editors.disabled, staleVersions.disabledNow!, now - 60);
    case 'before password reset':
      return jwtCookie(editors.reset, staleVersions.reset!, now - 60);
    case 'past absolute end':
      // The JWT itself is fresh (next-auth re-issues it on activity); the sign-in was 8 h + 1 min ago.
      return jwtCookie(editors.expired, editors.expired.sessionVersion, now - MAX_AGE_HOURS * 3600 - 60);
  }
}

function request(path: string, init: { method?: string; cookie: string; origin?: 'same' | 'cross'; json?: unknown }): NextRequest {
  const headers: Record<string, string> = { host: 'news.test' };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin === 'same') Object.assign(headers, { origin: SITE, 'sec-fetch-site': 'same-origin' });
  if (init.origin === 'cross') Object.assign(headers, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  current = new NextRequest(`${SITE}${path}`, {
    method: init.method ?? 'POST',
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  return current;
}

/** Everything an editor entry point could change. */
async function snapshot(): Promise<string> {
  const [articles, shares, accounts] = await Promise.all([
    test.db.selectFrom('articles').select(['id', 'status', 'headline', 'published_at', 'updated_at']).orderBy('id').execute(),
    test.db.selectFrom('preview_shares').select(['id', 'revoked_at', 'expires_at']).orderBy('id').execute(),
    test.db.selectFrom('editors').select(['id', 'session_version', 'disabled_at']).orderBy('id').execute(),
  ]);
  return JSON.stringify({ articles, shares, accounts, draftSwitches });
}

/** Runs `call` and checks that the database (and Draft Mode) are exactly as before. */
async function unchanged<T>(call: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await call();
  expect(await snapshot()).toBe(before);
  return result;
}

/** A server action's redirect (thrown by next/navigation), or null if it returned normally. */
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

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeAll(async () => {
  test = await createTestDatabase('sqlite', { seed: true });
  Object.assign(process.env, {
    DATABASE_URL: test.url,
    SEED_DEMO: 'false',
    SITE_URL: SITE,
    NEXTAUTH_URL: SITE,
    NEXTAUTH_SECRET: SECRET,
    SESSION_MAX_AGE_HOURS: String(MAX_AGE_HOURS),
  });
  const { createEditor, disableEditor, resetEditorPassword } = await import('@/lib/auth/editors');
  const { createShare } = await import('@/lib/preview/shares');
  editors.good = await createEditor(test.db, { email: 'good@example.org', name: 'Good' }, PASSWORD);
  editors.disabled = await createEditor(test.db, { email: 'disabled@example.org', name: 'Disabled' }, PASSWORD);
  editors.reset = await createEditor(test.db, { email: 'reset@example.org', name: 'Reset' }, PASSWORD);
  editors.expired = await createEditor(test.db, { email: 'expired@example.org', name: 'Expired' }, PASSWORD);
  staleVersions.disabledNow = (await disableEditor(test.db, editors.disabled.email)).sessionVersion;
  staleVersions.reset = editors.reset.sessionVersion;
  await resetEditorPassword(test.db, editors.reset.email, 'a different passphrase');

  draftId = (await test.db.selectFrom('articles').select('id').where('status', '=', 'draft').orderBy('id').executeTakeFirstOrThrow()).id;
  const share = await createShare(test.db, SECRET, {
    articleId: draftId,
    createdBy: editors.good.id,
    createdSessionVersion: editors.good.sessionVersion,
    ttlSeconds: 3600,
  });
  liveShareId = share.id;
});

afterAll(async () => {
  const { getDb } = await import('@/lib/db/client');
  await (await getDb()).destroy();
  await test.destroy();
});

beforeEach(() => {
  draftSwitches.length = 0;
});

describe.each(REFUSED_SESSIONS)('session: %s', (kind) => {
  it('POST /api/preview/share: 401, no link made', async () => {
    const { createSharePreview } = await import('@/lib/preview');
    const cookie = await cookieFor(kind);
    const response = await unchanged(() => createSharePreview(request('/api/preview/share', { cookie, origin: 'same', json: { articleId: draftId } })));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in as an editor first' });
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
  });

  it('POST /api/preview/revoke: 401, the link still works', async () => {
    const { revokeSharePreview } = await import('@/lib/preview');
    const cookie = await cookieFor(kind);
    const body = { articleId: draftId, shareId: liveShareId };
    const response = await unchanged(() => revokeSharePreview(request('/api/preview/revoke', { cookie, origin: 'same', json: body })));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Sign in as an editor first' });
  });

  it.each(['GET', 'POST'])('%s /api/preview/enable: 303 to sign-in, Draft Mode stays off', async (method) => {
    const { enablePreview } = await import('@/lib/preview');
    const cookie = await cookieFor(kind);
    const path = `/api/preview/enable?articleId=${draftId}`;
    const response = await unchanged(() => enablePreview(request(path, { method, cookie, origin: method === 'POST' ? 'same' : undefined })));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/editor/sign-in?callbackUrl=${encodeURIComponent(`/editor/articles/${draftId}`)}`);
    expect(draftSwitches).toEqual([]);
  });

  it('POST /api/editor/articles/[id] publish: 401, the draft stays a draft', async () => {
    const { handleArticleCommand } = await import('@/lib/editorial/article-api');
    const cookie = await cookieFor(kind);
    const response = await unchanged(() =>
      handleArticleCommand(request(`/api/editor/articles/${draftId}`, { cookie, origin: 'same', json: { action: 'publish' } }), draftId),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: { message: 'Sign in as an editor first.' } });
  });

  it('server actions (share, revoke, publish, unpublish): redirect to sign-in, nothing changed', async () => {
    const { createShareLinkAction, publicationAction, revokeShareLinkAction } = await import('@/app/(editor)/editor/actions');
    request('/editor', { cookie: await cookieFor(kind), origin: 'same' });
    const signIn = /^\/editor\/sign-in\?callbackUrl=/;
    const idle = { status: 'idle' } as const;
    expect(await unchanged(() => redirectOf(() => createShareLinkAction(idle, form({ articleId: draftId }))))).toMatch(signIn);
    expect(await unchanged(() => redirectOf(() => revokeShareLinkAction(form({ articleId: draftId, shareId: liveShareId }))))).toMatch(signIn);
    for (const action of ['publish', 'unpublish']) {
      expect(await unchanged(() => redirectOf(() => publicationAction(form({ articleId: draftId, action }))))).toMatch(signIn);
    }
  });
});

describe('proxy.ts in front of the editor pages', () => {
  it.each(REFUSED_SESSIONS)('answers a %s session with a real 303 to sign-in, before any page renders', async (kind) => {
    const { proxy } = await import('@/proxy');
    const cookie = await cookieFor(kind);
    const response = await proxy(request(`/editor/articles/${draftId}`, { method: 'GET', cookie }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${SITE}/editor/sign-in?callbackUrl=${encodeURIComponent(`/editor/articles/${draftId}`)}`);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
  });

  it('lets a live session through, and refuses its cross-site POSTs (server actions) with 403', async () => {
    const { proxy } = await import('@/proxy');
    const cookie = await cookieFor('good');
    expect((await proxy(request('/editor', { method: 'GET', cookie }))).headers.get('x-middleware-next')).toBe('1');
    expect((await proxy(request('/editor', { cookie, origin: 'same' }))).headers.get('x-middleware-next')).toBe('1');
    const cross = await proxy(request(`/editor/articles/${draftId}`, { cookie, origin: 'cross' }));
    expect(cross.status).toBe(403);
    expect(await cross.text()).toBe('Cross-site request refused.');
  });
});

describe('cross-site calls with a good session', () => {
  const refusedCrossSite = async (response: Response) => {
    expect(response.status).toBe(403);
    expect(JSON.stringify(await response.json())).toMatch(/Cross-site request refused/);
  };

  it('refuses share, revoke, preview enable and disable, and the editors’ API with 403', async () => {
    const routes = await import('@/lib/preview');
    const { handleArticleCommand } = await import('@/lib/editorial/article-api');
    const cookie = await cookieFor('good');
    const cross = { cookie, origin: 'cross' as const };
    await refusedCrossSite(await unchanged(() => routes.createSharePreview(request('/api/preview/share', { ...cross, json: { articleId: draftId } }))));
    await refusedCrossSite(
      await unchanged(() => routes.revokeSharePreview(request('/api/preview/revoke', { ...cross, json: { articleId: draftId, shareId: liveShareId } }))),
    );
    await refusedCrossSite(await unchanged(() => routes.enablePreview(request(`/api/preview/enable?articleId=${draftId}`, cross))));
    await refusedCrossSite(await unchanged(() => routes.disablePreview(request('/api/preview/disable', cross))));
    await refusedCrossSite(
      await unchanged(() => handleArticleCommand(request(`/api/editor/articles/${draftId}`, { ...cross, json: { action: 'publish' } }), draftId)),
    );
  });

  it('refuses a GET that another site navigated to /api/preview/enable', async () => {
    const { enablePreview } = await import('@/lib/preview');
    const cookie = await cookieFor('good');
    const response = await unchanged(() => enablePreview(request(`/api/preview/enable?articleId=${draftId}`, { method: 'GET', cookie, origin: 'cross' })));
    expect(response.status).toBe(403);
    expect(draftSwitches).toEqual([]);
  });
});

describe('the same calls with a good, same-origin session get through', () => {
  it('makes and revokes a link, turns preview on and off, and reaches the editors’ API', async () => {
    const routes = await import('@/lib/preview');
    const { handleArticleCommand } = await import('@/lib/editorial/article-api');
    const cookie = await cookieFor('good');
    const same = { cookie, origin: 'same' as const };
    const created = await routes.createSharePreview(request('/api/preview/share', { ...same, json: { articleId: draftId } }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const revoked = await routes.revokeSharePreview(request('/api/preview/revoke', { ...same, json: { articleId: draftId, shareId: id } }));
    expect(await revoked.json()).toEqual({ revoked: true });
    const enabled = await routes.enablePreview(request(`/api/preview/enable?articleId=${draftId}`, { method: 'GET', cookie }));
    expect(enabled.status).toBe(303);
    expect(enabled.headers.get('location')).not.toMatch(/sign-in/);
    const disabled = await routes.disablePreview(request('/api/preview/disable', same));
    expect(disabled.status).toBe(303);
    expect(draftSwitches).toEqual(['enable', 'disable']);
    // Past the session check: an unknown action is the next thing refused.
    const api = await unchanged(() =>
      handleArticleCommand(request(`/api/editor/articles/${draftId}`, { ...same, json: { action: 'explode' } }), draftId),
    );
    expect(api.status).toBe(400);
  });

  it('runs the server actions for the signed-in editor', async () => {
    const { createShareLinkAction, publicationAction } = await import('@/app/(editor)/editor/actions');
    request('/editor', { cookie: await cookieFor('good'), origin: 'same' });
    const state = await createShareLinkAction({ status: 'idle' }, form({ articleId: draftId }));
    expect(state).toMatchObject({ status: 'created', url: expect.stringContaining('/preview?token=') });
    // An action the form never sends changes nothing, and lands back on the article, not sign-in.
    expect(await unchanged(() => redirectOf(() => publicationAction(form({ articleId: draftId, action: 'explode' }))))).toBe(
      `/editor/articles/${draftId}#publication`,
    );
  });

  it('answers 409 with a message once a draft has its 10 live links', async () => {
    const { createSharePreview } = await import('@/lib/preview');
    const cookie = await cookieFor('good');
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await createSharePreview(request('/api/preview/share', { cookie, origin: 'same', json: { articleId: draftId } }));
      statuses.push(last.status);
    }
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(409);
    expect(await last?.json()).toEqual({ error: 'This draft already has 10 live share links. Revoke one before making another.' });
  });
});

describe('a disabled editor’s share links', () => {
  it('stop opening the draft at once', async () => {
    const { createShare } = await import('@/lib/preview/shares');
    const { resolveSharedArticle } = await import('@/lib/preview/draft-access');
    const { createEditor, disableEditor } = await import('@/lib/auth/editors');
    const leaving = await createEditor(test.db, { email: 'leaving@example.org', name: 'Leaving' }, PASSWORD);
    const other = await test.db.selectFrom('articles').select('id').where('status', '=', 'draft').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const link = await createShare(test.db, SECRET, { articleId: other.id, createdBy: leaving.id, createdSessionVersion: leaving.sessionVersion, ttlSeconds: 3600 });
    expect((await resolveSharedArticle(link.token)).kind).toBe('draft');
    await disableEditor(test.db, leaving.email);
    expect(await resolveSharedArticle(link.token)).toEqual({ kind: 'unavailable' });
  });
});
