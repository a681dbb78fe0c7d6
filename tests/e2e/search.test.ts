import AxeBuilder from '@axe-core/playwright';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { freshLoopback, searchClient } from './support/search-client';
import fs from 'node:fs';
import path from 'node:path';
import { url } from './support/site';
import { readState } from './support/state';
import { requestFrom } from './editor-helpers';
import { SEARCH_RULES } from '@/lib/search/search-rate-limit';

/**
 * Site search on the production build: from the header field on a phone-width page to a result,
 * axe on the results page, the Arabic demo story found by a word of its body however it is written,
 * the headers that keep result pages briefly cacheable and unindexed, the OpenSearch description,
 * and the per-client limit.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ARABIC_PATH = '/news/ras-al-ghayma-solar-desalination-plant-opens';
const search = searchClient();

async function resultLinks(path: string): Promise<string[]> {
  const response = await search(path);
  expect(response.status).toBe(200);
  const document = parse(await response.text());
  return document.querySelectorAll('main ol li h2 a').map((a) => a.getAttribute('href') ?? '');
}

describeWithBrowser('searching from the header', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches from an article on a phone and opens a result', async () => {
    await page.goto(url('/news'));
    const article = await page.locator('main article[lang="en"] h2 a').first().getAttribute('href');
    await page.goto(url(article ?? '/'));
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search' });
    await field.fill('harbour');
    await Promise.all([page.waitForURL(/\/search\?q=harbour$/), field.press('Enter')]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Results for “harbour”');
    const first = page.locator('main ol li h2 a').first();
    const headline = (await first.textContent())?.trim() ?? '';
    await Promise.all([page.waitForURL((to) => !to.pathname.startsWith('/search')), first.click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(headline);
  });

  it('has no axe violations on the results page, at phone and desktop widths', async () => {
    const failures: string[] = [];
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
      await page.setViewportSize(viewport);
      for (const path of ['/search?q=harbour', '/search?q=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87', '/search', '/search?q=zzzzqqq']) {
        await page.goto(url(path));
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const violation of results.violations) failures.push(`${viewport.width} ${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('search results', () => {
  it.each([
    ['a word of its body', 'الصهاريج'],
    ['the word with diacritics', 'الصَّهَارِيجُ'],
    ['hamza on the alef', 'الأمهات'],
    ['bare alef and tashkeel', 'الْامَّهات'],
    ['tatweel and an RTL mark', 'الـــأمهات\u200f'],
  ])('find the Arabic demo story by %s', async (_name, word) => {
    expect(await resultLinks(`/search?q=${encodeURIComponent(word)}`)).toEqual([ARABIC_PATH]);
  });

  it('mark the matched words, server-side', async () => {
    const body = await (await search('/search?q=harbour')).text();
    expect(body).toMatch(/<mark>harbour<\/mark>/i);
  });

  it('are cacheable by a CDN for a short time, purged with the articles, and never indexed', async () => {
    const response = await search('/search?q=harbour');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('surrogate-key')).toBe('articles');
    const robots = parse(await response.text()).querySelector('meta[name="robots"]')?.getAttribute('content');
    expect(robots).toMatch(/noindex/);
  });

  it('page like the list pages, keeping the query', async () => {
    const body = parse(await (await search('/search?q=the')).text());
    const next = body.querySelector('nav[aria-label="Pagination"] a[rel="next"]')?.getAttribute('href');
    expect(next).toBe('/search?q=the&page=2');
    expect((await resultLinks(next ?? '')).length).toBeGreaterThan(0);
  });
});

describe('the header field and the OpenSearch description', () => {
  it('are on every reader page, LTR and RTL', async () => {
    for (const path of ['/', '/news', '/tag/climate', '/author/amara-okafor', ARABIC_PATH, '/newsletters', '/search?q=harbour']) {
      const document = parse(await (await search(path)).text());
      const form = document.querySelector('header form[role="search"]');
      expect({ path, action: form?.getAttribute('action'), input: form?.querySelector('input[type="search"][name="q"]')?.getAttribute('aria-label') }).toEqual({
        path,
        action: '/search',
        input: 'Search',
      });
      const link = document.querySelector('link[rel="search"]');
      expect({ path, type: link?.getAttribute('type'), href: link?.getAttribute('href') }).toEqual({
        path,
        type: 'application/opensearchdescription+xml',
        href: '/opensearch.xml',
      });
    }
  });

  it('describes the search for browsers', async () => {
    const response = await fetch(url('/opensearch.xml'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/opensearchdescription+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<ShortName>Meridian</ShortName>');
    expect(xml).toContain(`<Url type="text/html" method="get" template="${url('/search?q={searchTerms}')}"/>`);
  });
});

describe('the per-client limit', () => {
  it('answers 429 with Retry-After past the limit, uncached, and leaves other clients alone', async () => {
    const client = freshLoopback();
    const statuses: number[] = [];
    for (let i = 0; i < SEARCH_RULES.perIp.limit; i++) statuses.push((await requestFrom(client, `/search?q=limit${i}`)).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const limited = await requestFrom(client, '/search?q=one+more', { headers: { 'X-Forwarded-For': '198.51.100.7' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('cache-control')).toMatch(/no-store/);
    expect(await limited.text()).toContain('Too many searches');
    expect((await search('/search?q=harbour')).status).toBe(200);
  }, 60_000);
});

describe('the server log', () => {
  // Operators read this log; a clock-read error per search (Next's "unstable value while prerendering") buried real ones.
  it('stays free of clock-read render errors for the search page after every search above', async () => {
    expect((await search('/search?q=harbour+log')).status).toBe(200);
    const log = fs.readFileSync(path.join(readState().dataDir, 'server.log'), 'utf8');
    expect(log.match(/^Error: Route "\/search": Next\.js encountered the unstable value.*$/gm) ?? []).toEqual([]);
  });
});
