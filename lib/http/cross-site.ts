import 'server-only';
import { getEnv } from '@/lib/env';
import { checkSameOrigin, ownOrigins } from './origin';

/** Whether a browser says another site sent this request (lib/http/origin.ts has the rule). */
export function isCrossSiteRequest(request: Request): boolean {
  const { SITE_URL, TRUST_PROXY } = getEnv();
  return !checkSameOrigin(request, ownOrigins(request, SITE_URL, TRUST_PROXY)).ok;
}
