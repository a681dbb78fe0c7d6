import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

/** 404 inside the newsletter pages' frame (an unknown result page). */
export default function NewsletterNotFound() {
  return <NotFoundMessage />;
}
