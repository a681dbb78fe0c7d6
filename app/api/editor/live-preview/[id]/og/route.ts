import { unsavedPreviewCard } from '@/lib/editorial/live-preview-api';

/** The Open Graph image of an editor's unsaved preview, for that editor only. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return unsavedPreviewCard((await context.params).id);
}
