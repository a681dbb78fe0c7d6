import { connection } from 'next/server';
import { isDatabaseReady } from '@/lib/db/client';

/**
 * Readiness: 200 when the database answers a ping within 1 s, else 503. The body never carries
 * error details (they go to the server log), and nothing here is cached.
 */
export async function GET() {
  await connection();
  const ready = await isDatabaseReady(1_000);
  return Response.json(
    { status: ready ? 'ok' : 'unavailable' },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
