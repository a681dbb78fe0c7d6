/**
 * Child process for the OG unit tests (run with tsx). next/og loads its renderer with a dynamic
 * import(), which Jest's CommonJS sandbox cannot run without --experimental-vm-modules; a child
 * process is also the honest place for the network guard: every way out of the process (fetch,
 * http, https, net, tls, dns) throws and is recorded before any renderer module is loaded.
 *
 * Usage: tsx tests/helpers/og-render-child.ts <jobs.json> <outDir>; prints a JSON report on stdout.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const attempts: string[] = [];
function blocked(name: string) {
  return (...args: unknown[]): never => {
    attempts.push(`${name} ${String(args[0]).slice(0, 200)}`);
    throw new Error(`Network access during OG rendering: ${name}`);
  };
}
const realFetch = globalThis.fetch;
// data: URLs are not network (emscripten loads yoga's embedded wasm that way); anything else is.
globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.startsWith('data:')) return realFetch(input, init);
  attempts.push(`fetch ${url.slice(0, 200)}`);
  return Promise.reject(new Error(`Network access during OG rendering: fetch ${url}`));
}) as typeof fetch;
const patch = (target: object, key: string, name: string) => Object.defineProperty(target, key, { value: blocked(name), configurable: true, writable: true });
patch(http, 'request', 'http.request');
patch(http, 'get', 'http.get');
patch(https, 'request', 'https.request');
patch(https, 'get', 'https.get');
patch(net, 'connect', 'net.connect');
patch(net, 'createConnection', 'net.createConnection');
patch(tls, 'connect', 'tls.connect');
patch(dns, 'lookup', 'dns.lookup');

type Job =
  | { kind: 'article'; name: string; article: Parameters<typeof import('@/lib/og/render').renderArticleCard>[0] }
  | { kind: 'home'; name: string }
  | { kind: 'section'; name: string; section: { slug: string; name: string; description: string } }
  | { kind: 'tag'; name: string; tag: { slug: string; name: string } }
  | { kind: 'author'; name: string; author: { name: string; role: string; avatar: { src: string; alt: string; width: number; height: number } | null } };

async function main() {
  const [jobsFile, outDir] = process.argv.slice(2);
  if (!jobsFile || !outDir) throw new Error('usage: og-render-child <jobs.json> <outDir>');
  const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as Job[];
  const render = await import('@/lib/og/render');
  const options = { host: 'news.example.org' };
  const results: { name: string; file: string; bytes: number; ms: number }[] = [];
  for (const job of jobs) {
    const started = performance.now();
    const png =
      job.kind === 'article'
        ? await render.renderArticleCard(job.article, options)
        : job.kind === 'home'
          ? await render.renderHomeCard(options)
          : job.kind === 'section'
            ? await render.renderSectionCard(job.section, options)
            : job.kind === 'tag'
              ? await render.renderTagCard(job.tag, options)
              : await render.renderAuthorCard(job.author, options);
    const file = join(outDir, `${job.name}.png`);
    writeFileSync(file, png);
    results.push({ name: job.name, file, bytes: png.length, ms: Math.round(performance.now() - started) });
  }
  process.stdout.write(JSON.stringify({ results, attempts }));
}

main().catch((error: unknown) => {
  process.stdout.write(JSON.stringify({ error: error instanceof Error ? error.stack : String(error), attempts }));
  process.exitCode = 1;
});
