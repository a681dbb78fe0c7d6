/**
 * @jest-environment node
 *
 * Over 300 lines on purpose: the hostile-case table is the test, one row per attack.
 *
 * Hostile input for /api/auth/* (our wrapper around next-auth's own handler, lib/auth/auth-route.ts)
 * on a real database with real argon2: malformed and truncated bodies, wrong content types, huge and
 * chunked bodies, wrong types per field, unicode tricks, forged CSRF pairs, session and callback-URL
 * cookies, hostile callback URLs, unknown paths and wrong methods. Each case gets a clear 4xx, or the
 * redirect next-auth answers a refused browser with (named per case below), never a 5xx, never a
 * session, never a redirect off-site, and no table changes. next/headers only exists inside a Next
 * request; the mock hands next-auth the request under test, as Next does.
 */
import { NextRequest } from 'next/server';
import type { Editor } from '@/lib/auth/editors';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { allOf, chunkedBody, issuesNoSession, runCorpus, staysOn, summary, type CorpusReport, type HostileCase } from './hostile-helpers';
import { forgedSessions, goodSession } from './hostile-sessions';

let current: NextRequest | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
}));

jest.setTimeout(180_000);

const SITE = 'http://news.test';
const SECRET = 'hostile-auth-secret-0123456789abcdef0123456789';
const PASSWORD = 'the hostile corpus passphrase';
const EMAIL = 'hostile-editor@example.org';

