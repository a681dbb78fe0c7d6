import os from 'node:os';

/**
 * This instance's stable name for the leases of background work (mail, publish follow-ups): a
 * restart on the same host and port takes back what its predecessor had claimed.
 */
export function instanceName(): string {
  return `${os.hostname()}:${process.env.PORT ?? '3000'}`;
}
