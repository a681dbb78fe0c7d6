/**
 * @jest-environment node
 *
 * Over 300 lines on purpose: the hostile-case table is the test, and splitting it would hide which entry point lacks a case.
 *
 * Hostile input for the editors' entry points on a real database: the JSON API
 * (/api/editor/articles/[id]), /api/preview/* (share, revoke, enable, disable, the draft's OG
 * image), share links (/preview?token=… through proxy.ts, and the page's own check), and Draft
 * Mode views. Malformed, truncated, huge and chunked bodies, wrong content types and field types,
 * unicode and path-traversal ids, forged sessions, forged and stale share tokens, cross-site calls.
 * Most cases carry a GOOD same-origin session, so they reach the validation they are aimed at.
 * Each gets a clear 4xx (or the 303/307 named per case), no 5xx, and no table changes.
 * next/headers is mocked to hand route handlers the request under test, as editor-entry-guards does.
 */
import { NextRequest } from 'next/server';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { allOf, chunkedBody, HOSTILE_IDS, originHeaders, runCorpus, staysOn, summary, type HostileCase, type RequestOrigin } from './hostile-helpers';
import { forgedSessions, goodSession } from './hostile-sessions';

let current: NextRequest | undefined;
const draftSwitches: string[] = [];

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => draftSwitches.push('enable'), disable: () => draftSwitches.push('disable') }),
}));
jest.mock('next/cache', () => ({ ...jest.requireActual<object>('next/cache'), refresh: jest.fn() }));
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined }));
// The card renderer needs native ESM (lib/og/render.test.ts renders real cards in a child
// process); what is tested here is who gets a card, not how it looks.
jest.mock('@/lib/og/render', () => ({ renderArticleCard: async () => Buffer.from('PNG') }));

jest.setTimeout(240_000);

const SITE = 'http://news.test';
const SECRET = 'hostile-editor-secret-0123456789abcdef0123456789';
const PASSWORD = 'hostile editor passphrase';

interface World {
  draft: { id: string; slug: string; section: string };
  published: { id: string; slug: string; section: string };
  session: string;
  forged: { name: string; cookie: string }[];
  tokens: { name: string; token: string }[];
  publishedToken: string;
  liveShareId: string;
  otherShareId: string;
}

interface Call {
  method?: string;
  cookie?: string;
  origin?: RequestOrigin;
  type?: string | null;
  body?: string | Uint8Array;
  chunked?: number;
  headers?: Record<string, string>;
}

function request(path: string, call: Call): NextRequest {
  const headers: Record<string, string> = { host: 'news.test', ...call.headers };
  if (call.cookie) headers.cookie = call.cookie;
  Object.assign(headers, originHeaders(call.origin ?? 'same', SITE));
  if (call.type) headers['content-type'] = call.type;
  const stream = call.chunked === undefined ? null : chunkedBody(call.chunked);
  current = new NextRequest(`${SITE}${path}`, {
    method: call.method ?? 'POST',
    headers,
    ...(stream ?? { body: call.body }),
  } as ConstructorParameters<typeof NextRequest>[1]);
  return current;
}

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
/** Draft Mode was not switched on by a refused request. */
const draftModeStaysOff = () => (draftSwitches.includes('enable') ? 'Draft Mode was switched on' : null);

