/**
 * `npm run bench:og [-- --base-url http://127.0.0.1:3104]`: figures for issue 4.
 *
 * - OG article cards: first (uncached) render time over 20 distinct articles, p50/p90, PNG size.
 * - With --base-url (a running `next start`): the same 20 cards over HTTP, first and second
 *   (cached) request.
 * - Feed and sitemap generation time with the demo seed plus 10,000 synthetic articles, in a
 *   temporary SQLite database (nothing of yours is touched).
 *
 * Runs with `tsx --conditions=react-server` (server-only modules) and prints a small table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as repo from '@/lib/content/repository';
import { createDb, migrateToLatest } from '@/lib/db/client';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import { renderArticleCard } from '@/lib/og/render';
import { routes } from '@/lib/routes';
import { articleOgVersion } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/seo/site';
import {
  buildNewsSitemapDocument,
  buildSectionFeed,
  buildSiteFeed,
  buildSitemapPage,
  buildSitemapRoot,
} from '@/lib/seo/discovery-documents';

const ORIGIN = 'https://news.example.org';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await fn();
  return [performance.now() - started, result];
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn))[0]);
  return percentile(times, 50);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, synthetic: { type: 'string', default: '10000' } } });
  const synthetic = Number(values.synthetic);
  const folder = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
  const db = createDb(`file:${join(folder, 'bench.db')}`);
  try {
    await migrateToLatest(db);
    await seedDemo(db);
    const [seedMs] = await time(() => seedSynthetic(db, { count: synthetic }));
    const published = await repo.countPublished(db);
    console.log(`Seeded demo + ${synthetic} synthetic articles in ${(seedMs / 1000).toFixed(1)} s (${published} public).`);

    // --- OG cards, rendered in-process (first render: nothing cached) ---
    const latest = await repo.listLatest(db, { limit: 20 });
    const articles = (await Promise.all(latest.map((a) => repo.getPublishedArticle(db, a.slug)))).filter((a) => a !== null);
    await renderArticleCard(articles[0]!, { host: 'news.example.org' }); // warm-up: font parsing, wasm start
    const renderTimes: number[] = [];
    const sizes: number[] = [];
    for (const article of articles) {
      const [elapsed, png] = await time(() => renderArticleCard(article, { host: 'news.example.org' }));
      renderTimes.push(elapsed);
      sizes.push(png.length);
    }
    console.log(`\nOG article card, first render over ${articles.length} distinct articles (in-process, after one warm-up):`);
    console.log(`  p50 ${ms(percentile(renderTimes, 50))}, p90 ${ms(percentile(renderTimes, 90))}, max ${ms(Math.max(...renderTimes))}`);
    console.log(`  PNG size p50 ${(percentile(sizes, 50) / 1024).toFixed(0)} KB, max ${(Math.max(...sizes) / 1024).toFixed(0)} KB`);

    const base = values['base-url'];
    if (base) {
      const first: number[] = [];
      const second: number[] = [];
      for (const article of articles) {
        const url = absoluteUrl(routes.ogArticle(article.slug, `bench-${articleOgVersion(article)}`), base);
        const [a, r1] = await time(() => fetch(url).then(async (r) => ({ status: r.status, body: await r.arrayBuffer() })));
        const [b] = await time(() => fetch(url).then((r) => r.arrayBuffer()));
        if (r1.status === 200) {
          first.push(a);
          second.push(b);
        }
      }
      console.log(`\nOG over HTTP (${base}), ${first.length} articles present on that server:`);
      console.log(`  first request p50 ${ms(percentile(first, 50))}, second (cached) p50 ${ms(percentile(second, 50))}, p90 ${ms(percentile(second, 90))}`);
    }

    // --- Feeds and sitemaps ---
    console.log(`\nDiscovery documents with ${published} public articles (median of 5 runs, uncached):`);
    console.log(`  site feed (50 items)          ${ms(await median(5, () => buildSiteFeed(db, ORIGIN)))}`);
    console.log(`  section feed (50 items)       ${ms(await median(5, () => buildSectionFeed(db, 'news', ORIGIN)))}`);
    const [oneMs, one] = await time(() => buildSitemapRoot(db, 50_000, ORIGIN));
    console.log(`  sitemap.xml, one urlset       ${ms(await median(5, () => buildSitemapRoot(db, 50_000, ORIGIN)))} (${(one.length / 1024).toFixed(0)} KB; first ${ms(oneMs)})`);
    const split = 2_000;
    const pages = Math.ceil((published + 40) / split);
    const [splitMs] = await time(async () => {
      await buildSitemapRoot(db, split, ORIGIN);
      for (let page = 1; page <= pages + 1; page++) await buildSitemapPage(db, page, split, ORIGIN);
    });
    console.log(`  index + all child sitemaps (split ${split}) ${ms(splitMs)}`);
    console.log(`  news-sitemap.xml (48 h)       ${ms(await median(5, () => buildNewsSitemapDocument(db, ORIGIN)))}`);
  } finally {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
