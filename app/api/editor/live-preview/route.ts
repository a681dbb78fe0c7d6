import { handleLivePreview } from '@/lib/editorial/live-preview-api';
import { methodNotAllowed } from '@/lib/http/responses';

/** The live preview beside the edit form; see lib/editorial/live-preview-api.ts. */
export function POST(request: Request): Promise<Response> {
  return handleLivePreview(request);
}

export function GET(): Response {
  return methodNotAllowed(['POST']);
}
