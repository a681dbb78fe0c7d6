import { randomInt } from 'node:crypto';
import { requestFrom } from '../editor-helpers';
import { SEARCH_RULES } from '@/lib/search/search-rate-limit';

/** A loopback address of its own (all of 127.0.0.0/8 reaches the server on Linux), random per run. */
export function freshLoopback(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(2, 255)}`;
}

/**
 * GETs from a client address that moves on before /search's per-client limit (30 a minute) is
 * reached, so suites that search a lot never meet each other's, or the browser's, limit.
 */
export function searchClient(): (path: string, headers?: Record<string, string>) => Promise<Response> {
  let address = freshLoopback();
  let used = 0;
  return (path, headers = {}) => {
    if (used >= SEARCH_RULES.perIp.limit - 5) {
      address = freshLoopback();
      used = 0;
    }
    used += 1;
    return requestFrom(address, path, { headers });
  };
}
