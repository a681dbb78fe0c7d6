import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * The root not-found boundary, for notFound() outside the public layout (editor pages). It is sent
 * inside every page's RSC payload, so it stays frameless; unmatched URLs get app/global-not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundMessage />;
}
