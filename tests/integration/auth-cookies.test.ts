/**
 * @jest-environment node
 *
 * Behind https (NEXTAUTH_URL/SITE_URL https://…), next-auth's own handler, fed our options, issues
 * `__Secure-`/`__Host-` prefixed cookies with the Secure flag, HttpOnly and SameSite=Lax, and the
 * session lasts SESSION_MAX_AGE_HOURS. Runs next-auth's core (the same code the route handler calls)
 * in-process (its pages-API entry point, with a recording response) against a real SQLite database.
 */
import type { NextApiRequest, NextApiResponse } from 'next';
import NextAuth from 'next-auth';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/db';

const PASSWORD = 'https cookie test passphrase';
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase('sqlite');
  Object.assign(process.env, {
    DATABASE_URL: test.url,
    SEED_DEMO: 'false',
    SITE_URL: 'https://news.example.org',
    NEXTAUTH_URL: 'https://news.example.org',
    NEXTAUTH_SECRET: 'cookie-test-secret-0123456789abcdef0123456789',
    SESSION_MAX_AGE_HOURS: '4',
  });
  const { createEditor } = await import('@/lib/auth/editors');
  await createEditor(test.db, { email: 'https@example.org', name: 'Https Editor' }, PASSWORD);
});

afterAll(async () => {
  const { getDb } = await import('@/lib/db/client');
  await (await getDb()).destroy();
  await test.destroy();
});

interface Recorded {
  status: number;
  headers: Record<string, string | string[]>;
  body: unknown;
}

/** Calls next-auth's handler as `next start` would for /api/auth/<segments>, recording the answer. */
async function call(segments: string[], init: { method: string; body?: Record<string, string>; cookie?: string }): Promise<Recorded> {
  const { getAuthOptions } = await import('@/lib/auth/options');
  const recorded: Recorded = { status: 200, headers: {}, body: undefined };
  const cookies = Object.fromEntries(
    (init.cookie ?? '').split('; ').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]),
  );
  const req = { method: init.method, query: { nextauth: segments }, headers: { host: 'news.example.org' }, cookies, body: init.body ?? {} };
  const res = {
    status(code: number) {
      recorded.status = code;
      return res;
    },
    setHeader(key: string, value: string | string[]) {
      recorded.headers[key.toLowerCase()] = value;
      return res;
    },
    getHeader(key: string) {
      return recorded.headers[key.toLowerCase()];
    },
    json(body: unknown) {
      recorded.body = body;
      return res;
    },
    send(body: unknown) {
      recorded.body = body;
      return res;
    },
    end() {
      return res;
    },
  };
  await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, getAuthOptions());
  return recorded;
}

function setCookies(recorded: Recorded): string[] {
  const value = recorded.headers['set-cookie'] ?? [];
  return Array.isArray(value) ? value : [value];
}

async function signInOverHttps(password: string): Promise<Recorded> {
  const csrf = await call(['csrf'], { method: 'GET' });
  const csrfCookie = setCookies(csrf).find((line) => line.includes('next-auth.csrf-token='));
  expect(csrfCookie).toMatch(/^__Host-next-auth\.csrf-token=/);
  const cookie = (csrfCookie ?? '').split(';')[0];
  const { csrfToken } = csrf.body as { csrfToken: string };
  return call(['callback', 'credentials'], {
    method: 'POST',
    body: { email: 'https@example.org', password, csrfToken, callbackUrl: '/editor' },
    cookie,
  });
}

it('issues a __Secure- session cookie that is Secure, HttpOnly, SameSite=Lax and short-lived', async () => {
  const response = await signInOverHttps(PASSWORD);
  expect(response.headers.location).toBe('https://news.example.org/editor');
  const session = setCookies(response).find((line) => line.includes('session-token='));
  expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
  expect(session).toMatch(/; Secure/);
  expect(session).toMatch(/; HttpOnly/);
  expect(session).toMatch(/; SameSite=Lax/i);
  const expires = /Expires=([^;]+)/.exec(session ?? '')?.[1] ?? '';
  const lifetimeHours = (Date.parse(expires) - Date.now()) / 3_600_000;
  expect(lifetimeHours).toBeGreaterThan(3.9);
  expect(lifetimeHours).toBeLessThanOrEqual(4);
});

it('issues no session cookie for a wrong password', async () => {
  const response = await signInOverHttps('not the passphrase at all');
  expect(response.headers.location).toMatch(/error=CredentialsSignin/);
  expect(setCookies(response).some((line) => line.includes('session-token='))).toBe(false);
});

it('accepts the CSRF pair lib/auth issues for the no-JavaScript sign-in form, and only with its own token', async () => {
  const { csrfTokenFromCookie, signInCsrfCookieFor } = await import('@/lib/auth/sign-in-csrf');
  const issued = signInCsrfCookieFor(undefined);
  expect(issued).not.toBeNull();
  expect(issued?.name).toBe('__Host-next-auth.csrf-token');
  expect(issued?.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
  const token = csrfTokenFromCookie(issued?.value, process.env.NEXTAUTH_SECRET ?? '') ?? '';
  const cookie = `${issued?.name}=${encodeURIComponent(issued?.value ?? '')}`;
  // A browser that already holds a good pair keeps it.
  expect(signInCsrfCookieFor(issued?.value)).toBeNull();
  // next-auth's own /csrf endpoint recognises the pair instead of replacing it.
  const csrf = await call(['csrf'], { method: 'GET', cookie });
  expect((csrf.body as { csrfToken: string }).csrfToken).toBe(token);
  expect(setCookies(csrf).some((line) => line.includes('csrf-token='))).toBe(false);

  const signIn = (csrfToken: string) =>
    call(['callback', 'credentials'], {
      method: 'POST',
      body: { email: 'https@example.org', password: PASSWORD, csrfToken, callbackUrl: '/editor' },
      cookie,
    });
  const refused = await signIn('f'.repeat(64));
  expect(setCookies(refused).some((line) => line.includes('session-token='))).toBe(false);
  expect(refused.headers.location).toMatch(/csrf=true/);
  const accepted = await signIn(token);
  expect(accepted.headers.location).toBe('https://news.example.org/editor');
  expect(setCookies(accepted).some((line) => line.startsWith('__Secure-next-auth.session-token='))).toBe(true);
});
