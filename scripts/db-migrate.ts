import { createDb, migrateToLatest } from '@/lib/db/client';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { getEnv } from '@/lib/env';
import { runCommand } from './run-command';

/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL and exits.
 * (The app also migrates on start; this is for deploy pipelines that migrate first.)
 * Runs under `tsx --conditions=react-server` so `server-only` modules load outside Next.js.
 */
async function main() {
  const env = getEnv();
  const target = parseDatabaseUrl(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const where = target.dialect === 'sqlite' ? target.file : `PostgreSQL at ${target.address}`;
    console.log(`Migrations are up to date (${where}).`);
  } finally {
    await db.destroy();
  }
}

runCommand(main);
