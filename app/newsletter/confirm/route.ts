import { connection } from 'next/server';
import { getNewsletterContext } from '@/lib/newsletter/default-context';
import { createConfirmHandler } from '@/lib/newsletter/handlers/confirm';
import { confirmPage } from '@/lib/newsletter/pages';

/** The link in the confirmation mail: GET shows a button (never confirms), POST confirms. */
export async function GET(request: Request): Promise<Response> {
  await connection();
  return confirmPage(request);
}

export const POST = createConfirmHandler(getNewsletterContext);
