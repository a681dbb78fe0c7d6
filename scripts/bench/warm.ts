/**
 * Warming a page before a bench measures it: requests it until Next serves it from its cache, and
 * checks that Next really gzips it. What falls short is added to the bench's warnings.
 */
import { gunzipSync } from 'node:zlib';
import { rawGet } from './http';
import { kb } from './report';

export const GZIP = { 'accept-encoding': 'gzip' };

/**
 * Requests `url` until Next answers x-nextjs-cache: HIT (a build older than the page's revalidate time
 * answers STALE first and regenerates in the background), at most 30 s; returns its HTML.
 */
export async function warm(label: string, url: string, failures: string[]): Promise<string> {
  const deadline = Date.now() + 30_000;
  let identity = await rawGet(url);
  let requests = 1;
  while (requests < 5 || (identity.headers['x-nextjs-cache'] && identity.headers['x-nextjs-cache'] !== 'HIT' && Date.now() < deadline)) {
    await new Promise((r) => setTimeout(r, 200));
    identity = await rawGet(url);
    requests++;
  }
  if (identity.status !== 200) throw new Error(`${label}: ${url} answered ${identity.status}`);
  const gzip = await rawGet(url, GZIP);
  const gzipped = gzip.headers['content-encoding'] === 'gzip' && gunzipSync(gzip.body).length > 0;
  const cache = identity.headers['x-nextjs-cache'] ?? '(none)';
  const prerender = identity.headers['x-nextjs-prerender'] ? ', x-nextjs-prerender: 1' : '';
  console.log(
    `  ${label.padEnd(16)} ${new URL(url).pathname}  ${requests} requests, x-nextjs-cache: ${cache}${prerender}; gzip ${gzipped ? `served (${kb(gzip.body.length)} for ${kb(identity.body.length)})` : 'NOT served'}`,
  );
  if (cache !== 'HIT') failures.push(`${label}: not served from the cache after warm-up (x-nextjs-cache: ${cache})`);
  if (!gzipped) failures.push(`${label}: Accept-Encoding: gzip was not answered with gzip`);
  return identity.body.toString('utf8');
}
