import type { ReactNode } from 'react';
import { PageHeading } from '@/components/ui/PageHeading';

interface NewsletterMessageProps {
  title: string;
  children: ReactNode;
}

/** The frame of every newsletter result page: one h1 and a short explanation. */
export function NewsletterMessage({ title, children }: NewsletterMessageProps) {
  return (
    <div className="mx-auto max-w-prose py-10 font-sans">
      <PageHeading className="font-serif text-3xl font-bold">{title}</PageHeading>
      <div className="mt-4 space-y-4 text-lg">{children}</div>
    </div>
  );
}