async function editorApiCases(world: World): Promise<HostileCase[]> {
  const { handleArticleCommand } = await import('@/lib/editorial/article-api');
  const route = await import('@/app/api/editor/articles/[id]/route');
  const cases: HostileCase[] = [];
  const add = (name: string, send: () => Promise<Response>, expect: HostileCase['expect'], check?: HostileCase['check']) => cases.push({ name, send, expect, check });
  const id = world.draft.id;
  const call = (body: string | Uint8Array | undefined, extra: Call = {}, articleId = id) => () =>
    handleArticleCommand(request(`/api/editor/articles/${encodeURIComponent(articleId)}`, { cookie: world.session, type: JSON_TYPE, body, ...extra }), articleId);
  const json = (value: unknown) => call(JSON.stringify(value));

  for (const forged of world.forged) add(`API publish, session: ${forged.name}`, call('{"action":"publish"}', { cookie: forged.cookie }), 401);
  add('API publish, no session', call('{"action":"publish"}', { cookie: '' }), 401);
  for (const origin of ['cross', 'foreign-origin', 'null-origin'] as const) add(`API publish, ${origin}`, call('{"action":"publish"}', { origin }), 403);
  add('API publish, Sec-Fetch-Site same-site', call('{"action":"publish"}', { origin: 'none', headers: { 'sec-fetch-site': 'same-site' } }), 403);
  for (const bad of HOSTILE_IDS) add(`API id ${JSON.stringify(bad).slice(0, 40)}`, call('{"action":"publish"}', {}, bad), 404);

  const valid = JSON.stringify({ action: 'update', patch: { headline: 'A headline that is never saved' } });
  for (let cut = 0; cut < valid.length; cut += 6) add(`API truncated JSON at ${cut}`, call(valid.slice(0, cut)), 400);
  for (const text of ['{', 'null', '[]', '"publish"', '42', '{"action":"publish"}{"action":"unpublish"}', "{'action':'publish'}", '{"action":"publish",}', '\u0000']) {
    add(`API malformed ${JSON.stringify(text)}`, call(text), 400);
  }
  for (const action of [null, 1, ['publish'], { $eq: 'publish' }, 'PUBLISH', 'publish ', 'delete', 'explode', '__proto__', 'constructor']) {
    add(`API action ${JSON.stringify(action)}`, json({ action }), 400);
  }
  add('API publish with extra keys', json({ action: 'publish', force: true }), 400);
  add('API __proto__ key', call('{"action":"publish","__proto__":{"admin":true}}'), 400);
  for (const at of [null, 1_700_000_000, 'tomorrow', '2020-01-01T00:00:00Z', '2999-02-30T00:00:00Z', '+275760-09-13T00:00:00Z', '2030-01-01', '2030-01-01T00:00:00', `2030-01-01T00:00:00Z${'0'.repeat(5000)}`]) {
    add(`API schedule at ${JSON.stringify(at).slice(0, 40)}`, json({ action: 'schedule', at }), 400);
  }
  const patches: [string, unknown][] = [
    ['not an object', 'headline'],
    ['null', null],
    ['array', [{ headline: 'x' }]],
    ['unknown key', { status: 'published' }],
    ['id key', { id: 'other' }],
    ['headline empty', { headline: '' }],
    ['headline 301 chars', { headline: 'h'.repeat(301) }],
    ['headline number', { headline: 5 }],
    ['headline with NUL', { headline: 'Before\u0000after' }],
    ['headline with escape sequence', { headline: 'Red \u001b[31malert' }],
    ['standfirst with NUL', { standfirst: '\u0000' }],
    ['standfirst 601 chars', { standfirst: 's'.repeat(601) }],
    ['slug traversal', { slug: '../../etc/passwd' }],
    ['slug upper case', { slug: 'Upper-Case' }],
    ['slug unicode', { slug: 'caf\u00e9' }],
    ['slug full-width', { slug: 'ｓｌｕｇ' }],
    ['slug taken', { slug: world.published.slug }],
    ['section unknown', { section: 'no-such-section' }],
    ['section traversal', { section: '..' }],
    ['authors empty', { authors: [] }],
    ['authors unknown', { authors: ['nobody-at-all'] }],
    ['authors eleven', { authors: Array.from({ length: 11 }, (_, i) => `author-${i}`) }],
    ['authors not strings', { authors: [1, 2] }],
    ['tags unknown', { tags: ['no-such-tag'] }],
    ['tags thirty-one', { tags: Array.from({ length: 31 }, (_, i) => `tag-${i}`) }],
    ['language', { language: 'xx-evil' }],
    ['hero src javascript', { hero: { src: 'javascript:alert(1)', alt: 'x', width: 10, height: 10 } }],
    ['hero wrong shape', { hero: 'image.jpg' }],
    ['body not blocks', { body: 'text' }],
    ['body unknown block', { body: [{ type: 'script', text: 'alert(1)' }] }],
    ['social wrong type', { social: 'x' }],
    ['nested __proto__', JSON.parse('{"__proto__":{"headline":"x"}}') as unknown],
  ];
  for (const [name, patch] of patches) add(`API update ${name}`, json({ action: 'update', patch }), 400);

  for (const type of ['text/plain', FORM, 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', 'text/json']) {
    add(`API content type ${type}`, call('{"action":"publish"}', { type }), 415);
  }
  add('API no content type', call('{"action":"publish"}', { type: null }), 415);
  add('API 65 KB body', json({ action: 'update', patch: { headline: 'x', standfirst: 'y'.repeat(65 * 1024) } }), 413);
  add('API 1 MB chunked', call(undefined, { chunked: 1024 * 1024 }), 413);
  add('API invalid UTF-8', call(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400);
  add('API GET', async () => route.GET(), 405, (response) => (response.headers.get('allow') === 'POST' ? null : 'no Allow: POST'));
  return cases;
}

async function previewRouteCases(world: World): Promise<HostileCase[]> {
  const routes = await import('@/lib/preview');
  const { draftOgImage } = routes;
  const cases: HostileCase[] = [];
  const add = (name: string, send: () => Promise<Response>, expect: HostileCase['expect'], check?: HostileCase['check']) => cases.push({ name, send, expect, check });
  const share = (body: string | Uint8Array | undefined, extra: Call = {}) => () => routes.createSharePreview(request('/api/preview/share', { cookie: world.session, type: JSON_TYPE, body, ...extra }));
  const revoke = (body: string | Uint8Array | undefined, extra: Call = {}) => () => routes.revokeSharePreview(request('/api/preview/revoke', { cookie: world.session, type: JSON_TYPE, body, ...extra }));
  const enable = (query: string, extra: Call = {}) => () => routes.enablePreview(request(`/api/preview/enable${query}`, { method: 'GET', cookie: world.session, origin: 'none', ...extra }));
  const j = (value: unknown) => JSON.stringify(value);

  // Share: create a link.
  for (const forged of world.forged) add(`share, session: ${forged.name}`, share(j({ articleId: world.draft.id }), { cookie: forged.cookie }), 401);
  for (const origin of ['cross', 'foreign-origin', 'null-origin'] as const) add(`share, ${origin}`, share(j({ articleId: world.draft.id }), { origin }), 403);
  // 400 for an id that cannot be one, 404 for a well-formed one that names no article, 413 for the
  // 10,000-character one (over the 4 KB body cap).
  const idStatus = (bad: string) => (bad.length > 4000 ? 413 : /^[A-Za-z0-9_-]{1,64}$/.test(bad) ? 404 : 400);
  for (const bad of HOSTILE_IDS) add(`share articleId ${JSON.stringify(bad).slice(0, 40)}`, share(j({ articleId: bad })), idStatus(bad));
  for (const articleId of [[world.draft.id], { id: world.draft.id }, null, true]) add(`share articleId ${JSON.stringify(articleId)}`, share(j({ articleId })), 400);
  add('share articleId 42 (a number is read as the id "42": no such article)', share(j({ articleId: 42 })), 404);
  for (const ttlSeconds of [-1, 0, 1.5, 'soon', '1e400', [60], { s: 60 }, null]) add(`share ttlSeconds ${JSON.stringify(ttlSeconds)}`, share(j({ articleId: world.draft.id, ttlSeconds })), 400);
  add('share ttlSeconds 1e400 (Infinity)', share(`{"articleId":${j(world.draft.id)},"ttlSeconds":1e400}`), 400);
  add('share a published article', share(j({ articleId: world.published.id })), 409);
  for (const text of ['{', '[]', 'null', '"x"', `{"articleId":${j(world.draft.id)}`]) add(`share malformed ${text.slice(0, 20)}`, share(text), 400);
  for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) add(`share content type ${type}`, share(`articleId=${world.draft.id}`, { type }), 415);
  add('share no content type', share(`articleId=${world.draft.id}`, { type: null }), 415);
  add('share 5 KB body', share(j({ articleId: world.draft.id, pad: 'x'.repeat(5 * 1024) })), 413);
  add('share 1 MB chunked', share(undefined, { chunked: 1024 * 1024 }), 413);
  add('share invalid UTF-8', share(new Uint8Array([0x61, 0x3d, 0xff])), 400);

  // Revoke: only the editor's own article's live link, named exactly.
  const good = { articleId: world.draft.id, shareId: world.liveShareId };
  for (const forged of world.forged.slice(0, 6)) add(`revoke, session: ${forged.name}`, revoke(j(good), { cookie: forged.cookie }), 401);
  add('revoke, cross-site', revoke(j(good), { origin: 'cross' }), 403);
  for (const shareId of ['', 'short', 'x'.repeat(23), `${world.liveShareId.slice(0, 21)}!`, '../../../etc/passwd', [world.liveShareId], null]) {
    add(`revoke shareId ${JSON.stringify(shareId).slice(0, 30)}`, revoke(j({ ...good, shareId })), 400);
  }
  add('revoke another article’s link', revoke(j({ articleId: world.published.id, shareId: world.liveShareId })), 404);
  add('revoke a link of another draft under this one', revoke(j({ ...good, shareId: world.otherShareId })), 404);
  add('revoke an unknown link id', revoke(j({ ...good, shareId: 'A'.repeat(22) })), 404);
  for (const bad of HOSTILE_IDS.slice(0, 20)) add(`revoke articleId ${JSON.stringify(bad).slice(0, 30)}`, revoke(j({ ...good, articleId: bad })), [400, 404]);
  add('revoke content type text/plain', revoke(`articleId=${world.draft.id}&shareId=${world.liveShareId}`, { type: 'text/plain' }), 415);
  add('revoke malformed JSON', revoke('{"articleId":'), 400);
  add('revoke 1 MB chunked', revoke(undefined, { chunked: 1024 * 1024 }), 413);

  // Enable: Draft Mode only for a live session and a real article; the target is never the request's.
  const signIn = (response: Response) => (/^\/editor\/sign-in\?callbackUrl=/.test(response.headers.get('location') ?? '') ? null : `Location ${response.headers.get('location')}`);
  for (const forged of world.forged) add(`enable, session: ${forged.name} (303 to sign-in)`, enable(`?articleId=${world.draft.id}`, { cookie: forged.cookie }), 303, allOf(signIn, draftModeStaysOff));
  for (const bad of HOSTILE_IDS) add(`enable articleId ${JSON.stringify(bad).slice(0, 40)}`, enable(`?articleId=${encodeURIComponent(bad)}`), [400, 404], draftModeStaysOff);
  add('enable without articleId', enable(''), 400, draftModeStaysOff);
  add('enable navigated from another site', enable(`?articleId=${world.draft.id}`, { headers: { 'sec-fetch-site': 'cross-site' } }), 403, draftModeStaysOff);
  add('enable POST cross-site', enable(`?articleId=${world.draft.id}`, { method: 'POST', origin: 'cross' }), 403, draftModeStaysOff);
  add('enable POST body id array', enable('', { method: 'POST', origin: 'same', type: JSON_TYPE, body: j({ articleId: [world.draft.id] }) }), 400, draftModeStaysOff);
  add('enable POST 1 MB chunked', enable('', { method: 'POST', origin: 'same', type: FORM, chunked: 1024 * 1024 }), 413, draftModeStaysOff);
  add('enable POST text/plain', enable('', { method: 'POST', origin: 'same', type: 'text/plain', body: `articleId=${world.draft.id}` }), 415, draftModeStaysOff);
  for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
    add(`enable with returnTo ${target} (303 to the article, never the request's target)`, enable(`?articleId=${world.draft.id}&returnTo=${encodeURIComponent(target)}&callbackUrl=${encodeURIComponent(target)}`, { cookie: '' }), 303, staysOn(SITE));
  }

  // Disable: clears only the caller's own cookie (no session needed), never leaves the site.
  const disable = (body: string | undefined, extra: Call = {}) => () => routes.disablePreview(request('/api/preview/disable', { type: FORM, body, ...extra }));
  for (const returnTo of ['//evil.example', 'https://evil.example/', '/\\evil.example', '/a/../../etc', `/news/story\r\nSet-Cookie: x=1`, 'javascript:alert(1)', '/'.repeat(1000)]) {
    add(`disable returnTo ${JSON.stringify(returnTo).slice(0, 30)} (303 to /editor)`, disable(new URLSearchParams({ returnTo }).toString()), 303, (response) => (response.headers.get('location') === '/editor' ? null : `Location ${response.headers.get('location')}`));
  }
  add('disable cross-site', disable('', { origin: 'cross' }), 403);
  add('disable 1 MB chunked', disable(undefined, { chunked: 1024 * 1024 }), 413);
  add('disable malformed JSON', disable('{"returnTo":', { type: JSON_TYPE }), 400);

  // The draft's social card: editors only, real ids only.
  for (const forged of world.forged) add(`draft OG, session: ${forged.name}`, async () => { request(`/api/preview/og/${world.draft.id}`, { method: 'GET', cookie: forged.cookie, origin: 'none' }); return draftOgImage(world.draft.id); }, 404);
  for (const bad of HOSTILE_IDS) add(`draft OG id ${JSON.stringify(bad).slice(0, 40)}`, async () => { request('/api/preview/og/x', { method: 'GET', cookie: world.session, origin: 'none' }); return draftOgImage(bad); }, 404);
  return cases;
}

