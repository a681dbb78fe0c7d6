import { MAIN_HEADING_ID } from '@/components/ui/main-heading';

/**
 * The first focusable element on every page. It is visually hidden until focused, then appears
 * over the header; following it moves focus to the page's h1 (which has tabIndex -1).
 */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_HEADING_ID}`}
      className="skip-link"
    >
      Skip to main content
    </a>
  );
}
