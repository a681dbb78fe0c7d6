import { editorEmailSchema, normaliseEmail } from '@/lib/auth/email';
import { newPasswordSchema, PASSWORD_MAX_LENGTH, hashPassword, verifyPassword } from '@/lib/auth/password';
import { safeCallbackPath } from '@/lib/auth/session';
import { consumeSignInAttempt, recordSignInSuccess, signInAddress, SIGN_IN_ACCOUNT_RULE, SIGN_IN_PAIR_RULE } from '@/lib/auth/sign-in-throttle';
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
  it('blocks one address on one account after five attempts, and no other address or account', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < SIGN_IN_PAIR_RULE.limit; i++) {
      expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: '10.0.0.1' })).allowed).toBe(true);
    }
    const blocked = await consumeSignInAttempt(limiter, { email: 'ED@example.org', address: '10.0.0.1' });
    expect(blocked.allowed).toBe(false);
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: '10.0.0.2' })).allowed).toBe(true);
    expect((await consumeSignInAttempt(limiter, { email: 'other@example.org', address: '10.0.0.1' })).allowed).toBe(true);
  });

  it('caps an account at 100 attempts an hour across addresses; refused attempts do not count towards it', async () => {
    const limiter = new MemoryRateLimiter();
    // Hammering from one blocked address never reaches the account-wide count.
    for (let i = 0; i < 500; i++) await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: '10.9.9.9' });
    for (let i = 0; i < SIGN_IN_ACCOUNT_RULE.limit - SIGN_IN_PAIR_RULE.limit; i++) {
      expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: `10.1.${i}.1` })).allowed).toBe(true);
    }
    expect(SIGN_IN_ACCOUNT_RULE).toMatchObject({ limit: 100, windowMs: 3_600_000 });
    expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: '10.2.0.1' })).allowed).toBe(false);
  });

  it('forgets one address’s attempts on an account after a successful sign-in', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < SIGN_IN_PAIR_RULE.limit; i++) await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: 'a' });
    await recordSignInSuccess(limiter, { email: 'ed@example.org', address: 'a' });
    expect((await consumeSignInAttempt(limiter, { email: 'ed@example.org', address: 'a' })).allowed).toBe(true);
  });

  it('never locks an account out by its own successful sign-ins', async () => {
    const limiter = new MemoryRateLimiter();
    for (let i = 0; i < SIGN_IN_ACCOUNT_RULE.limit * 2; i++) {
      const address = `10.3.${i % 20}.1`;
      expect((await consumeSignInAttempt(limiter, { email: 'script@example.org', address })).allowed).toBe(true);
      await recordSignInSuccess(limiter, { email: 'script@example.org', address });
    }
  });

  it('keys by the proxy-reported address only when the proxy is trusted', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.7' });
    expect(signInAddress(headers, true)).toBe('198.51.100.7');
    expect(signInAddress(headers, false)).toBe('unverified:198.51.100.7');
  });
});
