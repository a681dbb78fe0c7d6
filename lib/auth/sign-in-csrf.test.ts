import { createHash } from 'node:crypto';
import { csrfCookieName, csrfTokenFromCookie, newCsrfPair } from '@/lib/auth/sign-in-csrf';

/**
 * The CSRF pair the sign-in page renders for the no-JavaScript form. next-auth's own handler
 * accepting it is proved in tests/integration/auth-cookies.test.ts; here, the format and refusals.
 */

const SECRET = 'csrf-unit-test-secret-0123456789abcdef0123';
const OTHER_SECRET = 'another-secret-0123456789abcdef0123456789';

describe('sign-in CSRF pair', () => {
  it('is next-auth’s format: <token>|sha256(<token><secret>), and reads back to its token', () => {
    const pair = newCsrfPair(SECRET);
    const [token, hash] = pair.cookieValue.split('|');
    expect(token).toBe(pair.token);
    expect(pair.token).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(`${pair.token}${SECRET}`).digest('hex'));
    expect(csrfTokenFromCookie(pair.cookieValue, SECRET)).toBe(pair.token);
    expect(newCsrfPair(SECRET).token).not.toBe(pair.token);
  });

  it('refuses planted, foreign, malformed or missing cookies', () => {
    expect(csrfTokenFromCookie(`${'a'.repeat(64)}|${'b'.repeat(64)}`, SECRET)).toBeNull();
    expect(csrfTokenFromCookie(newCsrfPair(OTHER_SECRET).cookieValue, SECRET)).toBeNull();
    expect(csrfTokenFromCookie('not|a|pair', SECRET)).toBeNull();
    expect(csrfTokenFromCookie('', SECRET)).toBeNull();
    expect(csrfTokenFromCookie(undefined, SECRET)).toBeNull();
  });

  it('uses next-auth’s cookie names: __Host- prefixed behind https', () => {
    expect(csrfCookieName(false)).toBe('next-auth.csrf-token');
    expect(csrfCookieName(true)).toBe('__Host-next-auth.csrf-token');
  });
});
