import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { limitRequestBody } from '@/lib/http/body-limit.mjs';

/** A small cap keeps the test fast; the server reads whole bodies, as next-auth does. */
const CAP = 64 * 1024;

function startServer(): Promise<{ server: Server; port: number; handled: string[] }> {
  const handled: string[] = [];
  const server = createServer((req, res) => {
    if (!limitRequestBody(req, res, CAP)) return;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      handled.push(body);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(`got ${body.length} bytes: ${body}`);
    });
    req.on('error', () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, handled }));
  });
}

interface Answer {
  status: number;
  body: string;
}

/** Sends `chunks` (one write each, awaiting drain) and resolves with the first answer the server gives. */
function post(port: number, headers: Record<string, string>, chunks: Iterable<Buffer>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // A connection of its own: the declared-length test leaves its connection waiting for the rest of
    // its body (the server drains it), which must not carry the next request.
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/auth/signout', headers, agent: false }, (res: IncomingMessage) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
    });
    // Once the server has answered and closed, further writes fail: that is the point.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      for (const chunk of chunks) {
        if (answered || req.destroyed) return;
        if (!req.write(chunk)) await drainedOrClosed(req);
      }
      if (!answered && !req.destroyed) req.end();
    })();
  });
}

function drainedOrClosed(req: ReturnType<typeof request>): Promise<void> {
  return new Promise((done) => {
    const settle = () => {
      req.off('drain', settle).off('close', settle);
      done();
    };
    req.on('drain', settle).on('close', settle);
  });
}

function* repeat(chunk: Buffer, times: number): Generator<Buffer> {
  for (let i = 0; i < times; i += 1) yield chunk;
}

describe('request body limit (every request through npm start)', () => {
  let server: Server;
  let port: number;
  let handled: string[];

  beforeAll(async () => {
    ({ server, port, handled } = await startServer());
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });
  beforeEach(() => {
    handled.length = 0;
  });

  it('answers 413 at once to a declared Content-Length above the cap, without the route reading it', async () => {
    const answer = await post(port, { 'Content-Length': String(CAP * 100) }, [Buffer.alloc(1024, 'a')]);
    expect(answer.status).toBe(413);
    expect(handled).toEqual([]);
  }, 10_000);

  it('answers 413 to a chunked body without Content-Length once it passes the cap, and never hands it whole to the route', async () => {
    // 16 MB offered in 16 KB chunks; the server must stop it near the 64 KB cap.
    const answer = await post(port, { 'Transfer-Encoding': 'chunked' }, repeat(Buffer.alloc(16 * 1024, 'b'), 1024));
    expect(answer.status).toBe(413);
    expect(handled).toEqual([]);
  });

  it('passes a small POST through untouched', async () => {
    const body = 'csrfToken=abc&callbackUrl=%2Feditor';
    const answer = await post(port, { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) }, [Buffer.from(body)]);
    expect(answer).toEqual({ status: 200, body: `got ${body.length} bytes: ${body}` });
    const chunked = await post(port, { 'Transfer-Encoding': 'chunked' }, [Buffer.from('a'.repeat(CAP - 10)), Buffer.from('b'.repeat(10))]);
    expect(chunked.status).toBe(200);
    expect(handled[1]).toHaveLength(CAP);
  });
});
