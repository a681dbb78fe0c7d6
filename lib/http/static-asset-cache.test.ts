import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import compression from 'compression';
import { gzipOnce } from '@/lib/http/gzip-once.mjs';
import { answerWithStaticAsset, createStaticAssetCache, staticAssetKey } from '@/lib/http/static-asset-cache.mjs';

/** Next's hashed build assets answered from memory after Next's first answer (scripts/server.mjs). */

const SCRIPT = Buffer.from(`self.chunk=${JSON.stringify('a chunk of client code '.repeat(400))};`);
const FONT = Buffer.alloc(3000, 7);

interface Served {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

type Filter = (req: IncomingMessage, res: ServerResponse) => boolean;
const compressible = compression.filter as unknown as Filter;
const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The server's arrangement in miniature: the compressor, then the cache, then a stand-in for Next's
 * static file handler, which streams a file in two writes the way Next does.
 */
function startServer(cache: ReturnType<typeof createStaticAssetCache>): Promise<{ server: Server; port: number; handled: string[] }> {
  const handled: string[] = [];
  const server = createServer((req, res) => {
    compress(req, res, () => undefined);
    const key = staticAssetKey(req);
    if (key !== null) {
      const asset = cache.lookup(key);
      if (asset) {
        answerWithStaticAsset(req, res, asset);
        return;
      }
      cache.capture(key, res, () => compressible(req, res));
    }
    handled.push(req.url ?? '');
    const file = req.url?.endsWith('.js') ? SCRIPT : req.url?.endsWith('.woff2') ? FONT : null;
    if (!file) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', req.url?.endsWith('.js') ? 'application/javascript; charset=UTF-8' : 'font/woff2');
    res.setHeader('Cache-Control', req.url?.includes('/mutable/') ? 'public, max-age=0' : 'public, max-age=31536000, immutable');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Length', file.length);
    res.write(file.subarray(0, 1000));
    // A read that fails half way ends the answer short of the length Next declared.
    setTimeout(() => (req.url?.includes('/short/') ? res.end() : res.end(file.subarray(1000))), 5);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, handled })));
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Served> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

/** The kept copy is stored once the first answer's gzip is done: give the event loop a moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('hashed build assets served from memory', () => {
  let server: Server;
  let port: number;
  let handled: string[];
  let cache: ReturnType<typeof createStaticAssetCache>;

  beforeEach(async () => {
    cache = createStaticAssetCache();
    ({ server, port, handled } = await startServer(cache));
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a script from memory after the first time, with the same bytes and headers, gzipped or not', async () => {
    const first = await get(port, '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    await settle();
    const again = await get(port, '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip, br' });
    const plain = await get(port, '/_next/static/chunks/a.js');
    expect(handled).toEqual(['/_next/static/chunks/a.js']);
    expect(gunzipSync(first.body)).toEqual(SCRIPT);
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(again.body)).toEqual(SCRIPT);
    expect(Number(again.headers['content-length'])).toBe(again.body.length);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(SCRIPT);
    for (const answer of [again, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers['content-type']).toBe('application/javascript; charset=UTF-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('sends a font as it is (gzip would not shrink it)', async () => {
    await get(port, '/_next/static/media/face.woff2', { 'accept-encoding': 'gzip' });
    await settle();
    const again = await get(port, '/_next/static/media/face.woff2', { 'accept-encoding': 'gzip' });
    expect(handled).toHaveLength(1);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.body).toEqual(FONT);
  });

  it('leaves to Next what is not a whole, immutable 200 (missing, revalidated, cut short)', async () => {
    const paths = ['/_next/static/chunks/missing.css', '/_next/static/mutable/b.js', '/_next/static/short/c.js'];
    for (const path of [...paths, ...paths]) {
      await get(port, path, { 'accept-encoding': 'gzip' });
      await settle();
    }
    expect(handled).toHaveLength(6);
    expect(cache.stats().entries).toBe(0);
  });

  it('leaves ranges, conditional requests, other methods and other paths to Next', async () => {
    await get(port, '/_next/static/chunks/a.js');
    await settle();
    await get(port, '/_next/static/chunks/a.js', { range: 'bytes=0-99' });
    await get(port, '/_next/static/chunks/a.js', { 'if-none-match': '"x"' });
    await get(port, '/_next/static/chunks/a.js', { 'if-modified-since': new Date().toUTCString() });
    expect(handled).toHaveLength(4);
    expect(staticAssetKey({ method: 'HEAD', url: '/_next/static/chunks/a.js', headers: {} } as IncomingMessage)).toBeNull();
    expect(staticAssetKey({ method: 'GET', url: '/news/a.js', headers: {} } as IncomingMessage)).toBeNull();
    expect(staticAssetKey({ method: 'GET', url: '/_next/static/../x.js', headers: {} } as IncomingMessage)).toBeNull();
  });

  it('gzips an asset once when several readers miss on it at the same moment', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    let compressions = 0;
    cache = createStaticAssetCache({ gzip: (identity, compressible) => (compressions++, gzipOnce(identity, compressible)) });
    ({ server, port, handled } = await startServer(cache));
    const first = await Promise.all([1, 2, 3, 4].map(() => get(port, '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' })));
    await settle();
    const again = await get(port, '/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' });
    expect(handled).toHaveLength(4);
    expect(compressions).toBe(1);
    for (const answer of [...first, again]) expect(gunzipSync(answer.body)).toEqual(SCRIPT);
    expect(cache.stats().entries).toBe(1);
  });

  it('keeps nothing past its byte bound', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    cache = createStaticAssetCache({ maxBytes: 2000 });
    ({ server, port, handled } = await startServer(cache));
    await get(port, '/_next/static/chunks/a.js');
    await settle();
    await get(port, '/_next/static/chunks/a.js');
    expect(handled).toHaveLength(2);
    expect(cache.stats()).toEqual({ entries: 0, heldBytes: 0, maxBytes: 2000 });
  });
});
