/**
 * @jest-environment node
 *
 * Issue 11 item 4: nobody can lock an editor out. The credentials callback (our route wrapper
 * around next-auth's own handler, real SQLite, real argon2) counts an attempt only once the CSRF
 * pair checks out, limits tightly per (account, client address) and loosely per account (100 an
 * hour), so an attacker at address A cannot stop the editor signing in from address B.
 * Client addresses come in as `npm start` passes them (the peer header, lib/http/peer-address.mjs).
 * next-auth reads cookies and headers through next/headers, which only exists inside a Next
 * request; the mock below hands it those of the request under test.
 */
import { NextRequest } from 'next/server';
import { announcePeerHeader, PEER_HEADER } from '@/lib/http/peer-address.mjs';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';

let current: NextRequest | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [] }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ enable: () => undefined, disable: () => undefined, isEnabled: false }),
}));

const SECRET = 'throttle-test-secret-0123456789abcdef0123456789';
const PASSWORD = 'the editor passphrase, long enough';
const EDITOR = 'locked-out@example.org';
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase('sqlite');
  Object.assign(process.env, {
    DATABASE_URL: test.url,
    SEED_DEMO: 'false',
    SITE_URL: 'http://news.test',
    NEXTAUTH_URL: 'http://news.test',
    NEXTAUTH_SECRET: SECRET,
  });
  announcePeerHeader();
  const { createEditor } = await import('@/lib/auth/editors');
  await createEditor(test.db, { email: EDITOR, name: 'Locked Out' }, PASSWORD);
  await createEditor(test.db, { email: 'ceiling@example.org', name: 'Ceiling' }, PASSWORD);
});

afterEach(() => jest.restoreAllMocks());

afterAll(async () => {
  const { getDb } = await import('@/lib/db/client');
  await (await getDb()).destroy();
  await test.destroy();
});

beforeEach(() => {
  // The audit log writes one line per attempt; hundreds of them would bury the test output.
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  // A fresh in-memory limiter per test (lib/http/rate-limiter keeps one on globalThis).
  Reflect.deleteProperty(globalThis, '__meridianRateLimiter');
});

interface Attempt {
  email: string;
  password: string;
  address: string;
  /** false: no CSRF cookie or token; 'mismatch': a valid cookie with another browser's token. */
  csrf?: boolean | 'mismatch';
}

type Outcome = 'signed-in' | 'refused' | 'csrf-refused' | 'rate-limited';

async function attempt({ email, password, address, csrf = true }: Attempt): Promise<Outcome> {
  const { newCsrfPair } = await import('@/lib/auth/sign-in-csrf');
  const { handleAuthRequest } = await import('@/lib/auth/auth-route');
  const pair = newCsrfPair(SECRET);
  const form = new URLSearchParams({ email, password, callbackUrl: '/editor' });
  if (csrf === true) form.set('csrfToken', pair.token);
  if (csrf === 'mismatch') form.set('csrfToken', newCsrfPair(SECRET).token);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', [PEER_HEADER]: address };
  if (csrf !== false) headers.cookie = `next-auth.csrf-token=${encodeURIComponent(pair.cookieValue)}`;
  current = new NextRequest('http://news.test/api/auth/callback/credentials', { method: 'POST', headers, body: form.toString() });
  const response = await handleAuthRequest(current, { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) });
  if (response.status === 429) {
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    return 'rate-limited';
  }
  expect(response.status).toBe(302);
  const location = response.headers.get('location') ?? '';
  if (response.headers.getSetCookie().some((line) => line.startsWith('next-auth.session-token='))) {
    expect(location).toBe('http://news.test/editor');
    return 'signed-in';
  }
  if (/csrf=true/.test(location)) return 'csrf-refused';
  expect(location).toMatch(/error=CredentialsSignin/);
  return 'refused';
}

async function repeat(times: number, input: Attempt): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < times; i++) outcomes.push(await attempt(input));
  return outcomes;
}

