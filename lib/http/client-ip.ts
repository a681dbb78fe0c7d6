import { isIP } from 'node:net';
import { PEER_HEADER, peerHeaderAnnounced } from './peer-address.mjs';

/**
 * The client address used to key rate limits.
 *
 * Without TRUST_PROXY: the socket's address, which `npm start` (scripts/server.mjs) passes in
 * PEER_HEADER after deleting any copy the client sent (lib/http/peer-address.mjs). Forwarding
 * headers are never believed then: `next start` fills `X-Forwarded-For` from the socket only when
 * the client did not send one, so each request could claim a new address and escape per-IP limits.
 * With TRUST_PROXY, the proxy appends the address it saw as the last `X-Forwarded-For` entry, which
 * is the one we take (entries to its left were supplied by the client); X-Real-IP is the fallback
 * nginx sets.
 *
 * Returns null when the address is unknown (`next dev`/`next start` without TRUST_PROXY: nothing
 * strips PEER_HEADER there, so it is ignored); callers then use one shared bucket, so per-IP limits
 * become a site-wide ceiling.
 */
export function clientIp(headers: Headers, trustProxy: boolean, peerHeaderSet: boolean = peerHeaderAnnounced()): string | null {
  if (!trustProxy) return peerHeaderSet ? normaliseIp(headers.get(PEER_HEADER)?.trim() ?? '') : null;
  const forwarded = headers.get('x-forwarded-for');
  const candidates = [
    ...(forwarded ? forwarded.split(',').map((part) => part.trim()).reverse().slice(0, 1) : []),
    headers.get('x-real-ip')?.trim() ?? '',
  ];
  for (const candidate of candidates) {
    const address = normaliseIp(candidate);
    if (address) return address;
  }
  return null;
}

/**
 * IPv4 as is; IPv4-mapped IPv6 as IPv4; other IPv6 reduced to its /64, because one host usually
 * owns a whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function normaliseIp(value: string): string | null {
  const bare = value.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version !== 6) return null;
  return `${expandIpv6(bare).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - headParts.length - tailParts.length;
  const groups = [...headParts, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailParts];
  return groups.map((group) => group.replace(/^0+(?=.)/, ''));
}
