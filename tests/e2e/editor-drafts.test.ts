// Over 300 lines on purpose: one editor's story from first draft to publish, in order, against one build.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Response as PageResponse } from 'playwright-core';
import { AXE_TAGS, closeE2eDb, e2eDb, ensureEditor, newestPublishedPath, signIn, unpublishAfterSuite } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { url } from './support/site';

/**
 * Issue 14, first part: writing a draft in the browser with JavaScript switched off, against the
 * production build. Sign in, create a draft with several block types (a mistake first: the errors
 * sit beside their fields and the text stays), save revisions, compare and restore one, a conflict
 * between two editors (refused, text kept, linked to the comparison), and none of it reaches a
 * reader: not the home page, feeds, sitemaps, the public URL or its card. Then publishing, an edit
 * of the live article that readers do not see until "Update live article", and its old address
 * answering 308. axe finds nothing on the new pages at 390 and 1366 px.
 */

const EDITOR = { email: 'draft-writer@example.org', password: 'draft writer passphrase', name: 'Draft Writer' };
const OTHER = { email: 'draft-rival@example.org', password: 'draft rival passphrase', name: 'Draft Rival' };
const HEADLINE = 'GANNET-DRAFT-HEADLINE harbour board reopens the North Basin';
const CANARY = 'GANNET-DRAFT-BODY';
const SECRET_TOPIC = 'GANNET secret topic';

let browser: Browser;
let readMorePath: string;
let articleId: string;
let slug: string;

function bodyText(options: { mistake: boolean }): string {
  return [
    `${CANARY} opens with **bold words**, *italic words* and [a link](https://example.org/report).`,
    '## What the harbour board decided',
    options.mistake ? '> ' : '> The cranes move again on Monday.\n> — Harbour board statement',
    '>> We were never asked.',
    '- First point\n- Second point',
    '1. Step one\n2. Step two',
    '::image[Cranes standing idle at dawn](/images/demo/harbour-cranes.jpg){caption="GANNET caption of the North Basin" credit="Illustration: Meridian"}',
    `::read-more[${readMorePath}]`,
    '::newsletter[morning-briefing]',
    '::embed[https://www.youtube.com/watch?v=gannet123]{title="The board meeting in full"}',
  ].join('\n\n');
}

async function signInWithForm(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(url('/editor/sign-in'));
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await Promise.all([page.waitForURL(url('/editor')), page.getByRole('button', { name: 'Sign in' }).click()]);
}

/** Presses a submit button of a page without JavaScript and waits for the page that answers. */
async function submit(page: Page, name: string | RegExp): Promise<PageResponse | null> {
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: typeof name === 'string' }).click()]);
  return response;
}

async function noJsEditor(who: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInWithForm(page, who);
  return { context, page };
}

/** What an anonymous reader (or crawler) gets at `path`: status and body. */
async function anonymous(path: string, init: RequestInit = {}): Promise<{ status: number; body: string; location: string | null }> {
  const response = await fetch(url(path), { redirect: 'manual', ...init });
  return { status: response.status, body: await response.text(), location: response.headers.get('location') };
}

