/**
 * @jest-environment node
 *
 * Over 300 lines on purpose: each hostile upload shares the one set-up of folder, database and session.
 *
 * Issue 14, pictures: the upload route (POST /api/editor/media) and the picture route
 * (GET /media/<key>) as Next calls them, on a real SQLite and PostgreSQL database and a real media
 * folder. A good upload is stored once, re-encoded, and served back; every hostile one (wrong
 * types, a PNG that is a script, 11 MB, a decompression bomb, path tricks in file names, no
 * description, no session, another site) gets a clear 4xx, no 5xx, and leaves no row and no file.
 * next/headers is mocked to hand the handlers the request under test, as in the other editor suites.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import type { Editor } from '@/lib/auth/editors';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '@/tests/helpers/db';
import { decompressionBombPng, exifHasGps, jpegWithGps, scriptDressedAsPng, solidPicture } from '@/tests/helpers/pictures';
import { chunkedBody, originHeaders, runCorpus, summary, type HostileCase, type RequestOrigin } from './hostile-helpers';
import { forgedSessions, goodSession } from './hostile-sessions';

let current: NextRequest | undefined;

jest.mock('next/headers', () => ({
  cookies: async () => ({ getAll: () => current?.cookies.getAll() ?? [], get: (name: string) => current?.cookies.get(name) }),
  headers: async () => new Headers(current?.headers),
  draftMode: async () => ({ isEnabled: false, enable: () => undefined, disable: () => undefined }),
}));
jest.mock('next/server', () => ({ ...jest.requireActual<object>('next/server'), connection: async () => undefined }));

jest.setTimeout(240_000);

const SITE = 'http://news.test';
const SECRET = 'media-upload-secret-0123456789abcdef0123456789';
const PASSWORD = 'media upload passphrase';
const BOUNDARY = '----MeridianTestBoundary7d3f';
const MB = 1024 * 1024;

type Part = { name: string; value: string } | { name: string; filename: string; type?: string; data: Buffer };

/** A multipart body written by hand, so file names and part headers can be anything a client sends. */
function multipart(parts: readonly Part[], boundary = BOUNDARY): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ('value' in part) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`, 'utf8'));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type ?? 'application/octet-stream'}\r\n\r\n`, 'utf8'));
      chunks.push(part.data, Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

interface Call {
  cookie?: string;
  origin?: RequestOrigin;
  type?: string | null;
  html?: boolean;
  headers?: Record<string, string>;
  chunked?: number;
}

function uploadRequest(body: Buffer | undefined, call: Call): NextRequest {
  const headers: Record<string, string> = { host: 'news.test', accept: call.html ? 'text/html,application/xhtml+xml' : 'application/json', ...call.headers };
  if (call.cookie) headers.cookie = call.cookie;
  Object.assign(headers, originHeaders(call.origin ?? 'same', SITE));
  const type = call.type === undefined ? `multipart/form-data; boundary=${BOUNDARY}` : call.type;
  if (type) headers['content-type'] = type;
  const stream = call.chunked === undefined ? null : chunkedBody(call.chunked);
  current = new NextRequest(`${SITE}/api/editor/media`, { method: 'POST', headers, ...(stream ?? { body }) } as ConstructorParameters<typeof NextRequest>[1]);
  return current;
}

/** Every file in the media folder, temporary ones included. */
function filesIn(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

describeEachDialect('picture uploads', (dialect) => {
  let test: TestDatabase;
  let dataDir: string;
  let mediaDir: string;
  let editor: Editor;
  let session: string;
  let forged: { name: string; cookie: string }[];
  let upload: typeof import('@/app/api/editor/media/route');
  let serve: typeof import('@/app/media/[key]/route');
  let resetLimit: () => Promise<void>;

  const send = (parts: readonly Part[] | Buffer | undefined, call: Call = {}) =>
    upload.POST(uploadRequest(Array.isArray(parts) ? multipart(parts) : (parts as Buffer | undefined), { cookie: session, ...call }));
  const getMedia = (key: string) => serve.GET(new Request(`${SITE}/media/x`), { params: Promise.resolve({ key }) });
  const rowCount = async () => Number((await test.db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    jest.resetModules();
    test = await createTestDatabase(dialect);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-media-'));
    mediaDir = path.join(dataDir, 'media');
    Object.assign(process.env, { DATABASE_URL: test.url, SEED_DEMO: 'false', SITE_URL: SITE, NEXTAUTH_URL: SITE, NEXTAUTH_SECRET: SECRET, SESSION_MAX_AGE_HOURS: '8', TRUST_PROXY: 'false', MERIDIAN_DATA_DIR: dataDir, REDIS_URL: '' });
    const { createEditor, disableEditor, resetEditorPassword } = await import('@/lib/auth/editors');
    editor = await createEditor(test.db, { email: `media-${dialect}@example.org`, name: 'Picture Editor' }, PASSWORD);
    const disabled = await createEditor(test.db, { email: `media-off-${dialect}@example.org`, name: 'Off' }, PASSWORD);
    const disabledNow = await disableEditor(test.db, disabled.email);
    const reset = await createEditor(test.db, { email: `media-reset-${dialect}@example.org`, name: 'Reset' }, PASSWORD);
    await resetEditorPassword(test.db, reset.email, 'another passphrase entirely');
    session = await goodSession(SECRET, editor);
    forged = await forgedSessions(SECRET, { good: editor, disabled: disabledNow, reset: { ...reset, staleVersion: reset.sessionVersion } });
    upload = await import('@/app/api/editor/media/route');
    serve = await import('@/app/media/[key]/route');
    const { getRateLimiter } = await import('@/lib/http/rate-limiter');
    const { UPLOAD_RULE } = await import('@/lib/media/upload-route');
    resetLimit = () => getRateLimiter().reset(UPLOAD_RULE, editor.id);
  });

  beforeEach(async () => {
    await resetLimit();
  });

  afterAll(async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb()).destroy();
    await test?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a JPEG without its GPS position, upright, and serves it back with its type, nosniff and a year of caching', async () => {
    const response = await send([
      { name: 'alt', value: 'A harbour crane at dawn' },
      { name: 'file', filename: 'IMG_0042.JPG', type: 'image/jpeg', data: await jpegWithGps() },
    ]);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const body = (await response.json()) as { src: string; width: number; height: number; alt: string; text: string };
    expect(body).toEqual({ src: expect.stringMatching(/^\/media\/[0-9a-f]{32}\.jpg$/), width: 100, height: 200, alt: 'A harbour crane at dawn', text: `::image[A harbour crane at dawn](${body.src})` });
    const key = body.src.slice('/media/'.length);
    expect(filesIn(mediaDir)).toEqual([key]);
    const row = await test.db.selectFrom('media').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
    expect({ ...row, width: Number(row.width), height: Number(row.height), bytes: Number(row.bytes) }).toEqual({
      key, mime: 'image/jpeg', width: 100, height: 200, bytes: fs.statSync(path.join(mediaDir, key)).size, alt: 'A harbour crane at dawn', uploaded_by: editor.id, created_at: expect.any(String),
    });

    const served = await getMedia(key);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(path.join(mediaDir, key)))).toBe(true);
    const metadata = await sharp(bytes).metadata();
    expect([metadata.width, metadata.height, exifHasGps(metadata.exif), metadata.exif]).toEqual([100, 200, false, undefined]);

    // The size of an uploaded picture is found by the draft's lookups, so editors need not type it.
    const { pictureSizes } = await import('@/lib/editorial/draft-lookups');
    const sizes = await pictureSizes(test.db, [body.src, '/media/00000000000000000000000000000000.jpg']);
    expect([...sizes]).toEqual([[body.src, { width: 100, height: 200 }], ['/media/00000000000000000000000000000000.jpg', undefined]]);
  });

  it('answers a plain form post with a 303 back to the edit page, which names the picture by key only', async () => {
    const response = await send(
      [
        { name: 'returnTo', value: '/editor/articles/demo-001/edit' },
        { name: 'alt', value: 'Two boats' },
        { name: 'file', filename: 'boats.png', type: 'image/png', data: await solidPicture('png') },
      ],
      { html: true },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/editor\/articles\/demo-001\/edit\?picture=[0-9a-f]{32}\.png#picture-upload$/);
    const key = /picture=([^#]+)/.exec(response.headers.get('location') ?? '')?.[1] ?? '';
    const { uploadedPictureOf } = await import('@/lib/media/upload');
    expect(await uploadedPictureOf(test.db, key)).toEqual({ key, src: `/media/${key}`, width: 64, height: 48, alt: 'Two boats', text: `::image[Two boats](/media/${key})` });
    expect(await uploadedPictureOf(test.db, '../../etc/passwd')).toBeNull();
  });

  it('ignores the file name: a real picture named like a path is stored under a random key in the media folder and nowhere else', async () => {
    const parent = path.dirname(dataDir);
    const aroundBefore = fs.readdirSync(parent).sort();
    const dataBefore = fs.readdirSync(dataDir).sort();
    const names = ['../../etc/passwd.jpg', '..\\..\\windows\\win.ini.jpg', `nul\u0000byte.jpg`, `${'x'.repeat(5000)}.jpg`, '/etc/cron.d/job.jpg', '%2e%2e%2fescape.jpg', 'photo.jpg\r\nX-Injected: 1'];
    const jpeg = await solidPicture('jpeg');
    for (const filename of names) {
      const before = filesIn(mediaDir);
      const response = await send([{ name: 'alt', value: 'A test card' }, { name: 'file', filename, type: 'image/jpeg', data: jpeg }]);
      // Either the name is ignored (201) or the multipart parser refuses the header (400): never anything else.
      expect([filename.slice(0, 30), [201, 400].includes(response.status)]).toEqual([filename.slice(0, 30), true]);
      const added = filesIn(mediaDir).filter((file) => !before.includes(file));
      if (response.status === 201) expect(added).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.jpg$/)]);
      else expect(added).toEqual([]);
    }
    expect(fs.readdirSync(parent).sort()).toEqual(aroundBefore);
    expect(fs.readdirSync(dataDir).sort()).toEqual(dataBefore);
  });

  it('refuses every hostile upload and picture request with a clear 4xx and writes nothing', async () => {
    const jpeg = await solidPicture('jpeg');
    const png = await solidPicture('png');
    const good = (data: Buffer, filename = 'photo.jpg', type = 'image/jpeg'): Part[] => [{ name: 'alt', value: 'A described picture' }, { name: 'file', filename, type, data }];
    const cases: HostileCase[] = [];
    const add = (name: string, run: () => Promise<Response>, expect: HostileCase['expect'], check?: HostileCase['check']) => {
      let before: string[] = [];
      cases.push({
        name,
        send: async () => {
          before = filesIn(mediaDir);
          return run();
        },
        expect,
        check: (response, body) => {
          const after = filesIn(mediaDir);
          if (after.join() !== before.join()) return `files changed: ${after.filter((file) => !before.includes(file)).join(', ')}`;
          return check?.(response, body) ?? null;
        },
      });
    };
    const saysInWords = (pattern: RegExp) => (_response: Response, body: string) => (pattern.test(body) ? null : `message ${body.slice(0, 120)}`);

    // Wrong types, whatever the name and declared type say.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(1)</script></svg>');
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    for (const [label, data] of [['GIF', await solidPicture('gif')], ['SVG', svg], ['HTML', html], ['plain text', Buffer.from('hello, this is text')], ['PDF', Buffer.from('%PDF-1.7\n1 0 obj\n')], ['ZIP', Buffer.from('PK\u0003\u0004rest')], ['ELF', Buffer.from('\u007fELF\u0002\u0001\u0001')]] as const) {
      add(`${label} named photo.jpg, image/jpeg`, () => send(good(data)), 415, saysInWords(/JPEG, PNG, WebP or AVIF/));
      add(`${label} named photo.png, image/png`, () => send(good(data, 'photo.png', 'image/png')), 415);
    }
    add('HEIC-branded file named .avif', () => send(good(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]), 'x.avif', 'image/avif')), 415);

    // A PNG that is really a script: the signature, the name and the type all say PNG.
    add('script behind a PNG signature, shell.png', () => send(good(scriptDressedAsPng(), 'shell.png', 'image/png')), 400, saysInWords(/damaged or incomplete/));
    add('PHP script named shell.png, image/png', () => send(good(Buffer.from('<?php system($_GET["c"]); ?>'), 'shell.png', 'image/png')), 415);
    add('script named shell.php.png', () => send(good(Buffer.from('<script>alert(1)</script>'), 'shell.php.png', 'image/png')), 415);
    add('truncated PNG', () => send(good(png.subarray(0, png.length - 20), 'cut.png', 'image/png')), 400);
    add('truncated JPEG', () => send(good(jpeg.subarray(0, Math.floor(jpeg.length / 2)))), 400);

    // Decompression bomb: a small PNG declaring 30000 x 30000.
    add('decompression bomb 30000x30000 PNG', () => send(good(decompressionBombPng(30_000), 'bomb.png', 'image/png')), 422, saysInWords(/too many pixels/));
    add('decompression bomb 100000x100000 PNG', () => send(good(decompressionBombPng(100_000), 'bomb.png', 'image/png')), [400, 422]);

    // Sizes: the whole body and the file itself.
    const elevenMb = multipart(good(Buffer.alloc(11 * MB, 0xff)));
    add('11 MB body with Content-Length', () => send(elevenMb, { headers: { 'content-length': String(elevenMb.length) } }), 413, saysInWords(/larger than 10 MB/));
    add('11 MB body without Content-Length (streamed)', () => send(elevenMb), 413);
    add('11 MB chunked body', () => send(undefined, { chunked: 11 * MB }), 413);
    add('file of 10 MiB + 1 byte', () => send(good(Buffer.alloc(10 * MB + 1, 0xff))), 413);
    add('empty file', () => send(good(Buffer.alloc(0))), 400);

    // Path tricks in the file name, with contents that are not a picture (so nothing may be kept).
    for (const filename of ['../../etc/passwd.jpg', '..%2f..%2fetc%2fpasswd.jpg', '/etc/passwd', `a\u0000.jpg`, `${'a'.repeat(10_000)}.jpg`, '..\\..\\boot.ini', 'CON.jpg']) {
      add(`file name ${JSON.stringify(filename).slice(0, 40)}`, () => send(good(Buffer.from('root:x:0:0:root:/root:/bin/bash\n'), filename)), [400, 415]);
    }

    // The description is required, and one line of text.
    add('no alt field', () => send([{ name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400, saysInWords(/Describe the picture/));
    add('empty alt', () => send([{ name: 'alt', value: '' }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400, saysInWords(/Describe the picture/));
    add('whitespace alt', () => send([{ name: 'alt', value: ' \t  ' }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400);
    add('401-character alt', () => send([{ name: 'alt', value: 'a'.repeat(401) }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400);
    add('alt with a NUL', () => send([{ name: 'alt', value: 'a\u0000b' }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400);
    add('alt as a file', () => send([{ name: 'alt', filename: 'alt.txt', type: 'text/plain', data: Buffer.from('x') }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }]), 400);
    add('no file', () => send([{ name: 'alt', value: 'A picture' }]), 400, saysInWords(/Choose a picture file/));
    add('file as a text field', () => send([{ name: 'alt', value: 'A picture' }, { name: 'file', value: 'photo.jpg' }]), 400);
    add('two files', () => send([...good(jpeg), { name: 'file', filename: 'b.jpg', type: 'image/jpeg', data: jpeg }]), 400);
    add('missing alt, plain form post (HTML page)', () => send([{ name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: jpeg }], { html: true }), 400, (response) => (/^text\/html/.test(response.headers.get('content-type') ?? '') ? null : 'not an HTML answer'));

    // Who may upload.
    add('no session', () => send(good(jpeg), { cookie: '' }), 401);
    add('no session, plain form post (303 to sign-in)', () => send(good(jpeg), { cookie: '', html: true }), 303, (response) => (/^\/editor\/sign-in\?callbackUrl=/.test(response.headers.get('location') ?? '') ? null : `Location ${response.headers.get('location')}`));
    for (const session of forged) add(`session: ${session.name}`, () => send(good(jpeg), { cookie: session.cookie }), 401);
    for (const origin of ['cross', 'foreign-origin', 'null-origin'] as const) add(`${origin} with a good session`, () => send(good(jpeg), { origin }), 403);
    add('Sec-Fetch-Site same-site', () => send(good(jpeg), { origin: 'none', headers: { 'sec-fetch-site': 'same-site' } }), 403);

    // What is sent.
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'image/jpeg']) add(`content type ${type}`, () => send(jpeg, { type }), 415);
    add('no content type', () => send(jpeg, { type: null }), 415);
    add('multipart without a boundary', () => send(multipart(good(jpeg)), { type: 'multipart/form-data' }), 400);
    add('multipart with another boundary', () => send(multipart(good(jpeg), 'other-boundary')), 400);
    add('truncated multipart', () => send(multipart(good(jpeg)).subarray(0, 200)), 400);
    add('empty body', () => send(Buffer.alloc(0)), 400);
    add('GET', async () => upload.GET(), 405);

    // Picture addresses that name nothing.
    for (const key of ['../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%2e%2e%2fmeridian.db', '..', '', 'media.db', '.partial-0123456789abcdef', '00000000000000000000000000000000.jpg', '0123456789ABCDEF0123456789ABCDEF.jpg', '0123456789abcdef0123456789abcdef.gif', '0123456789abcdef0123456789abcdef.jpg\u0000', '0123456789abcdef0123456789abcdef.jpg/..', `${'a'.repeat(5000)}.jpg`]) {
      add(`GET /media/${JSON.stringify(key).slice(0, 40)}`, () => getMedia(key), 404);
    }

    const rowsBefore = await rowCount();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = await runCorpus(test.db, cases, { beforeCase: () => void resetLimit() });
    errors.mockRestore();
    expect(report.problems).toEqual([]);
    expect(report.serverErrors).toBe(0);
    expect(await rowCount()).toBe(rowsBefore);
    expect(filesIn(mediaDir).filter((file) => file.startsWith('.'))).toEqual([]);
    process.stdout.write(`${summary(`media uploads ${dialect}`, report)}\n`);
  });

  it('sends a plain form post with a foreign returnTo back to the dashboard, never off the site', async () => {
    for (const returnTo of ['//evil.example', 'https://evil.example/editor', '/editor/../api/x', '/\\evil.example', '/editor?x=1', 'javascript:alert(1)']) {
      const response = await send([{ name: 'returnTo', value: returnTo }, { name: 'alt', value: 'A picture' }, { name: 'file', filename: 'a.webp', type: 'image/webp', data: await solidPicture('webp') }], { html: true });
      expect([returnTo, response.status, response.headers.get('location')]).toEqual([returnTo, 303, expect.stringMatching(/^\/editor\?picture=[0-9a-f]{32}\.webp#picture-upload$/)]);
    }
  });

  it('answers 503 (never 500) when the limiter or the disk fails, and keeps nothing', async () => {
    const { getRateLimiter } = await import('@/lib/http/rate-limiter');
    const { getMediaStorage } = await import('@/lib/media/media-storage');
    const before = filesIn(mediaDir);
    const rows = await rowCount();
    const parts: Part[] = [{ name: 'alt', value: 'A picture' }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: await solidPicture('jpeg') }];
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const limiter = jest.spyOn(getRateLimiter(), 'consume').mockRejectedValueOnce(new Error('limiter away'));
    const disk = jest.spyOn(getMediaStorage(), 'put').mockRejectedValueOnce(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
    try {
      for (const html of [false, true]) {
        const response = await send(parts, { html });
        expect([response.status, response.headers.get('retry-after')]).toEqual([503, '30']);
        expect(await response.text()).toMatch(/could not be stored just now; nothing was kept/);
      }
    } finally {
      limiter.mockRestore();
      disk.mockRestore();
      errors.mockRestore();
    }
    expect(filesIn(mediaDir)).toEqual(before);
    expect(await rowCount()).toBe(rows);
  });

  it('leaves no file when the row cannot be written', async () => {
    const { uploadPicture } = await import('@/lib/media/upload');
    const { getMediaStorage } = await import('@/lib/media/media-storage');
    const before = filesIn(mediaDir);
    const rows = await rowCount();
    // An editor id that does not exist breaks the row's foreign key after the file was stored.
    await expect(uploadPicture(test.db, getMediaStorage(), { bytes: await solidPicture('jpeg'), alt: 'Orphan', editorId: 'no-such-editor' })).rejects.toThrow();
    expect(filesIn(mediaDir)).toEqual(before);
    expect(await rowCount()).toBe(rows);
  });

  it('limits uploads per editor (429 with Retry-After), and writes nothing when refusing', async () => {
    const { UPLOAD_RULE } = await import('@/lib/media/upload-route');
    const { getRateLimiter } = await import('@/lib/http/rate-limiter');
    for (let i = 0; i < UPLOAD_RULE.limit; i++) await getRateLimiter().consume(UPLOAD_RULE, editor.id);
    const before = filesIn(mediaDir);
    const response = await send([{ name: 'alt', value: 'One too many' }, { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data: await solidPicture('jpeg') }]);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(filesIn(mediaDir)).toEqual(before);
  });
});
