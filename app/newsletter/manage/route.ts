import { connection } from 'next/server';
import { getNewsletterContext } from '@/lib/newsletter/default-context';
import { createManageHandler } from '@/lib/newsletter/handlers/manage';
import { createManagePage } from '@/lib/newsletter/pages';

/** The "choose your newsletters" link in every newsletter mail. */
const page = createManagePage(getNewsletterContext);

export async function GET(request: Request): Promise<Response> {
  await connection();
  return page(request);
}

export const POST = createManageHandler(getNewsletterContext);
