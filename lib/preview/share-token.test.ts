import { hashShareToken, newShareId, signShareToken, verifyShareToken } from '@/lib/preview/share-token';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
const NOW = new Date('2026-11-26T12:00:00Z');
const IN_ONE_HOUR = new Date('2026-11-26T13:00:00Z');

describe('preview share tokens', () => {
  it('verifies a token it signed, with its id and expiry', () => {
    const id = newShareId();
    const token = signShareToken(SECRET, id, IN_ONE_HOUR);
    const check = verifyShareToken(SECRET, token, NOW);
    expect(check).toEqual({ ok: true, claims: { shareId: id, expiresAt: IN_ONE_HOUR } });
  });

  it('refuses an expired token', () => {
    const token = signShareToken(SECRET, newShareId(), IN_ONE_HOUR);
    expect(verifyShareToken(SECRET, token, new Date('2026-11-26T13:00:01Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token whose expiry was pushed back by hand', () => {
    const token = signShareToken(SECRET, newShareId(), IN_ONE_HOUR);
    const [id, expires, mac] = token.split('.');
    const extended = [id, String(Number(expires) + 86_400), mac].join('.');
    expect(verifyShareToken(SECRET, extended, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a token signed with another secret', () => {
    const token = signShareToken('another-secret-0123456789abcdef0123456789', newShareId(), IN_ONE_HOUR);
    expect(verifyShareToken(SECRET, token, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each(['', 'abc', '../../etc/passwd', 'a.b.c', `${'A'.repeat(22)}.1.${'B'.repeat(42)}`])('refuses malformed input %p', (value) => {
    expect(verifyShareToken(SECRET, value, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('stores a hash that differs from the token and is stable', () => {
    const token = signShareToken(SECRET, newShareId(), IN_ONE_HOUR);
    expect(hashShareToken(token)).not.toContain(token.split('.')[2]);
    expect(hashShareToken(token)).toBe(hashShareToken(token));
  });
});
