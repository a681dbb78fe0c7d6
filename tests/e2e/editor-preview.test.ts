import type { Browser } from 'playwright-core';
import { canaryArticles, closeE2eDb, e2eDb, ensureEditor, type DraftArticle } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { baseUrl, url } from './support/site';

/**
 * The editor's day in a real browser against the production build: sign in through the form, the
 * dashboard, the phone-width preview with its banner, the social card, exit preview (then the
 * public URL is a 404), and share links for an anonymous reader: working, listed on the dashboard and
 * revoked there (a real 404), expired (a real 404), and after publication forwarding to the public
 * page with an HTTP redirect.
 */

const EMAIL = 'browser-editor@example.org';
const PASSWORD = 'browser editor passphrase';
const COPY_ID = 'e2e-share-copy';
const COPY_SLUG = 'kestrel-share-link-test-story';

let browser: Browser;
let draft: DraftArticle;

/** A private draft for the publish test, so the shared demo drafts stay drafts for other suites. */
async function insertDraftCopy(source: DraftArticle): Promise<void> {
  const db = e2eDb();
  await db.deleteFrom('articles').where('id', '=', COPY_ID).execute();
  const row = await db.selectFrom('articles').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow();
  const body = JSON.stringify([{ type: 'paragraph', content: [{ text: 'KESTREL-SHARE-BODY: a story written only for the share-link test.' }] }]);
  await db
    .insertInto('articles')
    .values({ ...row, id: COPY_ID, slug: COPY_SLUG, status: 'draft', headline: 'KESTREL share-link test story', body, published_at: null })
    .execute();
  const authors = await db.selectFrom('article_authors').selectAll().where('article_id', '=', source.id).execute();
  for (const author of authors) await db.insertInto('article_authors').values({ ...author, article_id: COPY_ID }).execute();
}

