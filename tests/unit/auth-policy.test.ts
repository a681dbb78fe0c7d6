import { editorEmailSchema, normaliseEmail } from '@/lib/auth/email';
import { newPasswordSchema, PASSWORD_MAX_LENGTH, hashPassword, verifyPassword } from '@/lib/auth/password';
import { safeCallbackPath } from '@/lib/auth/session';
import { consumeSignInAttempt, signInAddress, clearAccountAttempts, SIGN_IN_ACCOUNT_RULE } from '@/lib/auth/sign-in-throttle';
import { MemoryRateLimiter } from '@/lib/http/rate-limit';

jest.mock('next-auth', () => ({ getServerSession: jest.fn() }));

describe('password policy (length only, no composition rules)', () => {
  it('accepts 12 plain lower-case characters and a long passphrase', () => {
    expect(newPasswordSchema.safeParse('aaaaaaaaaaaa').success).toBe(true);
    expect(newPasswordSchema.safeParse('correct horse battery staple '.repeat(2)).success).toBe(true);
  });

  it('rejects 11 characters and anything past the maximum', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(64);
    expect(newPasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
  });

  it('hashes with argon2id at m=19456 KiB, t=2 and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horse battery stapl')).resolves.toBe(false);
    // Unknown account: the dummy hash is checked, and the answer is always no.
    await expect(verifyPassword(null, 'correct horse battery staple')).resolves.toBe(false);
  });
});

describe('editor addresses', () => {
  it('are normalised so one person has one account', () => {
    expect(normaliseEmail('  Ana@Example.ORG ')).toBe('ana@example.org');
    expect(editorEmailSchema.parse('Ana@Example.org')).toBe('ana@example.org');
    expect(editorEmailSchema.safeParse('not an address').success).toBe(false);
  });
});

describe('callback paths after sign-in', () => {
  it.each(['//evil.example', 'https://evil.example/editor', '/\\evil.example', 'javascript:alert(1)', '', undefined])(
    'refuses %p and falls back to the dashboard',
    (value) => {
      expect(safeCallbackPath(value)).toBe('/editor');
    },
  );

  it('keeps same-origin editor paths', () => {
    expect(safeCallbackPath('/editor/articles/demo-006')).toBe('/editor/articles/demo-006');
  });
});

describe('sign-in throttling', () => {
  it('blocks an account after five attempts, whatever address they come from', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < SIGN_IN_ACCOUNT_RULE.limit; i++) {
      expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: `10.0.0.${i}` })).allowed).toBe(true);
    }
    const blocked = await consumeSignInAttempt(limiter, { email: 'ED@example.org', address: '10.0.0.99' });
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is unaffected.
    expect((await consumeSignInAttempt(limiter, { email: 'other@example.org', address: '10.0.0.99' })).allowed).toBe(true);
  });

  it('forgets an account’s attempts after a successful sign-in', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < SIGN_IN_ACCOUNT_RULE.limit; i++) await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: 'a' });
    await clearAccountAttempts(limiter, 'ed@example.org');
    expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: 'a' })).allowed).toBe(true);
  });

  it('keys by the proxy-reported address only when the proxy is trusted', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7' });
    expect(signInAddress(headers, true)).toBe('198.51.100.7');
    expect(signInAddress(headers, false)).toBe('unverified:198.51.100.7');
  });
});
