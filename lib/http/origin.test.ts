import { checkSameOrigin, ownOrigins } from '@/lib/http/origin';

/**
 * The one cross-site rule behind the newsletter forms, the editor API and the preview routes
 * (issue 11 item 1): a reader must be able to post from whatever address reached the site
 * (127.0.0.1, localhost on another port, a LAN address), not only from SITE_URL.
 */

const SITE_URL = 'http://localhost:3000';
/** What Next hands a route handler when `npm start` binds no HOSTNAME: localhost and the port. */
const HANDLER_URL = 'http://localhost:3900/api/newsletter';

function post(headers: Record<string, string>, url = HANDLER_URL): Request {
  return new Request(url, { method: 'POST', headers });
}

function verdict(request: Request, trustProxy = false): boolean {
  return checkSameOrigin(request, ownOrigins(request, SITE_URL, trustProxy)).ok;
}

describe('checkSameOrigin with ownOrigins', () => {
  it('accepts Sec-Fetch-Site: same-origin whatever Origin says (127.0.0.1:3900 while SITE_URL is localhost:3000)', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'http://127.0.0.1:3900', 'Sec-Fetch-Site': 'same-origin' }))).toBe(true);
  });

  it('refuses Sec-Fetch-Site: cross-site and same-site, even with an Origin that looks like ours', () => {
    expect(verdict(post({ Host: 'localhost:3000', Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }))).toBe(false);
    expect(verdict(post({ Host: 'localhost:3000', Origin: SITE_URL, 'Sec-Fetch-Site': 'cross-site' }))).toBe(false);
    expect(verdict(post({ Host: 'localhost:3000', Origin: 'http://blog.localhost:3000', 'Sec-Fetch-Site': 'same-site' }))).toBe(false);
  });

  it('accepts, without Sec-Fetch-Site, an Origin equal to the address the request was sent to (Host)', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'http://127.0.0.1:3900' }))).toBe(true);
    expect(verdict(post({ Host: '192.168.1.20:3001', Origin: 'http://192.168.1.20:3001' }))).toBe(true);
  });

  it('accepts, without Sec-Fetch-Site, an Origin equal to SITE_URL', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: SITE_URL }))).toBe(true);
  });

  it('refuses a foreign Origin, and one that differs from Host only in scheme or port', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'https://evil.example' }))).toBe(false);
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'https://127.0.0.1:3900' }))).toBe(false);
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'http://127.0.0.1:3901' }))).toBe(false);
  });

  it('refuses Origin "null" (sandboxed frames, file: pages)', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900', Origin: 'null' }))).toBe(false);
  });

  it('lets through a request with neither header (curl, a mail provider one-click unsubscribe)', () => {
    expect(verdict(post({ Host: '127.0.0.1:3900' }))).toBe(true);
  });

  it('believes X-Forwarded-Host and X-Forwarded-Proto only with TRUST_PROXY', () => {
    const behindProxy = () =>
      post({ Host: '127.0.0.1:3900', 'X-Forwarded-Host': 'news.example', 'X-Forwarded-Proto': 'https', Origin: 'https://news.example' });
    expect(verdict(behindProxy())).toBe(false);
    expect(verdict(behindProxy(), true)).toBe(true);
  });
});
