import { connection } from 'next/server';
import { homeOgPng, pngResponse } from '@/lib/og/cached';
import { discoveryOrigin } from '@/lib/seo/responses';

/** /og/home: the site's branded share card. */
export async function GET(): Promise<Response> {
  await connection();
  return pngResponse(await homeOgPng(discoveryOrigin().host));
}
