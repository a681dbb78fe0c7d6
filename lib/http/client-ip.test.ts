import { clientIp } from '@/lib/http/client-ip';
import { announcePeerHeader, PEER_HEADER, peerHeaderAnnounced, setPeerHeader } from '@/lib/http/peer-address.mjs';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientIp without TRUST_PROXY', () => {
  it('keys on the socket address npm start passes in, never on forwarding headers', () => {
    const forged = { 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' };
    expect(clientIp(headers({ [PEER_HEADER]: '192.0.2.10', ...forged }), false, true)).toBe('192.0.2.10');
    expect(clientIp(headers({ [PEER_HEADER]: '::ffff:192.0.2.10' }), false, true)).toBe('192.0.2.10');
    expect(clientIp(headers({ [PEER_HEADER]: '2001:db8:1:2::99' }), false, true)).toBe('2001:db8:1:2::/64');
    expect(clientIp(headers({ [PEER_HEADER]: 'garbage' }), false, true)).toBeNull();
    expect(clientIp(headers(forged), false, true)).toBeNull();
  });

  it('ignores the header when no server strips it (next dev / next start): one shared bucket', () => {
    expect(clientIp(headers({ [PEER_HEADER]: '192.0.2.10' }), false, false)).toBeNull();
    expect(peerHeaderAnnounced()).toBe(false);
    expect(clientIp(headers({ [PEER_HEADER]: '192.0.2.10' }), false)).toBeNull();
  });

  it('believes the header once the production server has announced that it sets it', () => {
    announcePeerHeader();
    expect(peerHeaderAnnounced()).toBe(true);
    expect(clientIp(headers({ [PEER_HEADER]: '192.0.2.11' }), false)).toBe('192.0.2.11');
  });
});

describe('clientIp with TRUST_PROXY', () => {
  it('takes the address the proxy appended, as before', () => {
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 1.2.3.4', [PEER_HEADER]: '10.0.0.1' }), true, true)).toBe('1.2.3.4');
    expect(clientIp(headers({ 'x-real-ip': '1.2.3.4' }), true, true)).toBe('1.2.3.4');
  });

  it('trusts one proxy hop: whatever the client put further left is never the answer', () => {
    const viaProxy = (forwarded: string, extra: Record<string, string> = {}) => clientIp(headers({ 'x-forwarded-for': forwarded, ...extra }), true, false);
    expect(viaProxy('6.6.6.6, 7.7.7.7, 203.0.113.7')).toBe('203.0.113.7');
    expect(viaProxy('203.0.113.7')).toBe('203.0.113.7');
    expect(viaProxy('6.6.6.6,, 203.0.113.7')).toBe('203.0.113.7');
    expect(viaProxy('6.6.6.6, [2001:db8:1:2::99]')).toBe('2001:db8:1:2::/64');
    expect(viaProxy('6.6.6.6, ::ffff:203.0.113.8')).toBe('203.0.113.8');
    // What the proxy appended is not an address: X-Real-IP, and never the client's entry.
    expect(viaProxy('6.6.6.6, unknown', { 'x-real-ip': '203.0.113.9' })).toBe('203.0.113.9');
    expect(viaProxy('6.6.6.6, unknown')).toBeNull();
    expect(viaProxy('6.6.6.6, 0x7f.0.0.1')).toBeNull();
  });
});

describe('setPeerHeader (scripts/server.mjs)', () => {
  it('replaces whatever the client sent with the socket address', () => {
    const req = { headers: { [PEER_HEADER]: '203.0.113.66, 203.0.113.67', host: 'news.test' }, socket: { remoteAddress: '::ffff:198.51.100.4' } };
    setPeerHeader(req);
    expect(req.headers).toEqual({ host: 'news.test', [PEER_HEADER]: '::ffff:198.51.100.4' });
  });

  it('leaves no client copy when the socket address is unknown', () => {
    const req = { headers: { [PEER_HEADER]: '203.0.113.66' }, socket: { remoteAddress: undefined } };
    setPeerHeader(req);
    expect(req.headers).toEqual({});
  });
});
