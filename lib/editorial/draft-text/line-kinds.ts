/**
 * What the first characters of a line make it. The parser and the serialiser share this one
 * definition, so text that merely looks like a marker is always written with a backslash in front.
 */
export type LineKind = 'heading' | 'pullQuote' | 'quote' | 'bullet' | 'numbered' | 'directive' | 'text';

export const HEADING = /^(#+)(?:[ \t]+|$)/;
export const PULL_QUOTE = /^>>[ \t]?/;
export const QUOTE = /^>[ \t]?/;
export const BULLET = /^-(?:[ \t]+|$)/;
export const NUMBERED = /^\d{1,9}[.)](?:[ \t]+|$)/;
export const DIRECTIVE = /^::/;

export function lineKind(line: string): LineKind {
  if (HEADING.test(line)) return 'heading';
  if (PULL_QUOTE.test(line)) return 'pullQuote';
  if (QUOTE.test(line)) return 'quote';
  if (BULLET.test(line)) return 'bullet';
  if (NUMBERED.test(line)) return 'numbered';
  if (DIRECTIVE.test(line)) return 'directive';
  return 'text';
}

/** A paragraph's first line, with a backslash where it would otherwise read as a marker. */
export function guardLineStart(line: string): string {
  if (lineKind(line) === 'text') return line;
  const digits = /^\d+/.exec(line)?.[0];
  // "1. " is guarded at the dot ("1\. "), since a backslash before a digit is the digit anyway.
  return digits ? `${digits}\\${line.slice(digits.length)}` : `\\${line}`;
}
