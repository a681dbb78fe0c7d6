/**
 * @jest-environment node
 *
 * Nothing a client sends can forge an audit line: next-auth's `_log` endpoint is off, and every
 * auth log line is one JSON object whose request-derived fields stay inside their strings.
 */
import { NextRequest } from 'next/server';

const FORGED = 'x\n{"event":"editor.sign-in","outcome":"success","editor":"admin"}';

beforeAll(() => {
  Object.assign(process.env, {
    SITE_URL: 'http://news.test',
    NEXTAUTH_URL: 'http://news.test',
    NEXTAUTH_SECRET: 'auth-log-test-secret-0123456789abcdef0123456789',
  });
});

function captureConsole() {
  const lines: string[] = [];
  const spies = (['error', 'warn', 'info', 'log'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    }),
  );
  return { lines, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

describe('POST /api/auth/_log', () => {
  it.each(['POST', 'GET'])('answers %s with 404 and logs nothing', async (method) => {
    const { handleAuthRequest } = await import('@/lib/auth/auth-route');
    const body = method === 'POST' ? new URLSearchParams({ level: 'error', code: FORGED, message: FORGED }).toString() : undefined;
    const request = new NextRequest('http://news.test/api/auth/_log', {
      method,
      headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
      body,
    });
    const console = captureConsole();
    try {
      const response = await handleAuthRequest(request, { params: Promise.resolve({ nextauth: ['_log'] }) });
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0');
      expect(console.lines).toEqual([]);
    } finally {
      console.restore();
    }
  });
});

describe('auth log lines', () => {
  it('keeps a forged code inside one JSON line', async () => {
    const { getAuthOptions } = await import('@/lib/auth/options');
    const logger = getAuthOptions().logger;
    const console = captureConsole();
    try {
      logger?.error?.(FORGED, new Error(`boom\n${FORGED}`));
      logger?.warn?.(FORGED as Parameters<NonNullable<typeof logger.warn>>[0]);
    } finally {
      console.restore();
    }
    expect(console.lines).toHaveLength(2);
    for (const line of console.lines) {
      expect(line).not.toContain('\n');
      const parsed: unknown = JSON.parse(line);
      expect(parsed).toMatchObject({ event: 'auth.log', code: FORGED });
    }
    expect(JSON.parse(console.lines[0]!)).toMatchObject({ level: 'error', message: `boom\n${FORGED}`.slice(0, 200) });
  });

  it('writes sign-in events as one JSON line with the address hashed', async () => {
    const { logSignIn } = await import('@/lib/auth/audit-log');
    const console = captureConsole();
    try {
      logSignIn({ outcome: 'failure', email: FORGED, ip: `1.2.3.4\n${FORGED}` });
    } finally {
      console.restore();
    }
    expect(console.lines).toHaveLength(1);
    expect(console.lines[0]).not.toContain('\n');
    expect(console.lines[0]).not.toContain('editor.sign-in","outcome":"success');
    expect(JSON.parse(console.lines[0]!)).toMatchObject({ event: 'editor.sign-in', outcome: 'failure' });
  });
});
