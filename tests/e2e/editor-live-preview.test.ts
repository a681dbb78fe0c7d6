import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { solidPicture } from '@/tests/helpers/pictures';
import { AXE_TAGS, closeE2eDb, e2eDb, ensureEditor, newestPublishedPath, signIn, signInInBrowser, unpublishAfterSuite } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { url } from './support/site';

/**
 * Issue 14, the live preview: an editor writes a new article with every block type and an uploaded
 * picture, and watches it beside the form (the public page's components in a phone-width frame,
 * the X card), the frame following typing, unsaved; saves, restores an older revision, publishes; a reader then gets
 * exactly the article the frame showed. The unsaved text never reaches anyone else: not another
 * editor, not a reader, not a feed, sitemap or card. axe finds nothing at 390 and 1366 px.
 */

const EDITOR = { email: 'live-writer@example.org', password: 'live writer passphrase', name: 'Live Writer' };
const OTHER = { email: 'live-other@example.org', password: 'live other passphrase', name: 'Live Other' };
const HEADLINE = 'OSPREY-LIVE ferry crews vote on the winter timetable';
const UNSAVED = 'OSPREY-UNSAVED-CANARY';

let browser: Browser;
let readMorePath: string;
let articleId: string | undefined;

function bodyText(extra = ''): string {
  return [
    `OSPREY-LIVE opens with **bold words**, *italic words* and [a link](https://example.org/report).${extra}`,
    '## What the crews decided',
    '> The boats sail at six again from Monday.\n> — Crew committee statement',
    '>> Nobody asked the islands.',
    '- First point\n- Second point',
    '1. Step one\n2. Step two',
    '::image[Ferries moored at the quay](/images/demo/harbour-cranes.jpg){caption="OSPREY caption at the quay" credit="Illustration: Meridian"}',
    `::read-more[${readMorePath}]`,
    '::newsletter[morning-briefing]',
    '::embed[https://www.youtube.com/watch?v=osprey123]{title="The vote in full"}',
  ].join('\n\n');
}

function editorPage(who: { email: string; password: string }, width = 1366): Promise<{ context: BrowserContext; page: Page }> {
  return signInInBrowser(browser, who, { width, initScript: IN_PAGE });
}

/**
 * The visible preview and its shown frame. Two frames take turns (the hidden one is loading), and
 * the client router keeps the previous page (e.g. the new-article form) hidden in the document.
 */
const VISIBLE = ':visible';
function shownFrame(page: Page): FrameLocator {
  return page.frameLocator(`[data-testid="live-preview-frame"]${VISIBLE}`);
}
function preview(page: Page) {
  return page.locator(`[data-testid="live-preview"]${VISIBLE}`);
}

/** In the page: the visible preview section and its shown frame. */
const IN_PAGE = `window.visiblePreview = () => {
  const section = [...document.querySelectorAll('[data-testid="live-preview"]')].find((element) => element.checkVisibility());
  return { section, frame: section?.querySelector('[data-testid="live-preview-frame"]') ?? null };
};`;

/** Waits for the shown frame's headline to read `text`; returns how long that took. */
async function frameHeadline(page: Page, text: string): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(
    (expected) => {
      const { frame } = (window as unknown as VisiblePreview).visiblePreview();
      return frame?.contentDocument?.querySelector('main h1')?.textContent?.includes(expected) ?? false;
    },
    text,
    { timeout: 15_000 },
  );
  return Date.now() - started;
}

/** The article element's markup as the frame shows it now. */
async function framedArticle(page: Page): Promise<string> {
  return page.evaluate(() => {
    const { frame } = (window as unknown as VisiblePreview).visiblePreview();
    return frame?.contentDocument?.querySelector('main article.article')?.outerHTML ?? '';
  });
}

interface VisiblePreview {
  visiblePreview(): { section: Element | undefined; frame: HTMLIFrameElement | null };
}

async function anonymousGet(path: string, cookie?: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url(path), { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: response.status, body: await response.text() };
}

