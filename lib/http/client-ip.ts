import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';
import { PEER_HEADER, peerHeaderAnnounced } from './peer-address.mjs';

/** TRUST_PROXY means one reverse proxy of ours in front; nothing it forwards from further left is believed. */
const TRUSTED_PROXY_HOPS = 1;
const trustOurProxy = (_address: string, hop: number): boolean => hop < TRUSTED_PROXY_HOPS;

/**
 * The client address used to key rate limits.
 *
 * Without TRUST_PROXY: the socket's address, which `npm start` (scripts/server.mjs) passes in
 * PEER_HEADER after deleting any copy the client sent (lib/http/peer-address.mjs). Forwarding
 * headers are never believed then: `next start` fills `X-Forwarded-For` from the socket only when
 * the client did not send one, so each request could claim a new address and escape per-IP limits.
 * With TRUST_PROXY, the proxy appends the address it saw as the last `X-Forwarded-For` entry, which
 * is the one we take (entries to its left were supplied by the client): proxy-addr, Express's
 * parser, walks the header trusting TRUSTED_PROXY_HOPS hops. X-Real-IP is the fallback nginx sets.
 *
 * Returns null when the address is unknown (`next dev`/`next start` without TRUST_PROXY: nothing
 * strips PEER_HEADER there, so it is ignored); callers then use one shared bucket, so per-IP limits
 * become a site-wide ceiling.
 */
export function clientIp(headers: Headers, trustProxy: boolean, peerHeaderSet: boolean = peerHeaderAnnounced()): string | null {
  if (!trustProxy) return peerHeaderSet ? normaliseIp(headers.get(PEER_HEADER)?.trim() ?? '') : null;
  for (const candidate of [forwardedClient(headers), headers.get('x-real-ip')?.trim()]) {
    const address = normaliseIp(candidate ?? '');
    if (address) return address;
  }
  return null;
}

/**
 * The client address our proxy put in X-Forwarded-For. Route handlers see headers, not the socket,
 * so the request handed to proxy-addr has no socket address: hop 0 stands for our proxy, which
 * TRUST_PROXY vouches for, and without the header there is no answer (undefined).
 */
function forwardedClient(headers: Headers): string | undefined {
  const forwarded = headers.get('x-forwarded-for');
  if (!forwarded) return undefined;
  const request = { headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: undefined } };
  // proxy-addr reads only these two fields of a Node request.
  return proxyaddr(request as unknown as IncomingMessage, trustOurProxy) as string | undefined;
}

/**
 * IPv4 as is; IPv4-mapped IPv6 as IPv4; other IPv6 reduced to its /64, because one host usually
 * owns a whole /64 and could otherwise rotate through 2^64 addresses. node:net decides what is an
 * address (ipaddr.js alone would also take forms such as `0x7f.0.0.1`); ipaddr.js expands it and
 * unwraps IPv4-mapped addresses in either spelling (`::ffff:192.0.2.1`, `::ffff:c000:201`).
 */
export function normaliseIp(value: string): string | null {
  const bare = value.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(bare) === 0 || !ipaddr.isValid(bare)) return null;
  const address = ipaddr.process(bare);
  if (address.kind() === 'ipv4') return address.toString();
  return `${address.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}
