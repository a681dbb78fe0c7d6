import os from 'node:os';
import { getEnv } from '@/lib/env';

/**
 * This instance's stable name for the leases of background work (mail, publish follow-ups): a
 * restart on the same host and port takes back what its predecessor had claimed.
 */
export function instanceName(): string {
  return `${os.hostname()}:${getEnv().PORT ?? '3000'}`;
}