async function shareLinkCases(world: World): Promise<HostileCase[]> {
  const { proxy } = await import('@/proxy');
  const cases: HostileCase[] = [];
  /**
   * proxy.ts answers a dead link by rewriting to Next's /_not-found route, which is served with 404
   * (tests/e2e checks the real status); that rewrite is reported here as the 404 it becomes.
   */
  const viaProxy = (path: string, cookie = '') => async (): Promise<Response> => {
    const response = await proxy(request(path, { method: 'GET', cookie, origin: 'none' }));
    const rewrite = response.headers.get('x-middleware-rewrite') ?? '';
    const status = rewrite.endsWith('/_not-found') ? 404 : rewrite.includes('/preview/draft') ? 299 : response.status;
    return new Response(null, { status, headers: response.headers });
  };
  for (const { name, token } of world.tokens) cases.push({ name: `share link: ${name}`, send: viaProxy(`/preview?token=${encodeURIComponent(token)}`), expect: 404 });
  cases.push({ name: 'share link: no token', send: viaProxy('/preview'), expect: 404 });
  cases.push({ name: 'share link: token twice, junk first', send: viaProxy(`/preview?token=junk&token=${encodeURIComponent(world.tokens[0]!.token)}`), expect: 404 });
  cases.push({
    name: 'share link of a published story (307 to its public page)',
    send: viaProxy(`/preview?token=${encodeURIComponent(world.publishedToken)}`),
    expect: 307,
    check: (response) => (response.headers.get('location') === `${SITE}/${world.published.section}/${world.published.slug}` ? null : `Location ${response.headers.get('location')}`),
  });
  // Editor draft views: 404 unless the session is live and the article exists at exactly that URL.
  for (const forged of world.forged) {
    cases.push({ name: `draft view, session: ${forged.name}`, send: viaProxy(`/preview/draft?section=${world.draft.section}&slug=${world.draft.slug}`, forged.cookie), expect: 404 });
    // A forged Draft Mode cookie with a dead session: the public page answers (never the draft view).
    cases.push({ name: `Draft Mode cookie, session: ${forged.name}`, send: viaProxy(`/${world.draft.section}/${world.draft.slug}`, `__prerender_bypass=forged; ${forged.cookie}`), expect: 200 });
  }
  for (const bad of HOSTILE_IDS) {
    cases.push({ name: `draft view slug ${JSON.stringify(bad).slice(0, 30)}`, send: viaProxy(`/preview/draft?section=${world.draft.section}&slug=${encodeURIComponent(bad)}`, world.session), expect: 404 });
    cases.push({ name: `draft view section ${JSON.stringify(bad).slice(0, 30)}`, send: viaProxy(`/preview/draft?section=${encodeURIComponent(bad)}&slug=${world.draft.slug}`, world.session), expect: 404 });
  }
  return cases;
}

