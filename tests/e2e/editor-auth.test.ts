import { parse } from 'node-html-parser';
import { randomInt } from 'node:crypto';
import { closeE2eDb, CookieJar, disableAccount, e2eDb, enablePreview, ensureEditor, hasSession, signIn, signInFrom, canaryArticles } from './editor-helpers';
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

/** Follows a redirect and checks it lands on the sign-in page itself (200, its form), not an error page. */
async function expectSignInPage(redirect: Response): Promise<void> {
  const location = redirect.headers.get('location') ?? '';
  expect(location).toMatch(/\/editor\/sign-in\?/);
  const page = await fetch(new URL(location, url('/')), { redirect: 'manual' });
  expect(page.status).toBe(200);
  const body = await page.text();
  expect(body).toContain('Editors’ sign-in');
  expect(body).toMatch(/<form[^>]*action="\/api\/auth\/callback\/credentials"/);
}
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

  it('answers 429 to the address that guessed too often, and still lets the editor in from elsewhere', async () => {
    const target = 'rate-limit-target@example.org';
    await ensureEditor(target, PASSWORD, 'Rate Limit Target');
    // Random loopback addresses: counts left by an earlier run against the same server cannot matter.
    const attacker = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    let editor = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    while (editor === attacker) editor = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const result = await signInFrom(attacker, target, `wrong passphrase ${i}`);
      statuses.push(result.response.status);
      if (result.response.status === 429) {
        expect(Number(result.response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await result.response.text()).toContain('Too many sign-in attempts');
      }
    }
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429, 429]);
    expect((await signInFrom(attacker, target, PASSWORD)).response.status).toBe(429);

    const real = await signInFrom(editor, target, PASSWORD);
    expect(real.response.status).toBe(302);
    expect(real.response.headers.get('location')).toMatch(/\/editor$/);
    expect(hasSession(real.jar)).toBe(true);
  });

  it('never serves the editor area without a session', async () => {
    const response = await fetch(url('/editor'), { redirect: 'manual' });
    expect([302, 303, 307]).toContain(response.status);
    expect(response.headers.get('location')).toMatch(/\/editor\/sign-in/);
    // A forged session cookie gets the same real redirect, and the sign-in page is where it leads.
    const forged = await fetch(url('/editor'), { redirect: 'manual', headers: { cookie: 'next-auth.session-token=forged' } });
    expect(forged.status).toBe(303);
    expect(forged.headers.get('location')).toMatch(/\/editor\/sign-in\?callbackUrl=%2Feditor$/);
    expect(await forged.text()).not.toContain('Drafts and previews');
    await expectSignInPage(forged);
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
    const created = await fetch(url('/api/preview/share'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header(), origin: new URL(url('/')).origin },
      body: JSON.stringify({ articleId: draft!.id }),
    });
    expect(created.status).toBe(201);
    const { path: sharePath } = (await created.json()) as { path: string };
    const shared = await fetch(url(sharePath));
    expect(shared.status).toBe(200);
    expect(await shared.text()).toContain(draft!.canary);

    await disableAccount(email);

    // Their share link dies with them: a real 404, the not-found page, nothing of the draft.
    const deadLink = await fetch(url(sharePath));
    expect(deadLink.status).toBe(404);
    const deadBody = await deadLink.text();
    expect(deadBody).not.toContain(draft!.canary);
    expect(deadBody).toMatch(/We can.t find that page/);

    const dashboard = await fetch(url('/editor'), { headers: { cookie: jar.header() }, redirect: 'manual' });
    expect(dashboard.status).toBe(303);
    expect(await dashboard.text()).not.toContain('Drafts and previews');
    await expectSignInPage(dashboard);
    const after = await fetch(url(draft!.path), { headers: { cookie: jar.header() } });
    expect(after.status).toBe(404);
    expect(after.headers.get('cache-control')).toMatch(/no-store/);
    const afterBody = await after.text();
    expect(afterBody).not.toContain(draft!.canary);
    expect(afterBody).toMatch(/We can.t find that page/);
    const again = await signIn(email, PASSWORD, { forwardedFor: '203.0.113.21' });
    expect(hasSession(again.jar)).toBe(false);
  });

  it('refuses a cross-site post to a dashboard server action with 403, and the draft stays a draft', async () => {
    const { jar } = await signIn(EDITOR, PASSWORD);
    const [draft] = await canaryArticles();
    const page = await fetch(url(`/editor/articles/${draft!.id}`), { headers: { cookie: jar.header() } });
    expect(page.status).toBe(200);
    const publishForm = parse(await page.text())
      .querySelectorAll('form')
      .find((form) => form.querySelector('button[value="publish"]'));
    const actionField = publishForm?.querySelectorAll('input').find((input) => (input.getAttribute('name') ?? '').startsWith('$ACTION_ID_'));
    expect(actionField).toBeDefined();
    const body = new FormData();
    body.set(actionField?.getAttribute('name') ?? '', '');
    body.set('articleId', draft!.id);
    body.set('action', 'publish');
    const response = await fetch(url(`/editor/articles/${draft!.id}`), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      body,
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Cross-site request refused.');
    const row = await e2eDb().selectFrom('articles').select('status').where('id', '=', draft!.id).executeTakeFirstOrThrow();
    expect(row.status).toBe(draft!.status);
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
