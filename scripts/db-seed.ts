import { parseArgs } from 'node:util';
import { createDb, migrateToLatest, openDatabase } from '@/lib/db/client';
import { seedDemo } from '@/lib/db/seed/seed-demo';
import { seedSynthetic } from '@/lib/db/seed/seed-synthetic';
import { getEnv } from '@/lib/env';
import { runCommand, UsageError } from './run-command';

/**
 * `npm run db:seed`: migrates, then upserts the demo content (idempotent).
 * `npm run db:seed -- --synthetic 10000`: also adds 10,000 generated articles (syn-000001…).
 * `--no-demo` skips the demo upsert (the database must already have sections and authors).
 * `--if-empty` seeds the demo only into a database without sections: exactly what app start-up
 * does (openDatabase), so tests can run that path from several processes at once.
 */
const USAGE = 'Usage: npm run db:seed [-- --synthetic <count>] [--no-demo] [--if-empty]';

async function main() {
  const { values } = parseArgs({
    options: {
      synthetic: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      'if-empty': { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const synthetic = values.synthetic === undefined ? 0 : Number(values.synthetic);
  if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 1_000_000) {
    throw new UsageError(`--synthetic expects a whole number from 0 to 1000000 (got "${values.synthetic}").\n${USAGE}`);
  }

  const env = getEnv();
  if (values['if-empty']) {
    const db = await openDatabase(env.DATABASE_URL, { seedDemo: !values['no-demo'] });
    await db.destroy();
    console.log('Database ready (start-up path).');
    return;
  }
  const db = createDb(env.DATABASE_URL);
  try {
    await migrateToLatest(db);
    if (!values['no-demo']) {
      const started = Date.now();
      const result = await seedDemo(db);
      console.log(
        `Demo content: ${result.sections} sections, ${result.authors} authors, ${result.tags} tags, ` +
          `${result.newsletters} newsletters, ${result.articles} articles (${Date.now() - started} ms).`,
      );
    }
    if (synthetic > 0) {
      const started = Date.now();
      let lastPrinted = 0;
      const { inserted } = await seedSynthetic(db, {
        count: synthetic,
        onProgress: (done, total) => {
          // About ten progress lines whatever the size, plus the last one.
          if (done === total || done - lastPrinted >= Math.max(500, Math.floor(total / 10))) {
            lastPrinted = done;
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            console.log(`Synthetic articles: ${done}/${total} (${Math.round((done / total) * 100)}%, ${seconds} s)`);
          }
        },
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`Synthetic articles: ${inserted} new, ${synthetic - inserted} already present, ${seconds} s.`);
    }
  } finally {
    await db.destroy();
  }
}

runCommand(main, USAGE);
