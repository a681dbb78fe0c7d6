import { parse } from 'node-html-parser';
import { closeE2eDb, CookieJar, disableAccount, enablePreview, ensureEditor, hasSession, signIn, canaryArticles } from './editor-helpers';
import { url } from './support/site';

/**
 * next-auth's sign-in over HTTP against the production build: CSRF token, credentials callback,
 * cookie flags, one answer for every kind of failure, the rate limit, and a disabled editor's
 * session dying on its next request.
 */

const PASSWORD = 'e2e passphrase for editors';
const EDITOR = 'auth-e2e@example.org';

beforeAll(async () => {
  await ensureEditor(EDITOR, PASSWORD, 'Auth E2E');
});
afterAll(closeE2eDb);

describe('editor sign-in over HTTP', () => {
  it('issues an HttpOnly, SameSite session cookie for the right password', async () => {
    const result = await signIn(EDITOR, PASSWORD, { forwardedFor: '203.0.113.10' });
    expect(result.response.status).toBe(302);
    expect(result.response.headers.get('location')).toMatch(/\/editor$/);
    const session = result.setCookies.find((c) => c.startsWith('next-auth.session-token='));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    // Plain http here; behind https (NEXTAUTH_URL https://…) the cookie is __Secure- and Secure
    // (tests/integration/auth-cookies.test.ts).
    expect(session).not.toMatch(/;\s*Secure/i);
    console.info(`[figures] sign-in round trip (csrf + credentials): ${result.ms.toFixed(0)} ms`);

    const dashboard = await fetch(url('/editor'), { headers: { cookie: result.jar.header() }, redirect: 'manual' });
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get('cache-control')).toMatch(/no-store/);
    expect(dashboard.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(dashboard.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(await dashboard.text()).toContain('Drafts and previews');
  });

  it('signs in as a plain HTML form post: the page brings its own CSRF token, bound to its cookie', async () => {
    const jar = new CookieJar();
    const page = await fetch(url('/editor/sign-in'), { headers: { 'x-forwarded-for': '203.0.113.30' } });
    jar.absorb(page);
    const csrfCookie = page.headers.getSetCookie().find((c) => c.startsWith('next-auth.csrf-token='));
    expect(csrfCookie).toMatch(/;\s*HttpOnly/i);
    expect(csrfCookie).toMatch(/;\s*SameSite=Lax/i);
    const form = parse(await page.text()).querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/api/auth/callback/credentials');
    const fields = Object.fromEntries((form?.querySelectorAll('input[type="hidden"]') ?? []).map((input) => [input.getAttribute('name'), input.getAttribute('value')]));
    expect(fields.csrfToken).toMatch(/^[0-9a-f]{64}$/);
    expect(fields.callbackUrl).toBe('/editor');

    const post = (cookie: string, csrfToken: string) =>
      fetch(url('/api/auth/callback/credentials'), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': '203.0.113.30' },
        body: new URLSearchParams({ csrfToken, callbackUrl: fields.callbackUrl ?? '', email: EDITOR, password: PASSWORD }),
      });

    // Another browser's token does not go with this browser's cookie (nor does no cookie at all).
    const other = parse(await (await fetch(url('/editor/sign-in'))).text()).querySelector('input[name="csrfToken"]')?.getAttribute('value');
    expect(other).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(fields.csrfToken);
    for (const refused of [await post(jar.header(), other ?? ''), await post('', fields.csrfToken ?? '')]) {
      expect(refused.headers.getSetCookie().some((c) => c.startsWith('next-auth.session-token='))).toBe(false);
    }

    const response = await post(jar.header(), fields.csrfToken ?? '');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/\/editor$/);
    jar.absorb(response);
    expect(hasSession(jar)).toBe(true);
    // Coming back to the page keeps the same pair rather than minting one per view.
    const again = await fetch(url('/editor/sign-in'), { headers: { cookie: csrfCookie?.split(';')[0] ?? '' } });
    expect(parse(await again.text()).querySelector('input[name="csrfToken"]')?.getAttribute('value')).toBe(fields.csrfToken);
    expect(again.headers.getSetCookie().some((c) => c.startsWith('next-auth.csrf-token='))).toBe(false);
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrong = await signIn(EDITOR, 'not the right passphrase', { forwardedFor: '203.0.113.11' });
    const unknown = await signIn('nobody-here@example.org', 'not the right passphrase', { forwardedFor: '203.0.113.12' });
    for (const result of [wrong, unknown]) {
      expect(result.response.status).toBe(302);
      expect(hasSession(result.jar)).toBe(false);
    }
    expect(wrong.response.headers.get('location')).toBe(unknown.response.headers.get('location'));
    expect(wrong.response.headers.get('location')).toMatch(/error=CredentialsSignin/);
  });

  it('answers 429 with Retry-After once an account has had too many attempts', async () => {
    const target = 'rate-limit-target@example.org';
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const result = await signIn(target, `wrong passphrase ${i}`, { forwardedFor: `198.51.100.${i + 1}` });
      statuses.push(result.response.status);
      if (result.response.status === 429) expect(Number(result.response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('never serves the editor area without a session', async () => {
    const response = await fetch(url('/editor'), { redirect: 'manual' });
    expect([302, 303, 307]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/editor\/sign-in/);
    // Even with a forged session cookie (the proxy only checks it exists), the page itself refuses.
    const forged = await fetch(url('/editor'), { redirect: 'manual', headers: { cookie: 'next-auth.session-token=forged' } });
    expect(await forged.text()).not.toContain('Drafts and previews');
  });

  it('locks a disabled editor out on their next request, session cookie or not', async () => {
    const email = 'to-be-disabled@example.org';
    await ensureEditor(email, PASSWORD, 'Soon Disabled');
    const { jar } = await signIn(email, PASSWORD, { forwardedFor: '203.0.113.20' });
    expect(hasSession(jar)).toBe(true);
    const [draft] = await canaryArticles();
    expect((await enablePreview(jar, draft!.id)).status).toBe(303);
    const before = await fetch(url(draft!.path), { headers: { cookie: jar.header() } });
    expect(await before.text()).toContain(draft!.canary);

    await disableAccount(email);

    const dashboard = await fetch(url('/editor'), { headers: { cookie: jar.header() }, redirect: 'manual' });
    expect(await dashboard.text()).not.toContain('Drafts and previews');
    const after = await fetch(url(draft!.path), { headers: { cookie: jar.header() } });
    expect(await after.text()).not.toContain(draft!.canary);
    const again = await signIn(email, PASSWORD, { forwardedFor: '203.0.113.21' });
    expect(hasSession(again.jar)).toBe(false);
  });

  it('signs out: the session and the preview cookie are both gone', async () => {
    const { jar } = await signIn(EDITOR, PASSWORD, { forwardedFor: '203.0.113.40' });
    const [draft] = await canaryArticles();
    expect((await enablePreview(jar, draft!.id)).status).toBe(303);
    expect(jar.has('__prerender_bypass')).toBe(true);

    const csrf = await fetch(url('/api/auth/csrf'), { headers: { cookie: jar.header() } });
    jar.absorb(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(url('/api/auth/signout'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ csrfToken, callbackUrl: '/editor/sign-in' }),
    });
    jar.absorb(response);
    expect(hasSession(jar)).toBe(false);
    expect(jar.has('__prerender_bypass')).toBe(false);
    const after = await fetch(url(draft!.path), { headers: { cookie: jar.header() } });
    expect(after.status).toBe(404);
    expect(await after.text()).not.toContain(draft!.canary);
  });
});
