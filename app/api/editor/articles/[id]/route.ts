import { handleArticleCommand } from '@/lib/editorial/article-api';
import { methodNotAllowed } from '@/lib/http/responses';

/** Editors' API onto the publish function; see lib/editorial/article-api.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleArticleCommand(request, id);
}

export function GET(): Response {
  return methodNotAllowed(['POST']);
}
