/**
 * @jest-environment node
 *
 * The CDN purge hook (CDN_PURGE_URL, lib/cdn/purge.ts) against a real local HTTP server: publish and
 * unpublish POST the tags they expire as JSON; a slow CDN does not hold the editor's answer beyond
 * the wait bound, and a failing one is logged without failing the publish.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCdnPurge } from '@/lib/cdn/purge';
import { publishArticle, unpublishArticle } from '@/lib/content/publish';
import { EnvError, parseEnv } from '@/lib/env';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

interface Received {
  method: string;
  contentType: string;
  authorization: string;
  body: unknown;
}

let t: TestDatabase;
let server: Server;
let base: string;
const received: Received[] = [];
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('{}');

beforeAll(async () => {
  t = await createTestDatabase('sqlite', { seed: true });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        contentType: String(req.headers['content-type']),
        authorization: String(req.headers.authorization ?? ''),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The default purge of publish.ts reads CDN_PURGE_URL through lib/env.ts (read once per process).
  process.env.CDN_PURGE_URL = `${base}/purge`;
  process.env.CDN_PURGE_TOKEN = 'purge-token-for-tests';
});

afterAll(async () => {
  delete process.env.CDN_PURGE_URL;
  delete process.env.CDN_PURGE_TOKEN;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t?.destroy();
});

beforeEach(() => {
  received.length = 0;
  answer = (_req, res) => res.end('{}');
});

const quiet = { settleMs: 0, afterResponse: null } as const;

describe('CDN purge on publish and unpublish', () => {
  it('POSTs the expired tags as JSON to CDN_PURGE_URL, with the bearer token', async () => {
    const expired: string[] = [];
    await unpublishArticle('demo-012', { db: t.db, revalidate: (tag) => expired.push(tag), ...quiet });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', contentType: 'application/json', authorization: 'Bearer purge-token-for-tests' });
    const { tags } = received[0]!.body as { tags: string[] };
    expect(tags).toEqual(expired);
    expect(tags).toEqual(expect.arrayContaining(['articles', 'home', 'feeds', 'sitemaps', 'article:demo-012']));
    expect(tags.some((tag) => tag.startsWith('article-slug:'))).toBe(true);

    await publishArticle('demo-012', { db: t.db, revalidate: () => undefined, ...quiet });
    expect(received).toHaveLength(2);
  });

  it('answers the editor within the wait bound when the CDN hangs, and logs the failure', async () => {
    answer = () => undefined; // never answers
    const lines: string[] = [];
    const purgeCdn = createCdnPurge({ url: `${base}/purge`, waitMs: 200, timeoutMs: 600, log: (line) => lines.push(line) });
    const started = Date.now();
    await unpublishArticle('demo-012', { db: t.db, revalidate: () => undefined, purgeCdn, ...quiet });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lines).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(lines).toEqual([expect.stringMatching(/^\[cdn-purge\] purging \d+ tags at 127\.0\.0\.1:\d+ failed after \d+ ms \((TimeoutError|AbortError)/)]);
    await publishArticle('demo-012', { db: t.db, revalidate: () => undefined, purgeCdn: null, ...quiet });
  });

  it('logs a refusal and still publishes', async () => {
    answer = (_req, res) => {
      res.statusCode = 503;
      res.end('busy');
    };
    const lines: string[] = [];
    const purgeCdn = createCdnPurge({ url: `${base}/purge`, log: (line) => lines.push(line) });
    const article = await unpublishArticle('demo-012', { db: t.db, revalidate: () => undefined, purgeCdn, ...quiet });
    expect(article.status).toBe('draft');
    expect(lines).toEqual([expect.stringMatching(/answered 503 for \d+ tags$/)]);
    await publishArticle('demo-012', { db: t.db, revalidate: () => undefined, purgeCdn: null, ...quiet });
  });

  it('validates CDN_PURGE_URL at start-up', () => {
    expect(() => parseEnv({ CDN_PURGE_URL: 'ftp://cdn.example' })).toThrow(EnvError);
    expect(() => parseEnv({ CDN_PURGE_URL: 'ftp://cdn.example' })).toThrow(/^CDN_PURGE_URL /);
    expect(parseEnv({ CDN_PURGE_URL: 'https://purge.example/hook' }).CDN_PURGE_URL).toBe('https://purge.example/hook');
  });
});
