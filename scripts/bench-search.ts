/**
 * Site search on the 10,000-article synthetic seed, on SQLite and PostgreSQL:
 *
 *   npm run bench:search                    # both databases (PostgreSQL when it answers)
 *   BENCH_DIALECTS=sqlite npm run bench:search
 *
 * Per database: a fresh database with the demo plus BENCH_SEARCH_ARTICLES (10,000) synthetic
 * articles (`npm run db:seed -- --synthetic` writes the same ones); the time to build the index for
 * all of them (what migration 0009 costs an existing site); p50/p99 of a first page of results
 * (count, ranked page, summaries: what /search asks of the database) for one-word, three-word and
 * phrase queries; and what the index adds to a publish: its own time inside the transaction against
 * the whole correction (updateArticle). Figures and the load average only; nothing here is a test.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { updateArticle } from '@/lib/content/publish';
import { createDb, migrateToLatest } from '@/lib/db/client';
import type { Database } from '@/lib/db/database';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import { parseSearchQuery } from '@/lib/search/query';
import { rebuildSearchIndex, syncSearchIndex } from '@/lib/search/search-index';
import { searchArticles } from '@/lib/search/search-repository';
import { withSchema } from '@/tests/helpers/db';
import { load, percentile, table } from './bench/report';

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 200);
const PUBLISHES = Number(process.env.BENCH_SEARCH_PUBLISHES ?? 50);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');

/** Words of the synthetic seed's vocabulary (lib/db/seed/seed-synthetic.ts), common and rare alike. */
const QUERIES = {
  'one word': ['harbour', 'council', 'ferry', 'drought', 'vineyard', 'pension', 'Calvera', 'treaty', 'archive', 'census'],
  'three words': [
    'council approved budget',
    'regional harbour delayed',
    'ferry rejected tariff',
    'museum funded annual',
    'library reopened historic',
    'flood warned coastal',
    'railway reviewed costly',
    'school expanded local',
    'mayor questioned grant',
    'port restored temporary',
  ],
  phrase: [
    '"according to officials"',
    '"after weeks of talks"',
    '"in a vote on Tuesday"',
    '"ahead of the winter"',
    '"by a narrow margin"',
    '"following an inquiry"',
    '"the council"',
    '"despite objections from residents"',
    '"under a new agreement"',
    '"while critics waited"',
  ],
} as const;

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function open(dialect: string): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  if (dialect === 'postgres') {
    const schema = `bench_search_${randomBytes(4).toString('hex')}`;
    const db = createDb(withSchema(POSTGRES, schema));
    return {
      db,
      close: async () => {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
        await db.destroy();
      },
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'meridian-bench-search-'));
  const db = createDb(`file:${join(folder, 'bench.db')}`);
  return {
    db,
    close: async () => {
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function benchDialect(dialect: string): Promise<string[][]> {
  const { db, close } = await open(dialect);
  try {
    await migrateToLatest(db);
    await seedDemo(db);
    const seedMs = await timed(() => seedSynthetic(db, { count: ARTICLES }));
    const rebuildMs = await timed(() => rebuildSearchIndex(db));
    console.log(`[${dialect}] seeded ${ARTICLES} synthetic articles (index included) in ${(seedMs / 1000).toFixed(1)} s; whole index rebuilt in ${(rebuildMs / 1000).toFixed(1)} s`);

    const rows: string[][] = [];
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const parsed = queries.map((query) => {
        const result = parseSearchQuery(query);
        if (result.kind !== 'terms') throw new Error(`bench query ${query} does not parse`);
        return result.terms;
      });
      for (const terms of parsed) await searchArticles(db, terms, { page: 1, pageSize: 10 }); // warm-up
      const times: number[] = [];
      let hits = 0;
      for (let run = 0; run < RUNS; run++) {
        const terms = parsed[run % parsed.length]!;
        times.push(
          await timed(async () => {
            hits += (await searchArticles(db, terms, { page: 1, pageSize: 10 })).total;
          }),
        );
      }
      rows.push([dialect, kind, ms(percentile(times, 50)), ms(percentile(times, 99)), String(Math.round(hits / RUNS))]);
    }

    const ids = (await db.selectFrom('articles').select('id').where('id', 'like', 'syn-%').where('status', '=', 'published').orderBy('id').limit(PUBLISHES).execute()).map((r) => r.id);
    const indexTimes: number[] = [];
    const publishTimes: number[] = [];
    for (const id of ids) {
      indexTimes.push(await timed(() => db.transaction().execute((trx) => syncSearchIndex(trx, [id]))));
      const options = { db, settleMs: 0, afterResponse: null, followups: null, purgeCdn: null, revalidate: () => undefined };
      publishTimes.push(await timed(() => updateArticle(id, { standfirst: `Corrected standfirst ${id}.` }, options)));
    }
    rows.push([dialect, 'index, per publish', ms(percentile(indexTimes, 50)), ms(percentile(indexTimes, 99)), '']);
    rows.push([dialect, 'whole correction', ms(percentile(publishTimes, 50)), ms(percentile(publishTimes, 99)), '']);
    return rows;
  } finally {
    await close();
  }
}

async function main() {
  console.log(`bench:search, ${ARTICLES} synthetic articles, ${RUNS} queries per kind, ${PUBLISHES} publishes; ${load()}`);
  const rows: string[][] = [['database', 'what', 'p50', 'p99', 'avg. matches']];
  for (const dialect of DIALECTS) {
    try {
      rows.push(...(await benchDialect(dialect)));
    } catch (error) {
      console.log(`[${dialect}] skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }
  console.log(`\n${table(rows)}\n\n${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