describeWithBrowser('the live preview beside the edit form', () => {
  beforeAll(async () => {
    await ensureEditor(EDITOR.email, EDITOR.password, EDITOR.name);
    await ensureEditor(OTHER.email, OTHER.password, OTHER.name);
    readMorePath = await newestPublishedPath();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (articleId) await unpublishAfterSuite(articleId, EDITOR, '192.0.2.71');
    await closeE2eDb();
  });

  it('follows typing, stays private, and the published page is the article the frame showed', async () => {
    const { context, page } = await editorPage(EDITOR);
    await page.goto(url('/editor/articles/new'));
    await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
    await page.getByLabel('Standfirst').fill('The OSPREY standfirst.');
    await page.getByLabel('Section').selectOption('news');
    await page.getByLabel('Amara Okafor').check();
    await page.getByLabel('Topics').fill('Climate');
    await page.getByLabel('Picture address').fill('/images/demo/harbour-cranes.jpg');
    await page.getByLabel('Picture description').fill('Ferries moored at the quay');
    await page.getByLabel('Text', { exact: true }).fill(bodyText());

    // The frame is the public page's article at a phone's width, with every block type rendered.
    await frameHeadline(page, HEADLINE);
    const frame = shownFrame(page);
    expect(await preview(page).getByTestId('live-preview-frame').getAttribute('data-device')).toBe('phone');
    expect(await frame.locator('body').evaluate(() => window.innerWidth)).toBe(390);
    const article = frame.locator('main article');
    await expect(article.locator('strong').first().innerText()).resolves.toBe('bold words');
    expect(await article.locator('h2').first().innerText()).toBe('What the crews decided');
    expect(await article.locator('blockquote').count()).toBeGreaterThanOrEqual(2);
    expect(await article.locator('ul li').count()).toBeGreaterThanOrEqual(2);
    expect(await article.locator('ol li').count()).toBe(2);
    expect(await article.getByText('OSPREY caption at the quay').count()).toBe(1);
    expect(await article.locator(`a[href="${readMorePath}"]`).count()).toBeGreaterThanOrEqual(1);
    expect(await article.locator('form').count()).toBeGreaterThanOrEqual(1); // the newsletter promo's signup
    expect(await article.locator('a[href^="https://www.youtube.com/"]').count()).toBe(1);
    const xCard = preview(page).getByTestId('social-cards').locator('figure', { hasText: 'X' }).first();
    await expect(xCard.innerText()).resolves.toContain(HEADLINE);

    // Typing moves the frame and the card along, unsaved.
    const headline = page.getByLabel('Headline', { exact: true });
    await headline.press('End');
    await headline.pressSequentially(' tonight', { delay: 30 });
    const followMs = await frameHeadline(page, `${HEADLINE} tonight`);
    await page.waitForFunction(
      (expected) => (window as unknown as VisiblePreview).visiblePreview().section?.querySelector('[data-testid="social-cards"]')?.textContent?.includes(expected) ?? false,
      `${HEADLINE} tonight`,
    );
    process.stdout.write(`[live-preview] frame followed the last keystroke in ${followMs} ms\n`);
    const cardImage = await preview(page).getByTestId('social-cards').locator('img').first().getAttribute('src');
    expect(cardImage).toMatch(/^\/api\/editor\/live-preview\/[A-Za-z0-9_-]{22}\/og\?r=\d+$/);
    const card = await page.request.get(url(cardImage!));
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect(card.headers()['cache-control']).toBe('private, no-store, max-age=0');

    // A mistake: the frame keeps the last good text and the problem is named.
    const body = page.getByLabel('Text', { exact: true });
    await body.fill(`> \n\n${bodyText(` ${UNSAVED}`)}`);
    await page.waitForFunction(() => (window as unknown as VisiblePreview).visiblePreview().section?.querySelector('[role="status"]')?.textContent?.includes('1 problem') ?? false);
    expect(await preview(page).innerText()).toContain("Text, line 1: a quote needs text after '> '");
    await body.fill(bodyText(` ${UNSAVED}`));
    await page.waitForFunction(
      (canary) => (window as unknown as VisiblePreview).visiblePreview().frame?.contentDocument?.body.textContent?.includes(canary) ?? false,
      UNSAVED,
    );

    // A picture uploaded and inserted in the text is in the frame at once, through next/image.
    const uploader = page.getByTestId('picture-upload');
    await body.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.length, element.value.length));
    await uploader.getByLabel('Picture file').setInputFiles({ name: 'quay.png', mimeType: 'image/png', buffer: await solidPicture('png', 1200, 800) });
    await uploader.getByLabel('Description of the new picture').fill('OSPREY uploaded quay');
    await uploader.getByRole('button', { name: 'Upload and insert in the text' }).click();
    await uploader.getByRole('status').filter({ hasText: 'in the text' }).waitFor();
    expect(await body.inputValue()).toMatch(/::image\[OSPREY uploaded quay\]\(\/media\/[0-9a-f]{32}\.png\)$/);
    await page.waitForFunction(
      () => (window as unknown as VisiblePreview).visiblePreview().frame?.contentDocument?.querySelector('img[alt="OSPREY uploaded quay"]')?.getAttribute('src')?.includes('%2Fmedia%2F') ?? false,
    );

    // The unsaved text is the editor's alone: no one else opens the frame or its card, nothing public has it.
    const frameSrc = await preview(page).getByTestId('live-preview-frame').getAttribute('src');
    expect(frameSrc).toMatch(/^\/preview\/unsaved\/[A-Za-z0-9_-]{22}\?r=\d+$/);
    const framed = await page.request.get(url(frameSrc!));
    expect(framed.status()).toBe(200);
    expect(framed.headers()['cache-control']).toMatch(/private, no-store/);
    expect(framed.headers()['x-robots-tag']).toMatch(/noindex/);
    expect(framed.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    const other = await signIn(OTHER.email, OTHER.password, { forwardedFor: '192.0.2.72' });
    for (const path of [frameSrc!, cardImage!]) {
      const stranger = await anonymousGet(path);
      expect(stranger.status).toBe(404);
      expect(stranger.body).not.toContain(UNSAVED);
      const colleague = await anonymousGet(path, other.jar.header());
      expect(colleague.status).toBe(404);
      expect(colleague.body).not.toContain(UNSAVED);
    }
    for (const path of ['/', '/news', '/feed.xml', '/news/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) {
      expect((await anonymousGet(path)).body).not.toContain(UNSAVED);
    }
    expect(await e2eDb().selectFrom('articles').select('id').where('headline', 'like', `${HEADLINE}%`).executeTakeFirst()).toBeUndefined();

    // Save (revision 1), change and save again (revision 2), restore revision 1, publish.
    await Promise.all([page.waitForURL(/\/edit\?saved=1&created=1$/), page.getByRole('button', { name: 'Create draft', exact: true }).click()]);
    articleId = /\/editor\/articles\/([A-Za-z0-9-]+)\/edit/.exec(page.url())![1]!;
    await frameHeadline(page, `${HEADLINE} tonight`);
    await headline.fill(`${HEADLINE} (second thoughts)`);
    await frameHeadline(page, '(second thoughts)');
    await Promise.all([page.waitForURL(/\/edit\?saved=2$/), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    await Promise.all([page.waitForURL(/\/edit\?saved=3&restored=1$/), page.getByRole('button', { name: 'Restore: Revision 1' }).click()]);
    await frameHeadline(page, `${HEADLINE} tonight`);
    expect(await page.getByLabel('Headline', { exact: true }).inputValue()).toBe(`${HEADLINE} tonight`);
    const before = Number(await preview(page).getAttribute('data-revision'));
    await Promise.all([page.waitForURL(/\/edit\?published=1$/), page.getByRole('button', { name: 'Publish now' }).click()]);

    // The reader's page: the same article element, byte for byte, as the frame beside the form
    // (once the frame shows the article as published: a new preview, loaded and swapped in).
    await page.waitForFunction((previous) => {
      const { section, frame } = (window as unknown as VisiblePreview).visiblePreview();
      const revision = Number(section?.getAttribute('data-revision'));
      return revision > previous && !section?.hasAttribute('data-updating') && (frame?.getAttribute('src') ?? '').endsWith(`?r=${revision}`);
    }, before);
    const previewed = await framedArticle(page);
    const row = await e2eDb()
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['a.slug', 's.slug as section', 'a.status'])
      .where('a.id', '=', articleId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('published');
    const reader = await browser.newPage();
    const response = await reader.goto(url(`/${row.section}/${row.slug}`));
    expect(response?.status()).toBe(200);
    const published = await reader.locator('main article.article').evaluate((element) => element.outerHTML);
    expect(published).toContain(UNSAVED);
    expect(published).toMatch(/<img alt="OSPREY uploaded quay"[^>]+src="\/_next\/image\?url=%2Fmedia%2F[0-9a-f]{32}\.png/);
    // React's generated ids (useId: "_S_1_") count from where a component sits in the page; they name nothing a reader sees.
    const reactIds = (html: string) => html.replace(/_S_\d+_/g, '_S_n_');
    expect(reactIds(published)).toBe(reactIds(previewed));
    await reader.close();
    await context.close();
  }, 180_000);

  it('has no axe violations on the editor screens with the live preview, at 390 and 1366 px', async () => {
    for (const width of [390, 1366]) {
      const { context, page } = await editorPage(EDITOR, width);
      await page.goto(url('/editor/articles/new'));
      await page.getByLabel('Headline', { exact: true }).fill('OSPREY axe headline');
      await page.getByLabel('Amara Okafor').check();
      await page.getByLabel('Picture address').fill('/images/demo/harbour-cranes.jpg');
      await page.getByLabel('Picture description').fill('Ferries moored at the quay');
      await page.getByLabel('Text', { exact: true }).fill('A paragraph for axe.');
      await frameHeadline(page, 'OSPREY axe headline');
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((violation) => `${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  }, 90_000);
});