const wrong = (address: string, csrf: Attempt['csrf'] = true): Attempt => ({ email: EDITOR, password: 'a wrong guess', address, csrf });
const right = (address: string): Attempt => ({ email: EDITOR, password: PASSWORD, address });

describe('sign-in lock-out', () => {
  it('stops an attacker at one address after five attempts, and the editor elsewhere still signs in', async () => {
    expect(await repeat(5, wrong('198.51.100.1'))).toEqual(Array(5).fill('refused'));
    expect(await repeat(2, wrong('198.51.100.1'))).toEqual(['rate-limited', 'rate-limited']);
    // Even the right password is refused from the attacker's address until the window ends.
    expect(await attempt(right('198.51.100.1'))).toBe('rate-limited');
    // Posts without a CSRF pair keep getting next-auth's CSRF refusal, never a password check.
    expect(await repeat(3, wrong('198.51.100.1', false))).toEqual(Array(3).fill('csrf-refused'));

    expect(await attempt(right('203.0.113.7'))).toBe('signed-in');
    // The editor's success does not lift the attacker's block.
    expect(await attempt(wrong('198.51.100.1'))).toBe('rate-limited');
  });

  it('never counts a post that fails the CSRF check, whatever its password', async () => {
    expect(await repeat(20, wrong('198.51.100.2', false))).toEqual(Array(20).fill('csrf-refused'));
    expect(await repeat(20, wrong('198.51.100.2', 'mismatch'))).toEqual(Array(20).fill('csrf-refused'));
    // The right password without the pair signs nobody in.
    expect(await attempt({ ...right('198.51.100.2'), csrf: false })).toBe('csrf-refused');
    // None of those 41 posts counted: the same address still has all five tries, then its own success.
    expect(await repeat(4, wrong('198.51.100.2'))).toEqual(Array(4).fill('refused'));
    expect(await attempt(right('198.51.100.2'))).toBe('signed-in');
  });

  it('clears the count of (account, address) on a successful sign-in', async () => {
    expect(await repeat(4, wrong('192.0.2.9'))).toEqual(Array(4).fill('refused'));
    expect(await attempt(right('192.0.2.9'))).toBe('signed-in');
    expect(await repeat(5, wrong('192.0.2.9'))).toEqual(Array(5).fill('refused'));
    expect(await attempt(wrong('192.0.2.9'))).toBe('rate-limited');
  });

  it('refuses the 101st attempt on one account within the hour, from any address', async () => {
    const target = (address: string, password = 'a wrong guess'): Attempt => ({ email: 'ceiling@example.org', password, address });
    const outcomes: Outcome[] = [];
    // 25 addresses x 4 failures: under every per-address limit, 100 failures on the account.
    for (let host = 1; host <= 25; host++) outcomes.push(...(await repeat(4, target(`10.1.0.${host}`))));
    expect(outcomes).toEqual(Array(100).fill('refused'));
    expect(await attempt(target('10.1.0.200'))).toBe('rate-limited');
    expect(await attempt(target('10.1.0.201', PASSWORD))).toBe('rate-limited');
    // Other accounts are untouched.
    expect(await attempt(right('10.1.0.200'))).toBe('signed-in');
  }, 180_000);

  it('does not count successful sign-ins towards the hourly ceiling', async () => {
    // A script signing in 120 times in an hour from one address is never refused.
    expect(await repeat(120, right('10.2.0.1'))).toEqual(Array(120).fill('signed-in'));
  }, 180_000);

  it('still limits one address across many accounts', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 31; i++) outcomes.push(await attempt({ email: `spray-${i}@example.org`, password: 'a wrong guess', address: '198.51.100.99' }));
    expect(outcomes.slice(0, 30)).toEqual(Array(30).fill('refused'));
    expect(outcomes[30]).toBe('rate-limited');
  }, 120_000);
});
