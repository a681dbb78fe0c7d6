import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { closeE2eDb, e2eDb, ensureEditor, insertDraftCopy, signIn } from './editor-helpers';
import { describeWithBrowser, launchBrowser } from './support/browser';
import { baseUrl, url } from './support/site';
import { exifHasGps, jpegWithGps, solidPicture } from '@/tests/helpers/pictures';

/**
 * Issue 14, pictures, against the production build (scripts/server.mjs): with JavaScript an editor
 * uploads a photo from the edit page as the main picture and a second one into the text, saves and
 * publishes, and a reader sees both on the public article through the image optimiser
 * (/_next/image), with the photo's GPS position gone. Without JavaScript the page's plain upload
 * form comes back with the text to paste. The production server refuses an 11 MB upload with 413
 * before the route reads it, and keeps nothing.
 */

const EDITOR = { email: 'picture-editor@example.org', password: 'picture editor passphrase', name: 'Picture Editor' };
const ARTICLE_ID = 'media-e2e-001';
const HERO_ALT = 'OSPREY hero: a harbour crane at dawn';
const BODY_ALT = 'OSPREY body picture: two boats';

let browser: Browser;
let publicPath: string;

/** A browser context signed in as EDITOR (next-auth's credentials flow over HTTP, cookies handed over). */
async function editorContext(options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const { jar } = await signIn(EDITOR.email, EDITOR.password, { forwardedFor: '192.0.2.141' });
  const context = await browser.newContext({ ...options, viewport: { width: 1366, height: 900 } });
  const domain = new URL(baseUrl()).hostname;
  const cookies = jar.header().split('; ').map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), domain, path: '/' }));
  await context.addCookies(cookies);
  return context;
}

