import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inlineScriptHashes } from '@/lib/http/inline-script-hashes.mjs';
import { closeE2eDb, e2eDb, ensureEditor, insertDraftCopy, signIn } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { baseUrl, url } from './support/site';

/**
 * A strict Content-Security-Policy on every page, cached ones included (issue 11, decision 0008):
 * no script-src allows 'unsafe-inline'; a cached page carries the hashes of exactly its own inline
 * scripts, so it hydrates in Chromium with zero CSP violations; editor pages keep their nonce; an
 * https image in an article is allowed.
 */

const EMAIL = 'csp-editor@example.org';
const PASSWORD = 'csp editor passphrase';
const IMAGE_ID = 'e2e-csp-https-image';
const IMAGE_SLUG = 'e2e-csp-https-image-story';
// Any https origin the content model accepts; a closed port answers at once, with no CSP involved.
const HTTPS_IMAGE = 'https://127.0.0.1:9/e2e-csp-hero.jpg';

let browser: Browser;
let articlePath: string;
let sectionPath: string;
let imagePath: string;

const directive = (policy: string, name: string) =>
  policy.split(';').map((part) => part.trim()).find((part) => part.split(/\s+/)[0] === name) ?? '';

async function get(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(url(path), { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Requests a page until Next serves it from its cache, and returns that response. */
async function cached(path: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await get(path);
    if (response.status === 200 && response.headers.get('x-nextjs-cache') === 'HIT') return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${path} was never served from the cache`);
}

/** Opens `path` recording every CSP violation (events and console), then runs `check`. */
async function visit(context: BrowserContext, path: string, check: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (line: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.goto(url(path), { waitUntil: 'load' });
  await check(page);
  await page.close();
  return violations;
}

/** React attaches its fiber to DOM nodes when it hydrates: true only if the page's scripts ran. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber'));
  }, undefined, { timeout: 10_000 });
}

describeWithBrowser('strict CSP on cached pages and editor pages', () => {
  beforeAll(async () => {
    await ensureEditor(EMAIL, PASSWORD, 'CSP Editor');
    const home = await (await fetch(url('/'))).text();
    articlePath = /<section aria-label="Lead story"[^]*?href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(home)?.[1] ?? '';
    sectionPath = `/${articlePath.split('/')[1]}`;
    // A published story whose hero is an https image from another origin.
    imagePath = await insertDraftCopy({ id: IMAGE_ID, slug: IMAGE_SLUG, headline: 'CSP check: a story with an https hero image' });
    const row = await e2eDb().selectFrom('articles').select('hero').where('id', '=', IMAGE_ID).executeTakeFirstOrThrow();
    const hero = { ...(JSON.parse(row.hero) as Record<string, unknown>), src: HTTPS_IMAGE };
    await e2eDb()
      .updateTable('articles')
      .set({ hero: JSON.stringify(hero), status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', IMAGE_ID)
      .execute();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    const db = e2eDb();
    await db.deleteFrom('article_authors').where('article_id', '=', IMAGE_ID).execute();
    await db.deleteFrom('article_tags').where('article_id', '=', IMAGE_ID).execute();
    await db.deleteFrom('articles').where('id', '=', IMAGE_ID).execute();
    await closeE2eDb();
  });

  it('sends cached pages the hashes of exactly their inline scripts, and no script-src allows unsafe-inline', async () => {
    expect(articlePath).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+$/);
    for (const path of ['/', articlePath, sectionPath, '/newsletters', '/newsletter/status/confirmed']) {
      const page = await cached(path);
      const scripts = directive(page.headers.get('content-security-policy') ?? '', 'script-src');
      const hashes = inlineScriptHashes(page.body);
      expect(hashes.length).toBeGreaterThan(3);
      expect(scripts).toBe(["script-src 'self'", ...hashes].join(' '));
      expect(page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
  });

  it('has no unsafe-inline script source on any other response either', async () => {
    const { jar } = await signIn(EMAIL, PASSWORD);
    const responses = await Promise.all([
      get('/editor/sign-in'),
      get('/editor', { headers: { cookie: jar.header() } }),
      get('/news/no-such-story'),
      get('/feed.xml'),
      get('/sitemap.xml'),
      get('/api/health'),
      get('/newsletter/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 404, 200, 200, 200, expect.any(Number)]);
    for (const response of responses) {
      const scripts = directive(response.headers.get('content-security-policy') ?? '', 'script-src');
      expect(scripts).toMatch(/^script-src 'self'/);
      expect(scripts).not.toContain("'unsafe-inline'");
    }
    // Editor pages are rendered per request: a fresh nonce, not hashes.
    expect(directive(responses[1]!.headers.get('content-security-policy') ?? '', 'script-src')).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  });

  it('lets other sites show the share cards, and only our pages use the rest', async () => {
    const article = await get(articlePath);
    const card = /<meta property="og:image" content="([^"]+)"/.exec(article.body)?.[1] ?? '';
    const image = await fetch(url(new URL(card).pathname));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('hydrates home, article, section and newsletter pages served from cache with zero CSP violations', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    for (const path of ['/', sectionPath]) {
      await cached(path);
      expect(await visit(context, path, hydrated)).toEqual([]);
    }
    await cached(articlePath);
    const articleViolations = await visit(context, articlePath, async (page) => {
      await hydrated(page);
      // The share control only works once its script ran.
      await page.locator('.share button').click();
      await page.locator('.share [role="status"]').filter({ hasText: /Link copied|Copy this link/ }).waitFor({ timeout: 5_000 });
    });
    expect(articleViolations).toEqual([]);
    await cached('/newsletters');
    const newsletterViolations = await visit(context, '/newsletters', async (page) => {
      await hydrated(page);
      const form = page.getByRole('form', { name: 'Choose your newsletters' });
      await page.locator('main fieldset input[type="checkbox"]').first().check();
      await form.getByLabel('Email address').fill(`e2e-csp-${Date.now()}@example.org`);
      await form.getByRole('checkbox', { name: /Email me the newsletters/ }).check();
      await form.getByRole('button', { name: 'Sign up' }).click();
      // Answered in place by the form's script (a plain post would leave the page).
      await page.getByText('If this address is not subscribed yet', { exact: false }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/newsletters');
    });
    expect(newsletterViolations).toEqual([]);
    await context.close();
  }, 90_000);

  it('loads an editor page with its nonce policy and zero CSP violations', async () => {
    const { jar } = await signIn(EMAIL, PASSWORD);
    const context = await browser.newContext();
    const host = new URL(baseUrl()).hostname;
    await context.addCookies(
      jar
        .header()
        .split('; ')
        .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), domain: host, path: '/' })),
    );
    const violations = await visit(context, '/editor', async (page) => {
      expect(new URL(page.url()).pathname).toBe('/editor');
      await hydrated(page);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows an https image from another origin in an article', async () => {
    const context = await browser.newContext();
    const violations = await visit(context, imagePath, async (page) => {
      expect(await page.locator(`img[src="${HTTPS_IMAGE}"]`).count()).toBeGreaterThan(0);
      await hydrated(page);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);
});
