import { sql, type Kysely } from 'kysely';

/**
 * Which SQL dialect a Kysely instance, a transaction or a migration's handle speaks. targetOf() in
 * client.ts knows only the app's own instances; this asks the handle itself. Not by `instanceof
 * PostgresAdapter`: a production build can hold two copies of Kysely's classes (one per bundle
 * layer), and then an adapter made by one copy is not an instance of the other's class. The query
 * compiler's parameter placeholder ($1 for PostgreSQL, ? for SQLite) answers the same either way,
 * without a round trip to the database.
 */
export function dialectOf<T>(db: Kysely<T>): 'sqlite' | 'postgres' {
  return sql`select ${1}`.compile(db).sql.includes('$1') ? 'postgres' : 'sqlite';
}
