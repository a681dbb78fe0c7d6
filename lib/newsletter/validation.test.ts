import { randomBytes } from 'node:crypto';
import { clientIp, normaliseIp } from '@/lib/http/client-ip';
import { normaliseEmail } from '@/lib/newsletter/email';
import { sourcePath } from '@/lib/newsletter/handlers';
import { hashConfirmationToken, newConfirmationToken, signLinkToken, verifyLinkToken } from '@/lib/newsletter/tokens';
import { formToInput, subscribeInputSchema } from '@/lib/newsletter/validation';

describe('normaliseEmail', () => {
  it.each([
    ['  Reader@Example.ORG ', 'Reader@example.org'],
    ['reader@MÜNCHEN.de', 'reader@xn--mnchen-3ya.de'],
    ['reader@пример.рф', 'reader@xn--e1afmkfd.xn--p1ai'],
    ['reader@日本.jp', 'reader@xn--wgv71a.jp'],
    ['jose\u0301@example.org', 'jos\u00e9@example.org'],
    ['first.last+news@example.co.uk', 'first.last+news@example.co.uk'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ ok: true, email: expected });
  });

  it.each([
    ['a@x.org\r\nBcc: b@y.org', 'forbidden-character'],
    ['a\u202e@x.org', 'forbidden-character'],
    ['Ann <a@x.org>', 'not-one-address'],
    ['a@x.org, b@y.org', 'not-one-address'],
    ['a@gm\u0430il.com', 'confusable-domain'],
    ['a@\u0430\u0440\u0440\u04cf\u0435.com', 'confusable-domain'],
    [`${'a'.repeat(65)}@x.org`, 'local-part-too-long'],
    [`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.org`, 'too-long'],
    ['a@x', 'domain'],
  ])('rejects %j (%s)', (input, problem) => {
    expect(normaliseEmail(input)).toEqual({ ok: false, problem });
  });

  it.each([
    ['\uff55\uff53\uff45\uff52@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com', 'stylised-local-part'], // ｕｓｅｒ@ｅｘａｍｐｌｅ.com
    ['\uff55ser@example.com', 'stylised-local-part'],
    ['\ufb01nance@example.com', 'stylised-local-part'], // ﬁ ligature
    ['user\u00b2@example.com', 'stylised-local-part'], // superscript two
    ['\uff8a\uff9e@example.jp', 'stylised-local-part'], // half-width katakana
    ['user\uff20example.com', 'stylised-at-sign'],
    ['user\ufe6bexample.com', 'stylised-at-sign'],
  ])('refuses look-alike compatibility characters in %j (%s)', (input, problem) => {
    expect(normaliseEmail(input)).toEqual({ ok: false, problem });
  });

  it('maps a full-width domain to the ASCII domain it resolves to, and tells readers what to fix otherwise', () => {
    expect(normaliseEmail('user@\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45\uff0e\uff43\uff4f\uff4d')).toEqual({ ok: true, email: 'user@example.com' });
    const result = subscribeInputSchema.safeParse({ email: '\uff55\uff53\uff45\uff52@example.com', newsletters: ['n'], consent: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/before the @: it contains full-width or stylised characters/);
  });

  it('treats 254 octets as the limit, counting UTF-8 bytes', () => {
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`; // 195 octets
    expect(normaliseEmail(`${'a'.repeat(58)}@${domain}`).ok).toBe(true); // 254
    expect(normaliseEmail(`${'a'.repeat(59)}@${domain}`).ok).toBe(false); // 255
  });
});

describe('subscribe input', () => {
  it('maps a form post and dedupes newsletters', () => {
    const input = formToInput(new URLSearchParams('email=a%40x.org&newsletter=the-long-read&newsletter=the-long-read&consent=yes'));
    expect(subscribeInputSchema.parse(input)).toMatchObject({ email: 'a@x.org', newsletters: ['the-long-read'], consent: true });
  });
  it('rejects unknown keys instead of ignoring them', () => {
    const result = subscribeInputSchema.safeParse(JSON.parse('{"email":"a@x.org","newsletters":["n"],"consent":true,"__proto__":{}}'));
    expect(result.success).toBe(false);
  });
});

describe('tokens', () => {
  const secret = randomBytes(32);
  it('stores only a hash of confirmation tokens', () => {
    const { token, hash } = newConfirmationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashConfirmationToken(token));
    expect(hash).not.toContain(token);
  });
  it('verifies signed links only for their purpose and secret', () => {
    const token = signLinkToken(secret, { purpose: 'unsubscribe', subscriberId: 'sub-1', newsletterId: 'newsletter-a' });
    expect(verifyLinkToken(secret, token, 'unsubscribe')).toEqual({ purpose: 'unsubscribe', subscriberId: 'sub-1', newsletterId: 'newsletter-a' });
    expect(verifyLinkToken(secret, token, 'manage')).toBeNull();
    expect(verifyLinkToken(randomBytes(32), token, 'unsubscribe')).toBeNull();
    const [body, mac] = token.split('.');
    const forged = Buffer.from('l1|unsubscribe|sub-2|newsletter-a').toString('base64url');
    expect(verifyLinkToken(secret, `${forged}.${mac}`, 'unsubscribe')).toBeNull();
    // Flip the first character of the MAC (the last one carries padding bits in base64url).
    const tampered = `${mac![0] === 'A' ? 'B' : 'A'}${mac!.slice(1)}`;
    expect(verifyLinkToken(secret, `${body}.${tampered}`, 'unsubscribe')).toBeNull();
  });
});

describe('client IP', () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it('ignores forwarding headers unless the proxy is trusted', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '1.2.3.4' }), false)).toBeNull();
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 1.2.3.4' }), true)).toBe('1.2.3.4');
    expect(clientIp(headers({ 'x-real-ip': '1.2.3.4' }), true)).toBe('1.2.3.4');
    expect(clientIp(headers({ 'x-forwarded-for': 'garbage' }), true)).toBeNull();
  });
  it('groups IPv6 clients by /64 and unwraps IPv4-mapped addresses', () => {
    expect(normaliseIp('2001:db8:1:2:aaaa::1')).toBe(normaliseIp('2001:db8:1:2:bbbb::2'));
    expect(normaliseIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
    // The hex spelling of an IPv4-mapped address is the same host (it was a /64 of zeros before ipaddr.js).
    expect(normaliseIp('::ffff:c000:201')).toBe('192.0.2.1');
    expect(normaliseIp('2001:DB8:0001:0002:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normaliseIp('::1')).toBe('0:0:0:0::/64');
    expect(normaliseIp('[fe80::1%eth0]')).toBe('fe80:0:0:0::/64');
    expect(normaliseIp('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(normaliseIp('192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseIp('127.1')).toBeNull();
    expect(normaliseIp('')).toBeNull();
  });
});

describe('sourcePath', () => {
  const origins = ['https://news.example'];
  it('keeps same-origin paths without their query', () => {
    expect(sourcePath('/news/story?utm=x', origins)).toBe('/news/story');
    expect(sourcePath('https://news.example/a/b?token=1', origins)).toBe('/a/b');
  });
  it('drops other origins and protocol-relative paths', () => {
    expect(sourcePath('https://evil.example/a', origins)).toBeNull();
    expect(sourcePath('//evil.example/a', origins)).toBeNull();
    expect(sourcePath('javascript:alert(1)', origins)).toBeNull();
  });
});