type Handler = (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

interface Fixture {
  handle: Handler;
  csrf: { token: string; cookie: string };
  session: string;
  forged: { name: string; cookie: string }[];
}

interface Send {
  method?: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  chunked?: number;
}

function sender(fixture: Fixture) {
  return (segments: string[], init: Send = {}) =>
    async (): Promise<Response> => {
      const headers: Record<string, string> = { host: 'news.test', ...init.headers };
      const stream = init.chunked === undefined ? null : chunkedBody(init.chunked);
      const path = `/api/auth/${segments.map(encodeURIComponent).join('/')}${init.query ?? ''}`;
      current = new NextRequest(`${SITE}${path}`, {
        method: init.method ?? 'POST',
        headers,
        ...(stream ? stream : { body: init.body ?? undefined }),
      } as ConstructorParameters<typeof NextRequest>[1]);
      return fixture.handle(current, { params: Promise.resolve({ nextauth: segments }) });
    };
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * Where next-auth sends a refused browser: its own error or sign-in endpoint (which forward to our
 * sign-in page, pages.error/pages.signIn) or that page itself, with the reason in the query.
 */
const toSignIn = (reason: RegExp) => (response: Response) => {
  const location = response.headers.get('location') ?? '';
  const target = new URL(location || 'about:blank', SITE);
  const ours = target.origin === SITE && /^\/(editor\/sign-in|api\/auth\/(error|signin))$/.test(target.pathname);
  return ours && reason.test(location) ? null : `Location ${location || '(none)'} is not the sign-in page with ${reason}`;
};
const refusedRedirect = (reason: RegExp) => allOf(issuesNoSession, staysOn(SITE), toSignIn(reason));
/** A refusal as JSON (`json=true` clients): next-auth's 401 with the sign-in page's error URL. */
const refusedJson = allOf(issuesNoSession, (_response, body) => (/^\{"url":"http:\/\/news\.test\/api\/auth\/error\?error=CredentialsSignin/.test(body) ? null : `body ${body.slice(0, 80)}`));
const noSessionJson = allOf(issuesNoSession, (_response, body) => (body === '{}' ? null : `session body ${body.slice(0, 80)}`));

function credentialCases(fixture: Fixture): HostileCase[] {
  const send = sender(fixture);
  const cases: HostileCase[] = [];
  const add = (name: string, run: () => Promise<Response>, expect: HostileCase['expect'], check?: HostileCase['check']) => cases.push({ name, send: run, expect, check });
  const callback = ['callback', 'credentials'];
  const withCsrf = (headers: Record<string, string> = {}) => ({ cookie: fixture.csrf.cookie, ...headers });
  const form = (fields: Record<string, string>, headers: Record<string, string> = withCsrf()) =>
    send(callback, { headers: { 'content-type': FORM, ...headers }, body: new URLSearchParams(fields).toString() });
  const json = (value: unknown, headers: Record<string, string> = withCsrf()) =>
    send(callback, { headers: { 'content-type': JSON_TYPE, ...headers }, body: typeof value === 'string' ? value : JSON.stringify(value) });
  const good = { email: EMAIL, password: PASSWORD, csrfToken: fixture.csrf.token, callbackUrl: '/editor' };

  // CSRF: without a matching pair the post is no attempt; next-auth sends the browser back with csrf=true.
  const csrfRefused = refusedRedirect(/csrf=true/);
  add('right password, no CSRF cookie', form(good, {}), 302, csrfRefused);
  add('right password, no CSRF token', form({ ...good, csrfToken: '' }), 302, csrfRefused);
  add('right password, another browser’s token', form({ ...good, csrfToken: 'a'.repeat(64) }), 302, csrfRefused);
  add('right password, token too long', form({ ...good, csrfToken: 'a'.repeat(300) }), 302, csrfRefused);
  add('CSRF cookie signed with another secret', form(good, { cookie: `next-auth.csrf-token=${'a'.repeat(64)}%7C${'b'.repeat(64)}` }), 302, csrfRefused);
  add('CSRF cookie without hash', form(good, { cookie: `next-auth.csrf-token=${fixture.csrf.token}` }), 302, csrfRefused);
  add('CSRF cookie of unicode', form(good, { cookie: `next-auth.csrf-token=${encodeURIComponent('\u202e😀\u0000')}` }), 302, csrfRefused);

  // Wrong credentials and wrong types, past the CSRF check: next-auth's CredentialsSignin redirect.
  const signInRefused = refusedRedirect(/error=CredentialsSignin/);
  add('wrong password', form({ ...good, password: 'not the passphrase' }), 302, signInRefused);
  add('wrong password, json=true', form({ ...good, password: 'nope', json: 'true' }), 401, refusedJson);
  for (const email of [
    `${EMAIL}\r\nBcc: x@example.org`,
    `${EMAIL}\u0000`,
    `hostile-editor@examp\u0142e.org`,
    `hostile-\u0435ditor@example.org`,
    `${EMAIL}\u202e`,
    `\u200b${EMAIL}`,
    'ｈｏｓｔｉｌｅ-editor@example.org',
    "' OR '1'='1' --",
    `${EMAIL}' --`,
    '%',
    '',
    'a'.repeat(2000),
  ]) {
    add(`email ${JSON.stringify(email).slice(0, 50)}`, form({ ...good, email }), 302, signInRefused);
  }
  for (const password of ['', 'x'.repeat(1025), `${PASSWORD}\u0000`, `${PASSWORD} `, PASSWORD.toUpperCase()]) {
    add(`password ${JSON.stringify(password).slice(0, 30)} (${password.length} chars)`, form({ ...good, password }), 302, signInRefused);
  }
  // JSON fields that are not strings (next-auth's forms only send strings): refused before next-auth.
  for (const [field, value] of [
    ['csrfToken', 12345],
    ['csrfToken', [fixture.csrf.token]],
    ['email', [EMAIL]],
    ['email', { $ne: null }],
    ['email', 42],
    ['email', null],
    ['password', [PASSWORD]],
    ['password', { toString: PASSWORD }],
    ['password', 0],
    ['password', true],
  ] as const) {
    add(`JSON ${field} ${JSON.stringify(value)}`, json({ ...good, [field]: value }), 400, issuesNoSession);
  }
  add('prototype keys', json(`{"email":"${EMAIL}","password":"x","csrfToken":"${fixture.csrf.token}","__proto__":{"password":"${PASSWORD}"}}`), 302, signInRefused);

  // Hostile callback URLs in the body: next-auth's redirect callback (lib/auth/options.ts) keeps them home.
  for (const callbackUrl of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'http://news.test.evil.example/', `/editor\r\nSet-Cookie: x=1`]) {
    add(`body callbackUrl ${JSON.stringify(callbackUrl)}`, form({ ...good, password: 'nope', callbackUrl }), 302, signInRefused);
  }
  add('body callbackUrl as an object', json({ ...good, password: 'nope', callbackUrl: { href: 'https://evil.example' } }), 400);
  add('body callbackUrl as a number', json({ ...good, password: 'nope', callbackUrl: 5 }), 400);

  // Unreadable bodies: malformed JSON and every truncation of a valid one.
  const validJson = JSON.stringify({ ...good, password: 'nope' });
  for (let cut = 1; cut < validJson.length; cut += 7) add(`truncated JSON at ${cut}`, json(validJson.slice(0, cut)), 400);
  for (const text of ['{', '}', '[', 'null', '"text"', '{"email":}', "{'email':'x'}", '{"a":1}{"b":2}', '\u0000']) add(`malformed JSON ${JSON.stringify(text)}`, json(text), 400);
  add('invalid UTF-8', send(callback, { headers: withCsrf({ 'content-type': FORM }), body: new Uint8Array([0x65, 0x6d, 0xff, 0xfe, 0x3d]) }), 400);

  // Wrong content types: next-auth would ignore the body, so we say why instead.
  for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/octet-stream', 'image/png']) {
    add(`content type ${type}`, send(callback, { headers: withCsrf({ 'content-type': type }), body: new URLSearchParams(good).toString() }), 415);
  }
  add('no content type', send(callback, { headers: withCsrf(), body: new URLSearchParams(good).toString() }), 415);

  // Bodies over the 8 KB cap, declared or streamed without a length.
  add('9 KB form', form({ ...good, email: 'a'.repeat(9 * 1024) }), 413);
  add('1 MB JSON', json({ ...good, password: 'x'.repeat(1024 * 1024) }), 413);
  add('1 MB chunked, no Content-Length', send(callback, { headers: withCsrf({ 'content-type': FORM }), chunked: 1024 * 1024 }), 413);
  add('lying Content-Length', send(callback, { headers: withCsrf({ 'content-type': FORM, 'content-length': '999999999' }), body: 'a=b' }), 413);
  return cases;
}

function endpointCases(fixture: Fixture): HostileCase[] {
  const send = sender(fixture);
  const cases: HostileCase[] = [];
  const add = (name: string, run: () => Promise<Response>, expect: HostileCase['expect'], check?: HostileCase['check']) => cases.push({ name, send: run, expect, check });
  const withCsrf = { cookie: fixture.csrf.cookie, 'content-type': FORM };

  // Unknown actions and paths: 404 (next-auth itself answers a bare /api/auth with a 500), and its
  // own 400 for a provider it does not have.
  for (const segments of [[], ['unknown'], ['callback'], ['callback', 'github'], ['callback', '..', '..'], ['__proto__'], ['constructor'], ['toString'], ['csrf', '..', 'session'], ['..%2f..%2fetc%2fpasswd'], ['a'.repeat(5000)], ['session\u0000'], ['😀']]) {
    add(`GET /api/auth/${segments.join('/').slice(0, 40)}`, send(segments, { method: 'GET' }), [400, 404], allOf(issuesNoSession, staysOn(SITE)));
    add(`POST /api/auth/${segments.join('/').slice(0, 40)}`, send(segments, { headers: withCsrf, body: `csrfToken=${fixture.csrf.token}` }), [400, 404], allOf(issuesNoSession, staysOn(SITE)));
  }
  // A provider that does not exist on the sign-in endpoint: next-auth sends the browser back to sign-in.
  add('GET signin/evil', send(['signin', 'evil'], { method: 'GET' }), 302, refusedRedirect(/signin|error/));
  add('POST signin/evil', send(['signin', 'evil'], { headers: withCsrf, body: `csrfToken=${fixture.csrf.token}` }), 302, refusedRedirect(/signin|error/));
  // `_log` is switched off: whatever is sent, 404, and nothing reaches the server log.
  add('POST _log', send(['_log'], { headers: { 'content-type': FORM }, body: 'code=x&level=error&message=injected' }), 404);
  add('POST _log with a prototype level', send(['_log'], { headers: { 'content-type': JSON_TYPE }, body: '{"level":"constructor","code":"x"}' }), 404);
  add('POST _log 1 MB chunked', send(['_log'], { headers: { 'content-type': FORM }, chunked: 1024 * 1024 }), 404);
  add('GET _log', send(['_log'], { method: 'GET' }), 404);

  // GET of the credentials callback: it only exists as a POST (next-auth itself answers 500 here).
  add('GET callback/credentials', send(['callback', 'credentials'], { method: 'GET' }), 405);
  add('GET callback/credentials with the right password in the query', send(['callback', 'credentials'], { method: 'GET', query: `?email=${encodeURIComponent(EMAIL)}&password=${encodeURIComponent(PASSWORD)}` }), 405);

  // Sign-in and sign-out pages: next-auth redirects browsers to our own pages (pages.signIn / signOut).
  add('GET signin', send(['signin'], { method: 'GET' }), 302, allOf(issuesNoSession, staysOn(SITE)));
  add('GET signin/credentials', send(['signin', 'credentials'], { method: 'GET' }), 302, allOf(issuesNoSession, staysOn(SITE)));
  add('POST signin/credentials without CSRF', send(['signin', 'credentials'], { headers: { 'content-type': FORM }, body: '' }), 302, refusedRedirect(/csrf=true/));
  add('GET signout', send(['signout'], { method: 'GET' }), 302, allOf(issuesNoSession, staysOn(SITE)));
  add('POST signout without CSRF', send(['signout'], { headers: { 'content-type': FORM }, body: '' }), 302, allOf(issuesNoSession, staysOn(SITE)));
  // The error page is ours; the error code only travels in its query (the page escapes it).
  add('GET error with markup', send(['error'], { method: 'GET', query: `?error=${encodeURIComponent('<script>alert(1)</script>')}` }), 302, allOf(issuesNoSession, staysOn(SITE)));

  // Hostile callback URLs in the query or the callback-url cookie: next-auth answers these with a
  // 500 "server configuration" error of its own, so we refuse them first (and clear the cookie).
  for (const callbackUrl of ['javascript:alert(1)', 'data:text/html,x', 'not a url', 'evil.example', 'ftp://news.test/']) {
    add(`GET session?callbackUrl=${callbackUrl}`, send(['session'], { method: 'GET', query: `?callbackUrl=${encodeURIComponent(callbackUrl)}` }), 400);
    add(`POST callback/credentials?callbackUrl=${callbackUrl}`, send(['callback', 'credentials'], { headers: withCsrf, query: `?callbackUrl=${encodeURIComponent(callbackUrl)}`, body: `csrfToken=${fixture.csrf.token}&email=${EMAIL}&password=nope` }), 400);
    add(`callback-url cookie ${callbackUrl}`, send(['session'], { method: 'GET', headers: { cookie: `next-auth.callback-url=${encodeURIComponent(callbackUrl)}` } }), 400, (response) =>
      response.headers.getSetCookie().some((line) => /^next-auth\.callback-url=;/.test(line) && /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) ? null : 'does not clear the bad cookie',
    );
  }
  for (const callbackUrl of ['https://evil.example/', '//evil.example/x']) {
    add(`GET signin?callbackUrl=${callbackUrl}`, send(['signin'], { method: 'GET', query: `?callbackUrl=${encodeURIComponent(callbackUrl)}` }), 302, allOf(issuesNoSession, staysOn(SITE)));
  }

  // Forged sessions: the session endpoint says "nobody" (200 {}), never an editor.
  for (const forged of fixture.forged) {
    add(`GET session, ${forged.name}`, send(['session'], { method: 'GET', headers: { cookie: forged.cookie } }), 200, noSessionJson);
  }
  // Updating a session (POST session) cannot rewrite its claims, even with a good session and CSRF pair.
  add('POST session update with forged claims', send(['session'], {
    headers: { 'content-type': JSON_TYPE, cookie: `${fixture.csrf.cookie}; ${fixture.session}` },
    body: JSON.stringify({ csrfToken: fixture.csrf.token, data: { editorId: 'someone-else', sessionVersion: 99, signedInAt: 9_999_999_999 } }),
  }), 200, (_response, body) => (/someone-else|9999999999|"sessionVersion":99/.test(body) ? `claims rewritten: ${body.slice(0, 120)}` : null));
  add('POST session without CSRF', send(['session'], { headers: { 'content-type': JSON_TYPE, cookie: fixture.session }, body: '{"data":{"editorId":"x"}}' }), 400);
  add('POST session malformed JSON', send(['session'], { headers: { 'content-type': JSON_TYPE, cookie: fixture.session }, body: '{"data":' }), 400);
  add('POST signout malformed JSON', send(['signout'], { headers: { 'content-type': JSON_TYPE }, body: '{"csrfToken":' }), 400);
  add('POST signout 1 MB chunked', send(['signout'], { headers: { 'content-type': FORM }, chunked: 1024 * 1024 }), 413);
  add('POST session 1 MB chunked', send(['session'], { headers: { 'content-type': JSON_TYPE }, chunked: 1024 * 1024 }), 413);
  add('POST csrf (GET only)', send(['csrf'], { headers: withCsrf, body: '' }), 405, (response) => (response.headers.get('allow') === 'GET' ? null : 'no Allow: GET'));
  add('POST providers (GET only)', send(['providers'], { headers: withCsrf, body: '' }), 405);
  add('POST signout text/plain', send(['signout'], { headers: { 'content-type': 'text/plain' }, body: `csrfToken=${fixture.csrf.token}` }), 415);

  // Methods next-auth does not serve (Next itself answers 405 for these before our handler; see the
  // route module test below). Called directly, our handler still refuses them.
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    add(`${method} callback/credentials`, send(['callback', 'credentials'], { method, headers: withCsrf, body: `csrfToken=${fixture.csrf.token}` }), [400, 405], issuesNoSession);
  }
  return cases;
}

describeEachDialect('/api/auth/* refuses hostile input', (dialect) => {
  let test: TestDatabase;
  let fixture: Fixture;
  const log: unknown[][] = [];

  beforeAll(async () => {
    jest.resetModules();
    test = await createTestDatabase(dialect, { seed: true });
    Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, TRUST_PROXY: 'false' });
    Reflect.deleteProperty(globalThis, '__meridianRateLimiter');
    const { createEditor, disableEditor, resetEditorPassword } = await import('@/lib/auth/editors');
    const { newCsrfPair } = await import('@/lib/auth/sign-in-csrf');
    const { handleAuthRequest } = await import('@/lib/auth/auth-route');
    const good = await createEditor(test.db, { email: EMAIL, name: 'Hostile Editor' }, PASSWORD);
    const disabled = await createEditor(test.db, { email: 'hostile-disabled@example.org', name: 'Disabled' }, PASSWORD);
    await disableEditor(test.db, disabled.email);
    const reset = await createEditor(test.db, { email: 'hostile-reset@example.org', name: 'Reset' }, PASSWORD);
    await resetEditorPassword(test.db, reset.email, 'a different passphrase entirely');
    const pair = newCsrfPair(SECRET);
    fixture = {
      handle: handleAuthRequest as Handler,
      csrf: { token: pair.token, cookie: `next-auth.csrf-token=${encodeURIComponent(pair.cookieValue)}` },
      session: await goodSession(SECRET, good),
      forged: await forgedSessions(SECRET, { good, disabled: { ...disabled, sessionVersion: disabled.sessionVersion + 1 } as Editor, reset: { ...reset, staleVersion: reset.sessionVersion } }),
    };
  });

  beforeEach(() => {
    log.length = 0;
    // Sign-in audit lines and next-auth's own warnings, kept for the checks instead of the console.
    for (const method of ['info', 'warn', 'error'] as const) jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void log.push(args));
  });
  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb()).destroy();
    await test?.destroy();
  });

  it('answers every hostile request with a clear refusal and changes nothing', async () => {
    const cases = [...credentialCases(fixture), ...endpointCases(fixture)];
    expect(cases.length).toBeGreaterThanOrEqual(150);
    // A fresh limiter per case, so each one reaches the check it is aimed at instead of a 429
    // (the limits have their own tests: auth-sign-in-throttle.test.ts).
    const report: CorpusReport = await runCorpus(test.db, cases, { beforeCase: () => Reflect.deleteProperty(globalThis, '__meridianRateLimiter') });
    expect(report.problems).toEqual([]);
    expect(log.flat().map(String).join('\n')).not.toMatch(/"outcome":"success"/);
    process.stdout.write(`${summary(`auth ${dialect}`, report)}\n`);
  });

  it('still signs the editor in with a good post (the corpus is not refusing everything)', async () => {
    Reflect.deleteProperty(globalThis, '__meridianRateLimiter');
    const send = sender(fixture);
    const response = await send(['callback', 'credentials'], {
      headers: { 'content-type': FORM, cookie: fixture.csrf.cookie },
      body: new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken: fixture.csrf.token, callbackUrl: '/editor' }).toString(),
    })();
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${SITE}/editor`);
    expect(issuesNoSession(response)).not.toBeNull();
  });

  it('exports only GET and POST, so Next answers any other method with 405', async () => {
    const route = (await import('@/app/api/auth/[...nextauth]/route')) as Record<string, unknown>;
    expect(Object.keys(route).filter((name) => /^[A-Z]+$/.test(name)).sort()).toEqual(['GET', 'POST']);
  });
});
