import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Which SQL dialect a Kysely instance, a transaction or a migration's handle speaks. targetOf() in
 * client.ts knows only the app's own instances; the adapter is there for all of them.
 */
export function dialectOf<T>(db: Kysely<T>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