describeWithBrowser('writing drafts without JavaScript', () => {
  beforeAll(async () => {
    await ensureEditor(EDITOR.email, EDITOR.password, EDITOR.name);
    await ensureEditor(OTHER.email, OTHER.password, OTHER.name);
    readMorePath = await newestPublishedPath();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (articleId) await unpublishAfterSuite(articleId, EDITOR, '192.0.2.62');
    await closeE2eDb();
  });

  it('creates a draft: a field error first, the text kept; then revisions, a comparison and a restore', async () => {
    const { context, page } = await noJsEditor(EDITOR);
    // The dashboard streams its lists (a script reveals them), so without JavaScript go by address;
    // its link to the new page is in the HTML all the same.
    await page.goto(url('/editor'));
    expect(await page.locator('a[href="/editor/articles/new"]').count()).toBe(1);
    await page.goto(url('/editor/articles/new'));

    await page.getByLabel('Headline', { exact: true }).fill(HEADLINE);
    await page.getByLabel('Standfirst').fill('The GANNET standfirst.');
    await page.getByLabel('Section').selectOption('news');
    await page.getByLabel('Amara Okafor').check();
    await page.getByLabel('Topics').fill(`Climate, ${SECRET_TOPIC}`);
    await page.getByLabel('Picture address').fill('/images/demo/harbour-cranes.jpg');
    await page.getByLabel('Text', { exact: true }).fill(bodyText({ mistake: true }));
    const refused = await submit(page, 'Create draft');
    expect(refused?.status()).toBe(200);
    // A server action's answer is private, unindexed and under the nonce policy like the page itself.
    expect(refused?.headers()['cache-control']).toBe('private, no-store, max-age=0');
    expect(refused?.headers()['x-robots-tag']).toMatch(/noindex/);
    expect(refused?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

    // The errors sit beside their fields, are listed above the form, and nothing was lost.
    const alt = page.getByLabel('Picture description');
    expect(await alt.getAttribute('aria-invalid')).toBe('true');
    const body = page.getByLabel('Text', { exact: true });
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect(await body.inputValue()).toBe(bodyText({ mistake: true }));
    expect(await page.getByLabel('Headline', { exact: true }).inputValue()).toBe(HEADLINE);
    expect(await page.getByLabel('Amara Okafor').isChecked()).toBe(true);
    expect(await page.getByRole('list', { name: 'Problems in the text' }).innerText()).toBe("Line 5: a quote needs text after '> '");
    expect(await page.getByRole('alert').first().innerText()).toContain('Main picture description: Describe the main picture for people who cannot see it.');
    expect(await e2eDb().selectFrom('articles').select('id').where('headline', '=', HEADLINE).executeTakeFirst()).toBeUndefined();

    await alt.fill('Cranes standing idle at dawn');
    await body.fill(bodyText({ mistake: false }));
    const created = await submit(page, 'Create draft');
    expect(created?.url()).toMatch(/\/editor\/articles\/[A-Za-z0-9-]+\/edit\?saved=1&created=1$/);
    expect(await page.getByTestId('draft-notice').innerText()).toBe('Draft created (revision 1).');
    articleId = /\/editor\/articles\/([A-Za-z0-9-]+)\/edit/.exec(page.url())![1]!;
    const row = await e2eDb().selectFrom('articles').select(['slug', 'status', 'body']).where('id', '=', articleId).executeTakeFirstOrThrow();
    slug = row.slug;
    expect(slug).toBe('gannet-draft-headline-harbour-board-reopens-the-north-basin');
    expect(row.status).toBe('draft');
    expect((JSON.parse(row.body) as { type: string }[]).map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'quote',
      'quote',
      'list',
      'list',
      'image',
      'readMore',
      'newsletterPromo',
      'embed',
    ]);
    // The text comes back in the editing syntax, exactly as typed.
    expect(await page.getByLabel('Text', { exact: true }).inputValue()).toBe(bodyText({ mistake: false }));

    await page.getByLabel('Headline', { exact: true }).fill(`${HEADLINE} (second take)`);
    await submit(page, 'Save');
    expect(await page.getByTestId('draft-notice').innerText()).toBe('Saved (revision 2).');
    const revisions = page.getByRole('list', { name: 'Revisions' });
    expect(await revisions.locator('[data-revision]').evaluateAll((items) => items.map((item) => item.getAttribute('data-revision')))).toEqual(['2', '1']);

    // Compare revision 1 with the current text, then restore it.
    await Promise.all([page.waitForNavigation(), revisions.getByRole('link', { name: /^Compare with the current text: Revision 1/ }).click()]);
    const diff = page.getByRole('list', { name: /Differences between revision 1 and the current text/ });
    expect(await diff.locator('del').allTextContents()).toEqual([`Removed: Headline: ${HEADLINE}`]);
    expect(await diff.locator('ins').allTextContents()).toEqual([`Added: Headline: ${HEADLINE} (second take)`]);
    await submit(page, 'Restore revision 1 as a new revision');
    expect(new URL(page.url()).pathname).toBe(`/editor/articles/${articleId}/edit`);
    expect(await page.getByTestId('draft-notice').innerText()).toBe('Revision 1 restored as revision 3.');
    expect(await page.getByLabel('Headline', { exact: true }).inputValue()).toBe(HEADLINE);
    expect(await page.locator('[data-revision="3"][data-kind="restore"]').count()).toBe(1);
    await context.close();
  }, 120_000);

  it('refuses the second of two editors saving the same revision, keeps their text and links to the comparison', async () => {
    const first = await noJsEditor(EDITOR);
    const second = await noJsEditor(OTHER);
    const edit = url(`/editor/articles/${articleId}/edit`);
    await first.page.goto(edit);
    await second.page.goto(edit);

    await first.page.getByLabel('Standfirst').fill('GANNET standfirst from the first editor.');
    await submit(first.page, 'Save');
    expect(await first.page.getByTestId('draft-notice').innerText()).toBe('Saved (revision 4).');

    const theirs = 'GANNET standfirst from the second editor, refused.';
    await second.page.getByLabel('Standfirst').fill(theirs);
    const conflict = await submit(second.page, 'Save');
    expect(conflict?.status()).toBe(200);
    const alert = second.page.getByRole('alert').first();
    expect(await alert.innerText()).toContain('Someone else saved this article (revision 4) after you opened it, so your save was refused.');
    expect(await second.page.getByLabel('Standfirst').inputValue()).toBe(theirs);
    const stored = await e2eDb().selectFrom('articles').select(['standfirst', 'version']).where('id', '=', articleId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ standfirst: 'GANNET standfirst from the first editor.', version: 4 });

    await Promise.all([second.page.waitForNavigation(), alert.getByRole('link', { name: 'Compare your text with revision 4' }).click()]);
    expect(await second.page.getByRole('heading', { level: 1 }).innerText()).toBe('Compare the refused save from revision 3 with the current text (revision 4)');
    expect(await second.page.locator('del').allTextContents()).toEqual([`Removed: Standfirst: ${theirs}`]);
    await first.context.close();
    await second.context.close();
  }, 120_000);

  it('lets no reader, feed, sitemap or card see the draft', async () => {
    const path = `/news/${slug}`;
    const article = await anonymous(path);
    expect(article.status).toBe(404);
    // (The topic's slug is left out of the search: a page answering /tag/<slug> may quote its own address.)
    for (const probe of [path, `${path}?_rsc=1`, '/', '/news', '/feed.xml', '/news/feed.xml', '/sitemap.xml', '/news-sitemap.xml', `/og/article/${slug}/x`, `/tag/gannet-secret-topic`]) {
      const answer = await anonymous(probe);
      const words = [HEADLINE, CANARY, SECRET_TOPIC, ...(probe.startsWith('/tag/') ? [] : ['gannet-secret-topic'])];
      expect({ probe, status: answer.status < 500, leaks: words.filter((word) => answer.body.includes(word)) }).toEqual({
        probe,
        status: true,
        leaks: [],
      });
    }
    expect((await anonymous(`/og/article/${slug}/x`)).status).toBe(404);
    expect((await anonymous('/tag/gannet-secret-topic')).status).toBe(404);
    // The editor's pages themselves are private and unindexed, and refuse strangers.
    const editPage = await anonymous(`/editor/articles/${articleId}/edit`);
    expect(editPage.status).toBe(303);
    expect(editPage.body).not.toContain(CANARY);
  });

  it('answers hostile posts to the new pages without a 5xx, and writes nothing', async () => {
    const { jar } = await signIn(EDITOR.email, EDITOR.password, { forwardedFor: '192.0.2.61' });
    const count = async () => (await e2eDb().selectFrom('article_revisions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const same = { cookie: jar.header(), origin: new URL(url('/')).origin };
    const posts: [string, RequestInit][] = [
      ['garbage form', { method: 'POST', headers: { ...same, 'content-type': 'application/x-www-form-urlencoded' }, body: 'headline=x&%%%' }],
      ['made-up action id', { method: 'POST', headers: { ...same, 'next-action': 'f'.repeat(42), 'content-type': 'text/plain' }, body: '["x"]' }],
      ['forged multipart action', { method: 'POST', headers: { ...same, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n\r\n--x--\r\n' }],
      ['1.5 MB body', { method: 'POST', headers: { ...same, 'content-type': 'application/x-www-form-urlencoded' }, body: `body=${'a'.repeat(1_500_000)}` }],
      [
        '1.5 MB multipart action',
        {
          method: 'POST',
          headers: { ...same, 'content-type': 'multipart/form-data; boundary=x' },
          body: `--x\r\nContent-Disposition: form-data; name="$ACTION_ID_abc"\r\n\r\n\r\n--x\r\nContent-Disposition: form-data; name="body"\r\n\r\n${'a'.repeat(1_500_000)}\r\n--x--\r\n`,
        },
      ],
      ['3 MB body', { method: 'POST', headers: { ...same, 'content-type': 'application/x-www-form-urlencoded' }, body: `body=${'a'.repeat(3_000_000)}` }],
      ['cross-site', { method: 'POST', headers: { cookie: jar.header(), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: 'x=1' }],
    ];
    const statuses: Record<string, number> = {};
    for (const path of ['/editor/articles/new', `/editor/articles/${articleId}/edit`]) {
      for (const [name, init] of posts) statuses[`${name} ${path}`] = (await fetch(url(path), { redirect: 'manual', ...init })).status;
    }
    console.info(`[figures] hostile posts to the editor pages: ${JSON.stringify(statuses)}`);
    expect(Object.entries(statuses).filter(([, status]) => status >= 500)).toEqual([]);
    expect(statuses['cross-site /editor/articles/new']).toBe(403);
    expect(await count()).toBe(before);
  }, 60_000);

  it('publishes it; a later edit stays invisible to readers until "Update live article", and the old address answers 308', async () => {
    const { context, page } = await noJsEditor(EDITOR);
    await page.goto(url(`/editor/articles/${articleId}/edit`));
    await submit(page, 'Publish now');
    expect(await page.getByTestId('draft-notice').innerText()).toBe('Published: readers see this version now.');

    const reader = await browser.newContext({ javaScriptEnabled: false });
    const readerPage = await reader.newPage();
    const published = await readerPage.goto(url(`/news/${slug}`));
    expect(published?.status()).toBe(200);
    expect(await readerPage.getByRole('heading', { level: 1 }).innerText()).toBe(HEADLINE);
    // textContent: blocks far down the page skip rendering until scrolled to (content-visibility).
    const text = (await readerPage.locator('main').textContent()) ?? '';
    for (const expected of [CANARY, 'What the harbour board decided', 'The cranes move again on Monday.', 'We were never asked.', 'Second point', 'Step two', 'GANNET caption of the North Basin', 'The board meeting in full']) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(await readerPage.getByRole('link', { name: SECRET_TOPIC }).count()).toBe(1);

    // Edit the live article: a new headline and address, saved but not yet live.
    await page.getByLabel('Headline', { exact: true }).fill(`${HEADLINE}, corrected`);
    await page.getByLabel('Address', { exact: true }).fill(`${slug}-corrected`);
    await submit(page, 'Save');
    expect(await page.getByRole('region', { name: 'Publication' }).innerText()).toContain('Readers still see the published version.');
    await readerPage.goto(url(`/news/${slug}`));
    expect(await readerPage.getByRole('heading', { level: 1 }).innerText()).toBe(HEADLINE);
    expect((await anonymous(`/news/${slug}-corrected`)).status).toBe(404);

    await submit(page, 'Update live article');
    expect(await page.getByTestId('draft-notice').innerText()).toBe('Published: readers see this version now.');
    const moved = await anonymous(`/news/${slug}`);
    // Next sends the Location of a freshly rendered redirect twice (identical; the section redirect does
    // the same), which fetch joins with ", ": compare the distinct values.
    expect({ status: moved.status, location: [...new Set(moved.location?.split(', '))] }).toEqual({ status: 308, location: [`/news/${slug}-corrected`] });
    await readerPage.goto(url(`/news/${slug}`));
    expect(new URL(readerPage.url()).pathname).toBe(`/news/${slug}-corrected`);
    expect(await readerPage.getByRole('heading', { level: 1 }).innerText()).toBe(`${HEADLINE}, corrected`);
    await reader.close();
    await context.close();
  }, 120_000);

  it('with JavaScript, saves twice in a row without a reload, each from the version the last save made', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithForm(page, EDITOR);
    await page.goto(url(`/editor/articles/${articleId}/edit`));
    const start = (await e2eDb().selectFrom('articles').select('version').where('id', '=', articleId).executeTakeFirstOrThrow()).version;
    for (const [i, standfirst] of ['GANNET standfirst with script, one.', 'GANNET standfirst with script, two.'].entries()) {
      await page.getByLabel('Standfirst').fill(standfirst);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByTestId('draft-notice').filter({ hasText: `Saved (revision ${start + i + 1}).` }).waitFor();
    }
    const row = await e2eDb().selectFrom('articles').select(['version', 'working_copy']).where('id', '=', articleId).executeTakeFirstOrThrow();
    expect(row.version).toBe(start + 2);
    expect(JSON.parse(row.working_copy ?? '{}')).toMatchObject({ standfirst: 'GANNET standfirst with script, two.' });
    await context.close();
  }, 60_000);

  it('has no axe violations on the new, edit (with errors) and compare pages at 390 and 1366 px', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInWithForm(page, EDITOR);
    const revision = await e2eDb().selectFrom('article_revisions').select('id').where('article_id', '=', articleId).where('version', '=', 1).executeTakeFirstOrThrow();
    const failures: string[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1366, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      const visits: [string, string, (() => Promise<void>) | null][] = [
        ['new', '/editor/articles/new', null],
        ['new with errors', '/editor/articles/new', async () => {
          await page.getByRole('button', { name: 'Create draft' }).click();
          await page.getByRole('alert').first().waitFor();
        }],
        ['edit', `/editor/articles/${articleId}/edit`, null],
        ['compare', `/editor/articles/${articleId}/revisions/${revision.id}`, null],
      ];
      for (const [name, path, act] of visits) {
        await page.goto(url(path));
        await act?.();
        await page.locator('details#formatting-guide').evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const violation of results.violations) failures.push(`${viewport.width}px ${name}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${viewport.width}px ${name}: scrolls sideways by ${overflow}px`);
      }
    }
    expect(failures).toEqual([]);
    await context.close();
  }, 180_000);
});
