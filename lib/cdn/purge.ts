import 'server-only';
import { getEnv } from '@/lib/env';
import { waitAtMost } from '@/lib/util/wait-at-most';

/**
 * Asks a CDN in front of Meridian to drop everything tagged with the cache tags a publish,
 * correction or unpublish expired in our own caches (the same tags our pages name in their
 * Surrogate-Key / Cache-Tag headers). One POST of JSON `{"tags": [...]}` to CDN_PURGE_URL (a CDN's
 * purge API or a small relay that speaks it), with CDN_PURGE_TOKEN as a bearer token when set.
 *
 * The editor's response waits for the purge at most PURGE_WAIT_MS: a slow CDN must not hold up a
 * newsroom, so the request carries on in the background until PURGE_TIMEOUT_MS. A failure never
 * fails the publish (our own caches are already expired); it is logged in one line, and the change's
 * follow-up (lib/content/followup-runner.ts) purges again 15 s later, retrying until the CDN answers.
 */

export type PurgeCdn = (tags: readonly string[]) => Promise<void>;

/** The longest the CDN's answer is awaited before the request is given up. */
export const PURGE_TIMEOUT_MS = 5_000;
/** The longest a publish call waits for the CDN before answering the editor. */
export const PURGE_WAIT_MS = 1_500;

export interface CdnPurgeOptions {
  url: string;
  token?: string;
  timeoutMs?: number;
  waitMs?: number;
  /** Where failures go; console.error by default. */
  log?: (line: string) => void;
}

/** A timeout is a DOMException, not always an Error of this realm: read its name and message. */
function describe(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error) || !('message' in error)) return 'unknown error';
  return `${String(error.name)}: ${String(error.message).split('\n')[0]}`;
}

export type PurgeOutcome = { ok: true } | { ok: false; error: string };

/** One purge request, awaited to its end (at most `timeoutMs`); never rejects. */
export async function purgeCdnTags(tags: readonly string[], options: CdnPurgeOptions): Promise<PurgeOutcome> {
  const { url, token, timeoutMs = PURGE_TIMEOUT_MS, log = console.error } = options;
  const started = Date.now();
  let error: string;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    // The body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { ok: true };
    error = `answered ${response.status}`;
    log(`[cdn-purge] ${new URL(url).host} answered ${response.status} for ${tags.length} tags`);
  } catch (caught) {
    error = describe(caught);
    log(`[cdn-purge] purging ${tags.length} tags at ${new URL(url).host} failed after ${Date.now() - started} ms (${error})`);
  }
  return { ok: false, error };
}

/** A purge that never rejects and returns within `waitMs` (the request may go on in the background). */
export function createCdnPurge(options: CdnPurgeOptions): PurgeCdn {
  const waitMs = options.waitMs ?? PURGE_WAIT_MS;
  return async (tags) => {
    if (tags.length === 0) return;
    await waitAtMost(purgeCdnTags(tags, options), waitMs);
  };
}

/** Where CDN_PURGE_URL sends purges, or null when no CDN is to be told. */
export function cdnPurgeOptionsFromEnv(): CdnPurgeOptions | null {
  const env = getEnv();
  return env.CDN_PURGE_URL ? { url: env.CDN_PURGE_URL, token: env.CDN_PURGE_TOKEN } : null;
}

/** The purge configured by CDN_PURGE_URL, or null when no CDN is to be told. */
export function cdnPurgeFromEnv(): PurgeCdn | null {
  const options = cdnPurgeOptionsFromEnv();
  return options ? createCdnPurge(options) : null;
}
