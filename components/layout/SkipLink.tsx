import { MAIN_HEADING_ID } from '@/components/ui/main-heading';

/**
 * The first focusable element on every page. It is visually hidden until focused, then appears
 * over the header; following it moves focus to the page's h1 (which has tabIndex -1).
 */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_HEADING_ID}`}
      className="sr-only z-50 rounded bg-accent px-4 py-3 font-sans font-semibold text-accent-ink focus:not-sr-only focus:absolute focus:start-2 focus:top-2"
    >
      Skip to main content
    </a>
  );
}
