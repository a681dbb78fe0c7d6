import { draftOgImage } from '@/lib/preview';

/** The Open Graph image a draft will get, for signed-in editors only. */
export async function GET(_request: Request, context: { params: Promise<{ articleId: string }> }) {
  return draftOgImage((await context.params).articleId);
}