describeEachDialect('editor and preview entry points refuse hostile input', (dialect) => {
  let test: TestDatabase;
  let world: World;

  beforeAll(async () => {
    jest.resetModules();
    test = await createTestDatabase(dialect, { seed: true });
    Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, SESSION_MAX_AGE_HOURS: '8', TRUST_PROXY: 'false' });
    const { createEditor, disableEditor, resetEditorPassword } = await import('@/lib/auth/editors');
    const { createShare } = await import('@/lib/preview/shares');
    const { signShareToken, newShareId } = await import('@/lib/preview/share-token');
    const good = await createEditor(test.db, { email: 'hostile-good@example.org', name: 'Good' }, PASSWORD);
    const disabled = await createEditor(test.db, { email: 'hostile-off@example.org', name: 'Off' }, PASSWORD);
    const disabledNow = await disableEditor(test.db, disabled.email);
    const reset = await createEditor(test.db, { email: 'hostile-reset@example.org', name: 'Reset' }, PASSWORD);
    await resetEditorPassword(test.db, reset.email, 'another passphrase entirely');

    const articles = await test.db.selectFrom('articles').innerJoin('sections', 'sections.id', 'articles.section_id').select(['articles.id', 'articles.slug', 'articles.status', 'sections.slug as section']).orderBy('articles.id').execute();
    const drafts = articles.filter((a) => a.status === 'draft');
    const published = articles.find((a) => a.status === 'published')!;
    const draft = drafts[0]!;
    const link = await createShare(test.db, SECRET, { articleId: draft.id, createdBy: good.id, createdSessionVersion: good.sessionVersion, ttlSeconds: 3600 });
    const other = await createShare(test.db, SECRET, { articleId: drafts[1]!.id, createdBy: good.id, createdSessionVersion: good.sessionVersion, ttlSeconds: 3600 });
    const revoked = await createShare(test.db, SECRET, { articleId: draft.id, createdBy: good.id, createdSessionVersion: good.sessionVersion, ttlSeconds: 3600 });
    await test.db.updateTable('preview_shares').set({ revoked_at: new Date().toISOString() }).where('id', '=', revoked.id).execute();
    const byDisabled = await createShare(test.db, SECRET, { articleId: draft.id, createdBy: disabled.id, createdSessionVersion: disabled.sessionVersion, ttlSeconds: 3600 });
    // A row whose token is signed for an hour that has passed (the signature alone is valid).
    const expired = await createShare(test.db, SECRET, { articleId: draft.id, createdBy: good.id, createdSessionVersion: good.sessionVersion, ttlSeconds: 1, now: new Date(Date.now() - 3_600_000) });
    const publishedShare = await createShare(test.db, SECRET, { articleId: published.id, createdBy: good.id, createdSessionVersion: good.sessionVersion, ttlSeconds: 3600 });
    const [id = '', expires = '', mac = ''] = link.token.split('.');
    const later = String(Number(expires) + 86_400 * 365);
    world = {
      draft: { id: draft.id, slug: draft.slug, section: draft.section },
      published: { id: published.id, slug: published.slug, section: published.section },
      session: await goodSession(SECRET, good),
      forged: await forgedSessions(SECRET, { good, disabled: disabledNow, reset: { ...reset, staleVersion: reset.sessionVersion } }),
      liveShareId: link.id,
      otherShareId: other.id,
      publishedToken: publishedShare.token,
      tokens: [
        { name: 'garbage', token: 'not-a-token' },
        { name: 'empty', token: '' },
        { name: 'forged MAC', token: `${id}.${expires}.${'A'.repeat(43)}` },
        { name: 'expiry extended, old MAC', token: `${id}.${later}.${mac}` },
        { name: 'signed by another secret', token: signShareToken('another-secret-0123456789abcdef0123456789', id, new Date(Number(later) * 1000)) },
        { name: 'valid MAC, unknown id', token: signShareToken(SECRET, newShareId(), new Date(Date.now() + 3_600_000)) },
        { name: 'expired', token: expired.token },
        { name: 'revoked', token: revoked.token },
        { name: 'made by a disabled editor', token: byDisabled.token },
        { name: 'id of a live link, MAC of another', token: `${id}.${expires}.${other.token.split('.')[2]}` },
        { name: 'upper-cased', token: link.token.toUpperCase() },
        { name: 'with a trailing dot', token: `${link.token}.` },
        { name: 'with whitespace', token: ` ${link.token}` },
        { name: 'with NUL', token: `${link.token}\u0000` },
        { name: 'path traversal', token: '../../etc/passwd' },
        { name: 'unicode look-alike dots', token: link.token.replace(/\./g, '\u2024') },
        { name: '100 KB', token: 'a'.repeat(100 * 1024) },
        { name: 'expiry of 13 digits', token: `${id}.${'9'.repeat(13)}.${mac}` },
        { name: 'SQL', token: "' OR '1'='1" },
      ],
    };
  });

  beforeEach(() => {
    draftSwitches.length = 0;
  });

  afterAll(async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb()).destroy();
    await test?.destroy();
  });

  it('answers every hostile request with a clear refusal and changes nothing', async () => {
    const cases = [...(await editorApiCases(world)), ...(await previewRouteCases(world)), ...(await shareLinkCases(world))];
    expect(cases.length).toBeGreaterThanOrEqual(400);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = await runCorpus(test.db, cases, { beforeCase: () => void (draftSwitches.length = 0) });
    errors.mockRestore();
    expect(report.problems).toEqual([]);
    process.stdout.write(`${summary(`editor+preview+share ${dialect}`, report)}\n`);
  });

  it('the page behind a share link refuses every forged token itself (the proxy is not the guard)', async () => {
    const { loadSharedPreview } = await import('@/lib/preview');
    for (const { name, token } of world.tokens) expect([name, (await loadSharedPreview(token)).kind]).toEqual([name, 'unavailable']);
  });

  it('still lets the good session make and revoke a link (the corpus is not refusing everything)', async () => {
    const routes = await import('@/lib/preview');
    const made = await routes.createSharePreview(request('/api/preview/share', { cookie: world.session, type: JSON_TYPE, body: JSON.stringify({ articleId: world.draft.id, ttlSeconds: 60 }) }));
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    const revoked = await routes.revokeSharePreview(request('/api/preview/revoke', { cookie: world.session, type: FORM, body: new URLSearchParams({ articleId: world.draft.id, shareId: id }).toString() }));
    expect(await revoked.json()).toEqual({ revoked: true });
  });
});
