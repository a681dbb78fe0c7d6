import { connection } from 'next/server';

/**
 * Liveness: the process is up and serving. Touches no database, so an orchestrator does not
 * restart a healthy app because the database is briefly away (that is what /api/ready reports).
 */
export async function GET() {
  // Opt out of prerendering: a health answer baked in at build time would prove nothing.
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
