import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { freePort, productionServerEnv, startNext, stopNext } from './support/server';
import { readState } from './support/state';

/**
 * Subscribing the way readers do, against the production build: from an article's inline promo
 * with JavaScript (answer shown in place) and without it (plain post, result page), then
 * confirming from the mail the server wrote to its outbox (no SMTP_URL in the e2e server).
 * NEWSLETTER_E2E_BASE_URL / NEWSLETTER_E2E_DATA_DIR point it at another server.
 */

const base = () => process.env.NEWSLETTER_E2E_BASE_URL ?? readState().baseUrl;
const outbox = () => path.join(process.env.NEWSLETTER_E2E_DATA_DIR ?? readState().dataDir, 'outbox');
const url = (pathname: string) => new URL(pathname, `${base()}/`).toString();
/** A demo article whose body carries a newsletter promo (The Morning Briefing). */
const ARTICLE = '/news/calvera-port-strike-dockworkers-walk-out-over-automation-plan';

let browser: Browser;

async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const files = fs.existsSync(outbox()) ? fs.readdirSync(outbox()).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(outbox(), file));
      if (!raw.includes(address)) continue;
      const mail = await simpleParser(raw);
      if (subject.test(mail.subject ?? '')) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail "${subject}" for ${address} in ${outbox()}`);
}

function confirmLink(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/newsletter\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error('no confirmation link in the mail');
  return link;
}

const address = (tag: string) => `e2e-${tag}-${randomBytes(4).toString('hex')}@example.org`;

async function fillPromo(page: Page, email: string) {
  const form = page.locator('main form[action="/api/newsletter"]').first();
  await form.getByLabel('Email address').fill(email);
  await form.getByRole('checkbox').last().check();
  await form.getByRole('button', { name: 'Sign up' }).click();
}

describeWithBrowser('newsletter signup in the browser', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('subscribes from an article with JavaScript: the answer appears in place and takes focus', async () => {
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    const email = address('js');
    await page.goto(url(ARTICLE));
    await fillPromo(page, email);
    const message = page.getByText('If this address is not subscribed yet', { exact: false });
    await message.waitFor();
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
    expect(await message.evaluate((el) => el === document.activeElement && el.closest('[role="status"], [aria-live]') !== null)).toBe(true);

    // The link in the mail opens a page that confirms by itself (script-submitted POST).
    await page.goto(confirmLink(await mailTo(email, /^Confirm your subscription/)));
    await page.waitForURL(/\/newsletter\/status\/confirmed$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You are subscribed');
    await context.close();
  }, 60_000);

  it('subscribes from an article without JavaScript: plain post, result page, confirm button', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const email = address('nojs');
    await page.goto(url(ARTICLE));
    await fillPromo(page, email);
    await page.waitForURL(/\/newsletter\/status\/check-inbox$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your inbox');

    const link = confirmLink(await mailTo(email, /^Confirm your subscription/));
    await page.goto(link);
    // Without script nothing happens until the reader presses the button.
    expect(new URL(page.url()).pathname).toBe('/newsletter/confirm');
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.waitForURL(/\/newsletter\/status\/confirmed$/);

    // The welcome mail's one-click unsubscribe works exactly as a mail provider calls it.
    const welcome = await mailTo(email, /^Welcome to/);
    const header = welcome.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    const oneClick = /<(https?:\/\/[^>]+\/newsletter\/unsubscribe\?token=[^>]+)>/.exec(header.replace(/\r?\n\s+/g, ''))?.[1];
    expect(oneClick).toBeDefined();
    const response = await fetch(oneClick!.replace(/^https?:\/\/[^/]+/, base()), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(response.status).toBe(200);
    await context.close();
  }, 60_000);

  it('offers every active newsletter on /newsletters and refuses a cross-site post', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/newsletters'));
    const boxes = page.locator('main fieldset input[type="checkbox"]');
    const names = await page.locator('main fieldset label').allTextContents();
    expect(names).not.toContain('Election Night');
    expect(await boxes.count()).toBeGreaterThanOrEqual(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const email = address('page');
    // The page's own form, not the footer signup that every page carries.
    const form = page.getByRole('form', { name: 'Choose your newsletters' });
    await form.getByLabel('Email address').fill(email);
    await form.getByRole('checkbox', { name: /Email me the newsletters/ }).check();
    await form.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('If this address is not subscribed yet', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/newsletters');

    // With JavaScript the confirmation page submits itself.
    await page.goto(confirmLink(await mailTo(email, /^Confirm your subscription/)));
    await page.waitForURL(/\/newsletter\/status\/confirmed$/);

    const crossSite = await fetch(url('/api/newsletter'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      body: 'email=victim%40example.org&newsletter=morning-briefing&consent=yes',
    });
    expect(crossSite.status).toBe(403);
    const get = await fetch(url('/api/newsletter'));
    expect(get.status).toBe(405);
    await context.close();
  }, 60_000);
});

/**
 * Issue 11 item 1: a reader reaches the site at an address that is not SITE_URL (127.0.0.1, localhost
 * on another port, a LAN address on a phone) and must still be able to subscribe. A second production
 * server runs from the suite's build and database with SITE_URL=http://localhost:3000 (where nothing
 * listens). `lan.test` is mapped to 127.0.0.1 inside Chromium: like a phone's http://192.168.x.y, it is
 * not a secure context, so Chromium sends no Sec-Fetch-Site and the server has Origin and Host only.
 */
describeWithBrowser('newsletter signup at an address other than SITE_URL', () => {
  const REFUSED = 'This form can only be sent from our own pages.';
  let server: ChildProcess | undefined;
  let lanBrowser: Browser | undefined;
  let dataDir = '';
  let sites: string[] = [];

  beforeAll(async () => {
    const state = readState();
    const port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-origin-'));
    const env = productionServerEnv({
      distDir: state.distDir,
      databaseUrl: state.databaseUrl,
      base: 'http://localhost:3000',
      dataDir,
      nextAuthSecret: state.nextAuthSecret,
    });
    sites = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://lan.test:${port}`];
    [server, lanBrowser] = await Promise.all([
      startNext(env, port),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP lan.test 127.0.0.1'], headless: true }),
    ]);
  }, 90_000);
  afterAll(async () => {
    await lanBrowser?.close();
    await stopNext(server);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Signs up from the article's promo at `site` and returns what the reader is shown. */
  async function signUpAt(site: string, javaScriptEnabled: boolean): Promise<string> {
    const context = await lanBrowser!.newContext({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(`${site}${ARTICLE}`);
      await fillPromo(page, address(javaScriptEnabled ? 'site-js' : 'site-nojs'));
      if (javaScriptEnabled) {
        const answer = page.getByText(/If this address is not subscribed yet|can only be sent from our own pages/).first();
        await answer.waitFor();
        return `${site}: ${await answer.textContent()}`;
      }
      await page.waitForURL((target) => target.pathname !== ARTICLE);
      const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      return `${site}: ${await page.getByRole('heading', { level: 1 }).textContent()} / ${main}`;
    } finally {
      await context.close();
    }
  }

  it('with JavaScript, at 127.0.0.1, at localhost and at a LAN name: the answer appears in place', async () => {
    const answers: string[] = [];
    for (const site of sites) answers.push(await signUpAt(site, true));
    expect(answers).toEqual(sites.map((site) => expect.stringContaining(`${site}: Thanks. If this address is not subscribed yet`)));
    expect(answers.join('\n')).not.toContain(REFUSED);
  }, 90_000);

  it('without JavaScript, at 127.0.0.1, at localhost and at a LAN name: the "Check your inbox" page', async () => {
    const answers: string[] = [];
    for (const site of sites) answers.push(await signUpAt(site, false));
    expect(answers).toEqual(sites.map((site) => expect.stringContaining(`${site}: Check your inbox / Check your inbox If this address is not subscribed yet`)));
    expect(answers.join('\n')).not.toContain(REFUSED);
  }, 90_000);
});
