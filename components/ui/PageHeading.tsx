import type { ReactNode } from 'react';
import { MAIN_HEADING_ID } from './main-heading';

interface PageHeadingProps {
  children: ReactNode;
  className?: string;
}

/**
 * The page's one h1. tabIndex -1 makes it focusable by script and by the skip link's fragment
 * without adding a tab stop (bbc/simorgh's pattern).
 */
export function PageHeading({ children, className }: PageHeadingProps) {
  return (
    <h1 id={MAIN_HEADING_ID} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
