import { handleArticleLookup } from '@/lib/editorial/article-lookup';
import { methodNotAllowed } from '@/lib/http/responses';

/** The Read more picker's article search; see lib/editorial/article-lookup.ts. */
export async function GET(request: Request): Promise<Response> {
  return handleArticleLookup(request);
}

export function POST(): Response {
  return methodNotAllowed(['GET']);
}
