import { connection } from 'next/server';
import { getNewsletterContext } from '@/lib/newsletter/default-context';
import { createUnsubscribeHandler } from '@/lib/newsletter/handlers/unsubscribe';
import { createUnsubscribePage } from '@/lib/newsletter/pages';

/** List-Unsubscribe target: GET shows a button (never unsubscribes), POST is one-click or that button. */
const page = createUnsubscribePage(getNewsletterContext);

export async function GET(request: Request): Promise<Response> {
  await connection();
  return page(request);
}

export const POST = createUnsubscribeHandler(getNewsletterContext);
