import type { Browser, Page } from 'playwright-core';
import { closeE2eDb, e2eDb, ensureEditor, insertDraftCopy } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { url } from './support/site';

/**
 * Publishing from the dashboard in a real browser, against the production build: an editor opens
 * a private draft's tools page and presses "Publish now"; an anonymous reader then gets the story
 * at its public URL. "Unpublish" takes it away again: the public URL is a 404 on the next request.
 * Also: the sign-in form works with JavaScript switched off (the page carries its CSRF token).
 */

const EMAIL = 'publish-editor@example.org';
const PASSWORD = 'publish editor passphrase';
const ID = 'e2e-publish-button';
const SLUG = 'heron-publish-button-story';
const SOURCE_ID = 'demo-012';
const HEADLINE = 'HERON publish-button test story';
const CANARY = 'HERON-PUBLISH-BODY';

let browser: Browser;
let publicPath: string;

async function insertDraft(): Promise<void> {
  const body = JSON.stringify([{ type: 'paragraph', content: [{ text: `${CANARY}: a story written only for the publish-button test.` }] }]);
  publicPath = await insertDraftCopy({ id: ID, slug: SLUG, headline: HEADLINE, body, sourceId: SOURCE_ID });
}

async function signInThroughForm(page: Page): Promise<void> {
  await page.goto(url('/editor/sign-in'));
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await Promise.all([page.waitForURL(url('/editor')), page.getByRole('button', { name: 'Sign in' }).click()]);
}

describeWithBrowser('publishing from the dashboard', () => {
  beforeAll(async () => {
    await ensureEditor(EMAIL, PASSWORD, 'Publish Editor');
    await insertDraft();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const db = e2eDb();
    await db.deleteFrom('article_authors').where('article_id', '=', ID).execute();
    await db.deleteFrom('article_tags').where('article_id', '=', ID).execute();
    await db.deleteFrom('articles').where('id', '=', ID).execute();
    await closeE2eDb();
  });

  it('signs in without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInThroughForm(page);
    expect((await context.cookies()).some((cookie) => cookie.name === 'next-auth.session-token')).toBe(true);
    await context.close();
  });

  it('publishes a draft with the button, readers see it; unpublishing makes it a 404 again', async () => {
    const editor = await browser.newContext();
    const anonymous = await browser.newContext();
    const reader = await anonymous.newPage();
    const before = await reader.goto(url(publicPath));
    expect(before?.status()).toBe(404);
    expect(await reader.content()).not.toContain(CANARY);

    const page = await editor.newPage();
    await signInThroughForm(page);
    await page.goto(url(`/editor/articles/${ID}`));
    const publication = page.locator('#publication');
    await publication.getByText('Draft: only editors can see it.').waitFor();
    await publication.getByRole('button', { name: 'Publish now' }).click();
    await publication.getByText('Readers can see this article now.').waitFor();

    const published = await reader.goto(url(publicPath));
    expect(published?.status()).toBe(200);
    expect(await reader.getByRole('heading', { level: 1 }).innerText()).toBe(HEADLINE);
    expect(await reader.locator('body').innerText()).toContain(CANARY);
    expect(await reader.getByTestId('preview-banner').count()).toBe(0);

    await publication.getByRole('button', { name: 'Unpublish' }).click();
    await publication.getByText('Draft: only editors can see it.').waitFor();
    const unpublished = await reader.goto(url(publicPath));
    expect(unpublished?.status()).toBe(404);
    expect(await reader.content()).not.toContain(CANARY);

    const row = await e2eDb().selectFrom('articles').select('status').where('id', '=', ID).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
    await editor.close();
    await anonymous.close();
  });
});