const mediaRows = async () => Number((await e2eDb().selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describeWithBrowser('pictures uploaded by editors', () => {
  beforeAll(async () => {
    await ensureEditor(EDITOR.email, EDITOR.password, EDITOR.name);
    publicPath = await insertDraftCopy({ id: ARTICLE_ID, slug: 'osprey-media-upload-story', headline: 'OSPREY-MEDIA the harbour in pictures' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    const { jar } = await signIn(EDITOR.email, EDITOR.password, { forwardedFor: '192.0.2.142' });
    await fetch(url(`/api/editor/articles/${ARTICLE_ID}`), { method: 'POST', headers: { 'content-type': 'application/json', cookie: jar.header(), origin: new URL(baseUrl()).origin }, body: JSON.stringify({ action: 'unpublish' }) });
    for (const path of ['/', '/news', '/feed.xml', '/news/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) await (await fetch(url(path))).text();
    await closeE2eDb();
  });

  it('uploads a main picture and a picture in the text with JavaScript, publishes, and readers see both through /_next/image', async () => {
    const context = await editorContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url(`/editor/articles/${ARTICLE_ID}/edit`));
    const uploader = page.getByTestId('picture-upload');
    await uploader.waitFor();

    await uploader.getByLabel('Picture file').setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps() });
    await uploader.getByLabel('Description of the new picture').fill(HERO_ALT);
    await uploader.getByRole('button', { name: 'Upload as main picture' }).click();
    await uploader.getByRole('status').filter({ hasText: 'Picture uploaded' }).waitFor();
    const heroSrc = await page.locator('input[name="heroSrc"]').inputValue();
    expect(heroSrc).toMatch(/^\/media\/[0-9a-f]{32}\.jpg$/);
    expect(await page.locator('input[name="heroAlt"]').inputValue()).toBe(HERO_ALT);
    // 200 x 100 with "rotate 90°" in its EXIF: stored upright.
    expect([await page.locator('input[name="heroWidth"]').inputValue(), await page.locator('input[name="heroHeight"]').inputValue()]).toEqual(['100', '200']);

    const body = page.locator('textarea[name="body"]');
    await body.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.length, element.value.length));
    await uploader.getByLabel('Picture file').setInputFiles({ name: 'boats.png', mimeType: 'image/png', buffer: await solidPicture('png', 1200, 800) });
    await uploader.getByLabel('Description of the new picture').fill(BODY_ALT);
    await uploader.getByRole('button', { name: 'Upload and insert in the text' }).click();
    await uploader.getByRole('status').filter({ hasText: 'in the text' }).waitFor();
    const line = /::image\[OSPREY body picture: two boats\]\((\/media\/[0-9a-f]{32}\.png)\)$/.exec(await body.inputValue());
    expect(line).not.toBeNull();
    const bodySrc = line?.[1] ?? '';

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('draft-notice').filter({ hasText: 'Saved (revision' }).waitFor();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByTestId('draft-notice').filter({ hasText: 'Published' }).waitFor();
    await context.close();

    // A reader: both pictures come through the optimiser, in a modern format, and show.
    const reader = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const readerPage = await reader.newPage();
    expect((await readerPage.goto(url(publicPath)))?.status()).toBe(200);
    for (const [src, alt] of [[heroSrc, HERO_ALT], [bodySrc, BODY_ALT]] as const) {
      const image = readerPage.locator(`main img[alt="${alt}"]`);
      await image.scrollIntoViewIfNeeded();
      expect(await image.getAttribute('src')).toContain(`/_next/image?url=${encodeURIComponent(src)}&w=`);
      await readerPage.waitForFunction((element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0, await image.elementHandle(), { timeout: 20_000 });
      const optimised = await fetch(new URL((await image.getAttribute('src')) ?? '', baseUrl()), { headers: { accept: 'image/avif,image/webp,*/*' } });
      expect([optimised.status, optimised.headers.get('content-type')]).toEqual([200, expect.stringMatching(/^image\/(avif|webp)$/)]);
    }
    await reader.close();

    // The stored photo itself: our type, nosniff, a year of caching, and no GPS position.
    const original = await fetch(url(heroSrc));
    expect([original.status, original.headers.get('content-type'), original.headers.get('x-content-type-options'), original.headers.get('cache-control')]).toEqual([200, 'image/jpeg', 'nosniff', 'public, max-age=31536000, immutable']);
    const metadata = await sharp(Buffer.from(await original.arrayBuffer())).metadata();
    expect([exifHasGps(metadata.exif), metadata.width, metadata.height]).toEqual([false, 100, 200]);
  }, 120_000);

  it('without JavaScript, the plain upload form comes back to the edit page with the text to paste', async () => {
    const context = await editorContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url(`/editor/articles/${ARTICLE_ID}/edit`));
    const form = page.locator('form[action="/api/editor/media"]');
    await form.getByLabel('Picture file').setInputFiles({ name: 'harbour.webp', mimeType: 'image/webp', buffer: await solidPicture('webp', 640, 480) });
    await form.getByLabel('Description of the new picture').fill('OSPREY without script');
    await Promise.all([page.waitForURL(/\/edit\?picture=/), form.getByRole('button', { name: 'Upload picture' }).click()]);
    const notice = page.getByTestId('picture-notice');
    expect(await notice.innerText()).toMatch(/Picture uploaded \(640 × 480\): \/media\/[0-9a-f]{32}\.webp/);
    expect(await notice.locator('pre').innerText()).toMatch(/^::image\[OSPREY without script\]\(\/media\/[0-9a-f]{32}\.webp\)$/);
    await context.close();
  }, 60_000);

  it('the production server takes a picture of nearly 10 MB, and refuses an 11 MB upload with 413 before the route reads it, keeping nothing', async () => {
    const { jar } = await signIn(EDITOR.email, EDITOR.password, { forwardedFor: '192.0.2.143' });
    // Noise does not compress: 1780 x 1780 RGB is a PNG of about 9.5 MB, over the 2 MiB every other route gets.
    const side = 1780;
    const noise = await sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
    expect(noise.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(noise.length).toBeLessThan(10 * 1024 * 1024);
    const form = new FormData();
    form.set('alt', 'OSPREY noise');
    form.set('file', new Blob([new Uint8Array(noise)], { type: 'image/png' }), 'noise.png');
    const accepted = await fetch(url('/api/editor/media'), { method: 'POST', body: form, headers: { cookie: jar.header(), origin: new URL(baseUrl()).origin, accept: 'application/json' } });
    expect([accepted.status, ((await accepted.json()) as { width: number }).width]).toEqual([201, side]);

    const rows = await mediaRows();
    const boundary = 'osprey-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nToo big\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    // node:http, declaring 11 MB and sending only the start: the server answers from the declared length
    // and closes, and a client still pushing megabytes at a closed socket would lose the answer to a reset.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(url('/api/editor/media'), {
        method: 'POST',
        headers: { cookie: jar.header(), origin: new URL(baseUrl()).origin, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(11 * 1024 * 1024) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.write(Buffer.concat([head, Buffer.alloc(64 * 1024, 0xff)]));
    });
    expect(status).toBe(413);
    expect(await mediaRows()).toBe(rows);
  }, 60_000);
});
