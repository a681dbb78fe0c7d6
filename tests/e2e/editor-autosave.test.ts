import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_TAGS, closeE2eDb, e2eDb, ensureEditor, insertDraftCopy, signInInBrowser } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { url } from './support/site';

/**
 * Issue 14, "Nothing lost", in Chromium against the production build: typing in a draft's body is
 * autosaved within seconds (the status says "Saved"), survives a reload, and several autosaves in a
 * row leave one autosaved revision; a Read more card chosen with the picker is written into the
 * text and saved too. Two editors on one draft: the second one's autosave is refused with the
 * conflict named in the status, and neither text is overwritten.
 */

const WRITER = { email: 'autosave-writer@example.org', password: 'autosave writer passphrase', name: 'Autosave Writer' };
const RIVAL = { email: 'autosave-rival@example.org', password: 'autosave rival passphrase', name: 'Autosave Rival' };
const DRAFT_ID = 'e2e-autosave-1';
const CONFLICT_ID = 'e2e-autosave-2';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function editorPage(who: { email: string; password: string }): Promise<Page> {
  const { context, page } = await signInInBrowser(browser, who);
  contexts.push(context);
  return page;
}

const body = (page: Page) => page.getByLabel('Text', { exact: true });
const status = (page: Page) => page.locator('[data-autosave]');

