import { methodNotAllowed } from '@/lib/http/responses';
import { handleMediaUpload } from '@/lib/media/upload-route';

/** Editors upload pictures here; see lib/media/upload-route.ts. */
export async function POST(request: Request): Promise<Response> {
  return handleMediaUpload(request);
}

export function GET(): Response {
  return methodNotAllowed(['POST']);
}
