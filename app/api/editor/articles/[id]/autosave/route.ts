import { handleAutosave } from '@/lib/editorial/autosave-api';
import { methodNotAllowed } from '@/lib/http/responses';

/** The edit form's autosave; see lib/editorial/autosave-api.ts. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleAutosave(request, id);
}

export function GET(): Response {
  return methodNotAllowed(['POST']);
}
