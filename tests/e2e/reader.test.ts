import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { url } from './support/site';

/**
 * The reader's journey through a production build: navigation, keyboard access, accessibility
 * (axe, WCAG 2.2 AA) at phone and desktop widths, no sideways scrolling at 320 px, tap target size.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Paths of a published English and the Arabic (RTL) article, found through the site's own links. */
let englishArticle: string;
let arabicArticle: string;
/** Uncaught errors in the pages, reported with the step that stalls or at the end of the journey. */
const pageErrors: string[] = [];

async function firstHref(selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`No link matches ${selector}`);
  return href;
}

describeWithBrowser('reader experience', () => {
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORTS[0] });
  page = await context.newPage();
  // A stuck step fails with Playwright's own message naming what it waited for, inside Jest's
  // budget for the test (a Jest timeout says only that the test took too long).
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  await page.goto(url('/'));
  englishArticle = await firstHref('main article[lang="en"] h2 a, main article[lang="en"] h3 a');
  await page.goto(url('/news'));
  const rtl = page.locator('main article[lang="ar"] a[href^="/"]');
  arabicArticle = (await rtl.count()) > 0 ? ((await rtl.first().getAttribute('href')) ?? '') : '';
  if (!arabicArticle) {
    await page.goto(url('/author/noor-haddad'));
    arabicArticle = await firstHref('main article[lang="ar"] a[href^="/"]');
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('reader journey', () => {
  it('goes from the home page to an article, its author and one of its topics', async () => {
    await page.goto(url('/'));
    const lead = page.locator('main article').first().locator('h2 a, h3 a').first();
    const headline = (await lead.textContent())?.trim() ?? '';
    const href = (await lead.getAttribute('href')) ?? '';
    await step('follow the lead story', async () => {
      await lead.click();
      // 'commit', not the default 'load': a client-side navigation fires no load event; the heading
      // check below is what says the article arrived.
      await page.waitForURL((u) => u.pathname === href, { waitUntil: 'commit' });
      await expectHeading(headline);
    });
    expect(await page.locator('article time[datetime]').count()).toBeGreaterThan(0);

    const author = page.locator('article header a[rel="author"]').first();
    const authorName = (await author.textContent())?.trim() ?? '';
    await step('follow the byline', async () => {
      await author.click();
      await page.waitForURL(/\/author\//, { waitUntil: 'commit' });
      await expectHeading(authorName);
    });

    await page.goto(url(englishArticle));
    const topic = page.getByRole('navigation', { name: 'Topics' }).getByRole('link').first();
    const topicName = (await topic.textContent())?.trim() ?? '';
    await step('follow a topic', async () => {
      await settleInView(topic);
      await topic.click();
      await page.waitForURL(/\/tag\//, { waitUntil: 'commit' });
      await expectHeading(topicName);
    });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('renders the Arabic article right to left in Arabic', async () => {
    await page.goto(url(arabicArticle));
    const article = page.locator('main > article');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.getAttribute('lang')).toBe('ar');
    const font = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(font).toMatch(/arabic/i);
  });

  it('answers 404 with the not-found page for an unknown article', async () => {
    const response = await page.goto(url('/news/this-story-does-not-exist'));
    expect(response?.status()).toBe(404);
    await expectHeading('We can’t find that page');
  });
});

/**
 * Scrolls `link` into view and waits until it stops moving. The topics sit below body blocks that
 * skip rendering while off screen (content-visibility: auto, sized by an estimate); brought into view
 * they take their real height, and on a busy machine the link can move between Playwright's check of
 * what lies under the pointer and the click itself (the journey stalled here now and then in CI).
 */
async function settleInView(link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  await link.evaluate(whereItSettles);
}

/** Runs one step of a journey; a failure names the step, the page it was on and any page errors. */
async function step(name: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${name}: stalled on ${page.url()} (page errors: ${JSON.stringify(pageErrors)})\n${reason}`);
  }
}

async function expectHeading(text: string) {
  // Waits until the page's first h1 carries the text: after a navigation the old page, or a
  // document still streaming in, may be what is there at first.
  await page.locator('h1').first().filter({ hasText: text }).waitFor();
  expect((await page.locator('h1').first().textContent())?.trim()).toContain(text);
}

describe('what a phone downloads', () => {
  const arabicFace = /arabic[^/]*\.woff2$/;

  it('leaves the Arabic face of a home-page headline far below the fold until the reader scrolls to it', async () => {
    // A fresh context: nothing cached, as on a first visit.
    const phone = await browser.newContext({ viewport: VIEWPORTS[0] });
    try {
      const home = await phone.newPage();
      const fetched: string[] = [];
      home.on('request', (request) => {
        if (arabicFace.test(request.url())) fetched.push(request.url());
      });
      await home.goto(url('/'), { waitUntil: 'load' });
      await home.waitForLoadState('networkidle');
      expect(fetched).toEqual([]);
      // The premise: the demo home page carries an Arabic headline after the top stories, which end
      // more than two screens down. Nothing after them is touched before the check below: reading a
      // box inside a deferred block (or a Playwright locator on it) lays that block out.
      const premise = await home.evaluate(() => {
        const topStories = document.getElementById('top-stories')?.closest('section');
        const arabic = document.querySelector('main article[lang="ar"]');
        return {
          afterTopStories: Boolean(topStories && arabic && topStories.compareDocumentPosition(arabic) & Node.DOCUMENT_POSITION_FOLLOWING),
          topStoriesEnd: topStories?.getBoundingClientRect().bottom ?? 0,
        };
      });
      expect(premise.afterTopStories).toBe(true);
      expect(premise.topStoriesEnd).toBeGreaterThan(2 * VIEWPORTS[0].height);
      expect(fetched).toEqual([]);

      const arabicCard = home.locator('main article[lang="ar"]').first();
      const faceRequested = home.waitForRequest((request) => arabicFace.test(request.url()));
      await arabicCard.scrollIntoViewIfNeeded();
      // Fails by timing out if scrolling there never asks for the face.
      await faceRequested;
      expect(await arabicCard.locator('h3').evaluate((h3) => h3.getBoundingClientRect().height)).toBeGreaterThan(0);
    } finally {
      await phone.close();
    }
  }, 60_000);
});

describe('keyboard', () => {
  it('reaches the skip link first, and Enter moves focus to the page heading', async () => {
    await page.goto(url(englishArticle));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, tag: document.activeElement?.tagName }));
    expect(focused).toEqual({ text: 'Skip to main content', tag: 'A' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-heading');
  });

  for (const viewport of VIEWPORTS) {
    it(`keeps each control on screen as Tab moves through an article to its topics at ${viewport.width} px (WCAG 2.4.11)`, async () => {
      await page.setViewportSize(viewport);
      await page.goto(url(englishArticle));
      const hidden: string[] = [];
      let reachedTopics = false;
      for (let presses = 0; presses < 80 && !reachedTopics; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.locator(':focus').evaluate(whereItSettles);
        reachedTopics = focused.inTopics;
        if (!focused.onScreen) hidden.push(`Tab ${presses + 1}: "${focused.name}" at y=${focused.top} in a ${viewport.height} px window`);
      }
      expect(reachedTopics).toBe(true);
      expect(hidden).toEqual([]);
    }, 60_000);
  }
});

/**
 * Runs in the page: waits until `element` and the page's scroll have stopped moving (a smooth scroll,
 * as readers get it, and any layout it caused; at most 300 frames), then says where it ended up.
 */
function whereItSettles(element: Element): Promise<{ name: string; top: number; onScreen: boolean; inTopics: boolean }> {
  return new Promise((resolve) => {
    let last = '';
    let frames = 0;
    let still = 0;
    const check = () => {
      const box = element.getBoundingClientRect();
      const now = `${scrollY}:${box.top}:${box.left}`;
      still = now === last ? still + 1 : 0;
      last = now;
      if (still < 10 && ++frames < 300) {
        requestAnimationFrame(check);
        return;
      }
      resolve({
        name: (element.textContent ?? '').trim().slice(0, 40) || element.tagName,
        top: Math.round(box.top),
        onScreen: box.bottom > 0 && box.top < innerHeight,
        inTopics: Boolean(element.closest('nav[aria-label="Topics"]')),
      });
    };
    requestAnimationFrame(check);
  });
}

const pagesUnderTest = (): [string, string][] => [
  ['home', '/'],
  ['section', '/news'],
  ['tag', '/tag/climate'],
  ['author', '/author/amara-okafor'],
  ['article (LTR)', englishArticle],
  ['article (RTL)', arabicArticle],
  ['404', '/news/this-story-does-not-exist'],
];

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  for (const viewport of VIEWPORTS) {
    it(`reports no violations at ${viewport.width}x${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      const failures: string[] = [];
      for (const [name, path] of pagesUnderTest()) {
        await page.goto(url(path));
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const violation of results.violations) {
          failures.push(`${name} ${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});

describe('small screens', () => {
  it('never scrolls sideways at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    for (const [name, path] of pagesUnderTest()) {
      await page.goto(url(path));
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      if (widths.scroll > widths.client) overflowing.push(`${name}: ${widths.scroll}px > ${widths.client}px`);
    }
    expect(overflowing).toEqual([]);
  }, 60_000);

  it('resizes text to 200% without sideways scrolling or clipped text (WCAG 1.4.4)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const [name, path] of pagesUnderTest()) {
      await page.goto(url(path));
      // Text-only zoom: every size in the stylesheet is in rem, so doubling the root doubles the text.
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways (${root.scrollWidth}px > ${root.clientWidth}px)`);
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, header *, footer *'))) {
          const style = getComputedStyle(el);
          const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
          // Deliberate truncation (line-clamped card text) is the same at every size; visually hidden text is for screen readers.
          if (!clips || style.webkitLineClamp !== 'none' || el.getBoundingClientRect().width <= 1) continue;
          if (!(el.textContent ?? '').trim()) continue;
          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
            out.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 3).join('.')} clips "${(el.textContent ?? '').trim().slice(0, 40)}"`);
          }
        }
        return out;
      });
      problems.push(...found.map((entry) => `${name}: ${entry}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('gives every control a 24x24 px tap target or the spacing WCAG 2.5.8 asks for', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const small: string[] = [];
    for (const [name, path] of pagesUnderTest()) {
      await page.goto(url(path));
      const found = await page.evaluate(() => {
        type Box = { left: number; top: number; right: number; bottom: number };
        const targets: { el: HTMLElement; box: Box }[] = [];
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea'))) {
          // Not targets for people: hidden from assistive technology and out of the tab order (honeypots).
          if (el.closest('[aria-hidden="true"]') || el.tabIndex < 0) continue;
          const rect = el.getBoundingClientRect();
          // Visually hidden until focused (the skip link).
          if (rect.width <= 1 || rect.height <= 1) continue;
          // WCAG 2.5.8's inline exception: links inside a sentence of text.
          const block = el.tagName === 'A' ? el.closest('p, figcaption') : null;
          if (block && (block.textContent ?? '').trim() !== (el.textContent ?? '').trim()) continue;
          targets.push({ el, box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } });
        }
        const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const out: string[] = [];
        for (const { el, box } of targets) {
          const width = box.right - box.left;
          const height = box.bottom - box.top;
          if (width >= 24 && height >= 24) continue;
          // WCAG 2.5.8's spacing exception: a 24 px square centred on the target touches no other target.
          const cx = (box.left + box.right) / 2;
          const cy = (box.top + box.bottom) / 2;
          const zone = { left: cx - 12, top: cy - 12, right: cx + 12, bottom: cy + 12 };
          if (!targets.some((other) => other.el !== el && overlaps(zone, other.box))) continue;
          out.push(`${el.tagName} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(width)}x${Math.round(height)}`);
        }
        return out;
      });
      small.push(...found.map((entry) => `${name}: ${entry}`));
    }
    expect(small).toEqual([]);
  }, 60_000);
});
});
