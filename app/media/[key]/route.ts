import { connection } from 'next/server';
import { serveMedia } from '@/lib/media/serve-route';

/** An uploaded picture; see lib/media/serve-route.ts. */
export async function GET(_request: Request, context: { params: Promise<{ key: string }> }): Promise<Response> {
  await connection();
  return serveMedia((await context.params).key);
}
