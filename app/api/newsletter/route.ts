import { methodNotAllowed } from '@/lib/http/responses';
import { getNewsletterContext } from '@/lib/newsletter/default-context';
import { createSubscribeHandler } from '@/lib/newsletter/handlers/signup';

/** Newsletter signup: form posts (answered with a page) and JSON (answered with JSON). */
export const POST = createSubscribeHandler(getNewsletterContext);

const notAllowed = () => methodNotAllowed(['POST']);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
