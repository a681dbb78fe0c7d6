import http from 'node:http';
import { randomInt } from 'node:crypto';
import { baseUrl } from './support/site';

/**
 * Without TRUST_PROXY the production server (`npm start`) keys rate limits on each client's socket
 * address (issue 11, item 3): one client exhausting its bucket leaves every other client's alone,
 * and it cannot escape by sending forwarding headers or its own copy of the private peer header.
 * Clients connect from distinct loopback addresses (all of 127.0.0.0/8 reaches 127.0.0.1 on
 * Linux), random per run so counts left over from an earlier run cannot matter.
 */

const LINK_LIMIT = 120; // DEFAULT_RULES.linkPerIp: token requests per IP per 10 minutes

function junkUnsubscribe(localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  const target = new URL('/newsletter/unsubscribe?token=junk', `${baseUrl()}/`);
  const body = 'List-Unsubscribe=One-Click';
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length), ...headers },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

describe('per-client rate limits behind npm start', () => {
  it('gives two client addresses separate buckets, and forged headers do not escape one', async () => {
    const attacker = loopback();
    let other = loopback();
    while (other === attacker) other = loopback();

    const statuses: number[] = [];
    for (let i = 0; i <= LINK_LIMIT; i++) statuses.push(await junkUnsubscribe(attacker));
    expect(statuses.slice(0, LINK_LIMIT).every((status) => status === 400)).toBe(true);
    expect(statuses[LINK_LIMIT]).toBe(429);

    const forged = { 'X-Meridian-Peer': other, 'X-Forwarded-For': other, 'X-Real-IP': other };
    expect(await junkUnsubscribe(attacker, forged)).toBe(429);
    expect(await junkUnsubscribe(other)).toBe(400);
  });
});