describeWithBrowser('editor preview in the browser', () => {
  beforeAll(async () => {
    await ensureEditor(EMAIL, PASSWORD, 'Browser Editor');
    [draft] = (await canaryArticles()) as [DraftArticle];
    await insertDraftCopy(draft);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await e2eDb().deleteFrom('articles').where('id', '=', COPY_ID).execute();
    await closeE2eDb();
  });

  it('signs in, previews a draft at phone width with the banner and social card, and exits to a 404', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(url('/editor'));
    expect(new URL(page.url()).pathname).toBe('/editor/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    const started = performance.now();
    await Promise.all([page.waitForURL(url('/editor')), page.getByRole('button', { name: 'Sign in' }).click()]);
    console.info(`[figures] browser sign-in to dashboard: ${(performance.now() - started).toFixed(0)} ms`);
    await page.getByRole('heading', { name: 'Drafts and previews' }).waitFor();
    expect(await page.locator(`[data-article-id="${draft.id}"]`).count()).toBe(1);

    await page.goto(url(`/editor/articles/${draft.id}`));
    const frame = page.frameLocator('iframe');
    await frame.getByTestId('preview-banner').waitFor();
    expect(await frame.locator('body').innerText()).toContain(draft.canary);
    const width = await page.locator('iframe').evaluate((element) => element.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(390);

    const card = page.locator('[data-testid="social-cards"] img').first();
    await card.waitFor();
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('[data-testid="social-cards"] img');
      return image !== null && image.complete && image.naturalWidth > 0;
    });
    expect(await card.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([1200, 630]);
    expect(await page.getByTestId('social-cards').innerText()).toContain(new URL(baseUrl()).host);

    // The full-page preview on a phone-sized window, then "Exit preview".
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url(`/api/preview/enable?articleId=${draft.id}`));
    expect(new URL(page.url()).pathname).toBe(draft.path);
    await page.getByTestId('preview-banner').waitFor();
    // Styled by the reader stylesheet (the only one a reader page loads), and kept in view while scrolling.
    expect(await page.getByTestId('preview-banner').evaluate((banner) => getComputedStyle(banner).position)).toBe('sticky');
    const exit = page.waitForResponse((response) => new URL(response.url()).pathname === draft.path && response.request().method() === 'GET');
    await page.getByRole('button', { name: 'Exit preview' }).click();
    const publicResponse = await exit;
    expect(publicResponse.status()).toBe(404);
    expect(await page.content()).not.toContain(draft.canary);
    await context.close();
  });

  it('lets an anonymous reader open a share link, and stops after expiry and after publication', async () => {
    const editor = await browser.newContext();
    const page = await editor.newPage();
    await page.goto(url('/editor/sign-in'));
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await Promise.all([page.waitForURL(url('/editor')), page.getByRole('button', { name: 'Sign in' }).click()]);

    // Created through the dashboard button.
    await page.locator(`[data-article-id="${draft.id}"]`).getByRole('button', { name: /Share preview link/ }).click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    expect(shareUrl).toMatch(/\/preview\?token=/);

    const anonymous = await browser.newContext();
    const reader = await anonymous.newPage();
    const opened = await reader.goto(shareUrl);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
    expect(opened?.headers()['x-robots-tag']).toMatch(/noindex/);
    await reader.getByTestId('preview-banner').waitFor();
    expect(await reader.locator('body').innerText()).toContain(draft.canary);

    // The dashboard lists the new link under its draft (no reload needed), and revoking it there kills it.
    const shareId = new URL(shareUrl).searchParams.get('token')?.split('.')[0] ?? '';
    const listed = page.locator(`[data-article-id="${draft.id}"] [data-share-id="${shareId}"]`);
    await listed.waitFor();
    await listed.getByRole('button', { name: /^Revoke the link created / }).click();
    await listed.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/editor');
    const revoked = await reader.goto(shareUrl);
    expect(revoked?.status()).toBe(404);
    expect(await reader.content()).not.toContain(draft.canary);

    // A short link through the editors' API with the editor's own cookies; its end is then moved
    // into the past in the database, so the check does not race a clock on a loaded machine (the
    // signed token's own expiry is covered by lib/preview/share-token.test.ts).
    const cookie = (await editor.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const short = await fetch(url('/api/preview/share'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: baseUrl() },
      body: JSON.stringify({ articleId: draft.id, ttlSeconds: 600 }),
    });
    expect(short.status).toBe(201);
    const { url: shortUrl, id: shortId } = (await short.json()) as { url: string; id: string };
    expect((await reader.goto(shortUrl))?.status()).toBe(200);
    const moved = await e2eDb()
      .updateTable('preview_shares')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', shortId)
      .executeTakeFirst();
    expect(Number(moved.numUpdatedRows)).toBe(1);
    // proxy.ts decides before rendering, so a dead link is a real 404 status, not just the 404 page.
    const expired = await reader.goto(shortUrl);
    expect(expired?.status()).toBe(404);
    expect(expired?.headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);
    expect(expired?.headers()['x-robots-tag']).toMatch(/noindex/);
    expect(expired?.headers()['referrer-policy']).toBe('no-referrer');
    await reader.getByRole('heading', { name: /can.t find that page/i }).waitFor();
    expect(await reader.content()).not.toContain(draft.canary);
    expect(await reader.getByTestId('preview-banner').count()).toBe(0);

    // Publication: the link forwards to the public URL.
    const copyLink = await fetch(url('/api/preview/share'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin: baseUrl() },
      body: JSON.stringify({ articleId: COPY_ID }),
    });
    const { url: copyUrl } = (await copyLink.json()) as { url: string };
    await reader.goto(copyUrl);
    expect(await reader.locator('body').innerText()).toContain('KESTREL-SHARE-BODY');
    await e2eDb()
      .updateTable('articles')
      .set({ status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', COPY_ID)
      .execute();
    // An HTTP redirect (not a client-side one) to the public URL, itself answering 200.
    const forwarded = await fetch(copyUrl, { redirect: 'manual' });
    expect(forwarded.status).toBe(307);
    expect(new URL(forwarded.headers.get('location') ?? '', copyUrl).pathname).toBe(`/${draft.section}/${COPY_SLUG}`);
    expect(forwarded.headers.get('cache-control')).toMatch(/no-store/);
    const landed = await reader.goto(copyUrl);
    await reader.waitForURL((current) => current.pathname === `/${draft.section}/${COPY_SLUG}`);
    expect(landed?.status()).toBe(200);
    expect(landed?.request().redirectedFrom()?.url()).toBe(copyUrl);
    await editor.close();
    await anonymous.close();
  });
});