/** Types at the end of the body like a person, a few words at a time. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await body(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

async function versionInForm(page: Page): Promise<number> {
  return Number(await page.locator('form.draft-form input[name="version"]').inputValue());
}

async function waitForVersion(page: Page, version: number): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector<HTMLInputElement>('form.draft-form input[name="version"]')?.value === String(expected), version, { timeout: 20_000 });
}

describeWithBrowser('autosave of drafts', () => {
  beforeAll(async () => {
    await ensureEditor(WRITER.email, WRITER.password, WRITER.name);
    await ensureEditor(RIVAL.email, RIVAL.password, RIVAL.name);
    await insertDraftCopy({ id: DRAFT_ID, slug: 'osprey-autosave-e2e', headline: 'OSPREY autosave draft' });
    await insertDraftCopy({ id: CONFLICT_ID, slug: 'osprey-autosave-conflict', headline: 'OSPREY autosave conflict' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await e2eDb().deleteFrom('articles').where('id', 'in', [DRAFT_ID, CONFLICT_ID]).execute();
    await closeE2eDb();
  });

  it('saves typing within seconds, keeps it over a reload, and coalesces several autosaves into one revision', async () => {
    const page = await editorPage(WRITER);
    await page.goto(url(`/editor/articles/${DRAFT_ID}/edit`));
    const start = await versionInForm(page);

    const answered = page.waitForResponse((response) => response.url().endsWith(`/api/editor/articles/${DRAFT_ID}/autosave`));
    await typeAtEnd(page, '\n\nOSPREY-AUTOSAVE-1 first words.');
    const first = await answered;
    expect(first.status()).toBe(200);
    expect(first.headers()['cache-control']).toMatch(/^private, no-store/);
    expect(first.headers()['x-robots-tag']).toMatch(/noindex/);
    await status(page).filter({ hasText: /^Saved \d\d:\d\d UTC$/ }).waitFor();
    await waitForVersion(page, start + 1);
    await typeAtEnd(page, ' OSPREY-AUTOSAVE-2 more words.');
    await waitForVersion(page, start + 2);

    // The Read more picker: search, choose, and the card is written into the text and autosaved.
    const target = await e2eDb()
      .selectFrom('articles as a')
      .innerJoin('sections as s', 's.id', 'a.section_id')
      .select(['a.headline', 'a.slug', 's.slug as section'])
      .where('a.id', '=', 'demo-001')
      .executeTakeFirstOrThrow();
    await page.getByRole('button', { name: 'Insert a Read more card' }).click();
    const looked = page.waitForResponse((response) => response.url().includes('/api/editor/articles/lookup?q='));
    await page.getByLabel('Find the article by headline, address or slug').fill(target.headline.slice(0, 20));
    expect((await looked).headers()['cache-control']).toMatch(/^private, no-store/);
    await page.getByRole('status').filter({ hasText: /found/ }).waitFor();
    await page.getByRole('button', { name: new RegExp(target.headline.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    expect(await body(page).inputValue()).toMatch(new RegExp(`OSPREY-AUTOSAVE-2 more words\\.\\n\\n::read-more\\[/${target.section}/${target.slug}\\]\\n$`));
    await waitForVersion(page, start + 3);
    // Publish (and Restore) name the editor's own autosaved version too.
    expect(await page.getByRole('region', { name: 'Publication' }).locator('input[name="version"]').inputValue()).toBe(String(start + 3));

    // The pickers open, with results and topic suggestions showing: nothing for axe to find, at 390 and 1366 px.
    await page.getByRole('button', { name: 'Insert a Read more card' }).click();
    await page.getByLabel('Find the article by headline, address or slug').fill(target.headline.slice(0, 20));
    await page.getByRole('status').filter({ hasText: /found/ }).waitFor();
    const topics = page.getByLabel('Topics');
    await topics.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(', c');
    await page.getByRole('list', { name: 'Existing topics' }).waitFor();
    if (process.env.AUTOSAVE_SCREENSHOT) await page.screenshot({ path: process.env.AUTOSAVE_SCREENSHOT, fullPage: true });
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${width}px: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
    await page.waitForTimeout(4_000);

    await page.reload();
    const text = await body(page).inputValue();
    expect(text).toContain('OSPREY-AUTOSAVE-1 first words. OSPREY-AUTOSAVE-2 more words.');
    expect(text).toContain(`::read-more[/${target.section}/${target.slug}]`);
    // Typing ', c' in Topics made an unfinished topic 'c', which the form accepts: one more autosave.
    expect(await versionInForm(page)).toBe(start + 4);

    const saves = page.locator('.draft-revision[data-kind="save"]');
    expect(await saves.count()).toBe(1);
    expect(await saves.first().getAttribute('data-revision')).toBe(String(start + 4));
    expect(await saves.first().innerText()).toMatch(/Revision \d+, autosaved[\s\S]*Autosaved by Autosave Writer, /);
    const stored = await e2eDb().selectFrom('article_revisions').select(['kind', 'version', 'autosave_since']).where('article_id', '=', DRAFT_ID).orderBy('version').execute();
    expect(stored.map((r) => `${r.version}:${r.kind}:${r.autosave_since ? 'auto' : ''}`)).toEqual([`${start}:baseline:`, `${start + 4}:save:auto`]);
  }, 120_000);

  it('refuses the second editor’s autosave with the conflict named, and overwrites nothing', async () => {
    const first = await editorPage(WRITER);
    const second = await editorPage(RIVAL);
    await first.goto(url(`/editor/articles/${CONFLICT_ID}/edit`));
    await second.goto(url(`/editor/articles/${CONFLICT_ID}/edit`));
    const start = await versionInForm(first);

    await typeAtEnd(first, '\n\nOSPREY-FIRST-EDITOR wins.');
    await waitForVersion(first, start + 1);
    await typeAtEnd(second, '\n\nOSPREY-SECOND-EDITOR typed meanwhile.');
    await status(second).filter({ hasText: `Someone else saved revision ${start + 1}: autosave stopped, see Compare` }).waitFor();
    const compare = status(second).getByRole('link', { name: 'Compare' });
    expect(await compare.getAttribute('href')).toMatch(new RegExp(`^/editor/articles/${CONFLICT_ID}/revisions/[A-Za-z0-9-]+$`));
    expect(await body(second).inputValue()).toContain('OSPREY-SECOND-EDITOR typed meanwhile.');
    expect(await versionInForm(second)).toBe(start);

    const row = await e2eDb().selectFrom('articles').select(['body', 'version']).where('id', '=', CONFLICT_ID).executeTakeFirstOrThrow();
    expect(Number(row.version)).toBe(start + 1);
    expect(row.body).toContain('OSPREY-FIRST-EDITOR wins.');
    expect(row.body).not.toContain('OSPREY-SECOND-EDITOR');
    const kept = await e2eDb().selectFrom('article_revisions').select(['kind', 'snapshot']).where('article_id', '=', CONFLICT_ID).where('kind', '=', 'conflict').execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.snapshot).toContain('OSPREY-SECOND-EDITOR typed meanwhile.');

    // Typing on after the conflict sends nothing more: only the editor can decide what to keep.
    await typeAtEnd(second, ' And more.');
    await second.waitForTimeout(4_000);
    expect(await e2eDb().selectFrom('article_revisions').select('id').where('article_id', '=', CONFLICT_ID).where('kind', '=', 'conflict').execute()).toHaveLength(1);
  }, 120_000);
});
