import type { Inline } from '@/lib/content/schema';

/**
 * Text runs inside a paragraph or list item: **bold**, *italic*, ***both***, [link text](address),
 * and a backslash before any character to type it plainly (\* \[ \] \\). Asterisks toggle a mark
 * on and off (no Markdown flanking rules), so what an editor sees is what they get, and a stray
 * asterisk is reported instead of guessed at.
 */

/** Where each joined line of a block starts, so an error can name its line. */
export interface LineMap {
  starts: readonly number[];
  lines: readonly number[];
}

export type InlineResult = { ok: true; runs: Inline[] } | { ok: false; line: number; message: string };

interface Marks {
  bold: boolean;
  italic: boolean;
}

function lineAt(map: LineMap, offset: number): number {
  let line = map.lines[0] ?? 1;
  for (let i = 0; i < map.starts.length; i++) if ((map.starts[i] ?? 0) <= offset) line = map.lines[i] ?? line;
  return line;
}

function makeRun(text: string, marks: Marks, href?: string): Inline {
  return { text, ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}), ...(href !== undefined ? { href } : {}) };
}

function sameMarks(a: Inline, b: Inline): boolean {
  return Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && a.href === b.href;
}

/** Neighbouring runs with the same marks and link are one run (the text cannot tell them apart). */
export function mergeRuns(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && sameMarks(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(makeRun(run.text, { bold: Boolean(run.bold), italic: Boolean(run.italic) }, run.href));
  }
  return out;
}

/** Reads `(address)` right after a link's `]`; returns the address and the index after `)`. */
function readHref(text: string, from: number): { href: string; end: number } | null {
  if (text[from] !== '(') return null;
  let href = '';
  for (let i = from + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      href += text[i + 1];
      i++;
    } else if (char === ')') {
      return { href: href.trim(), end: i + 1 };
    } else {
      href += char;
    }
  }
  return null;
}

export function parseInline(text: string, map: LineMap): InlineResult {
  const runs: Inline[] = [];
  const linkRuns: Inline[] = [];
  const marks: Marks = { bold: false, italic: false };
  const openedAt: { bold: number; italic: number } = { bold: 0, italic: 0 };
  let linkStart = -1;
  let buffer = '';
  const fail = (offset: number, message: string): InlineResult => ({ ok: false, line: lineAt(map, offset), message });
  const flush = () => {
    if (buffer === '') return;
    (linkStart >= 0 ? linkRuns : runs).push(makeRun(buffer, marks));
    buffer = '';
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\') {
      buffer += i + 1 < text.length ? text[++i] : '\\';
    } else if (char === '*') {
      let n = 1;
      while (text[i + n] === '*') n++;
      if (n > 3) return fail(i, `${'*'.repeat(n)} is too many asterisks: use ** for bold, * for italic, *** for both (or \\* for a plain asterisk)`);
      flush();
      if (n !== 2) {
        marks.italic = !marks.italic;
        openedAt.italic = i;
      }
      if (n >= 2) {
        marks.bold = !marks.bold;
        openedAt.bold = i;
      }
      i += n - 1;
    } else if (char === '[') {
      if (linkStart >= 0) return fail(i, 'a link cannot contain another link (write \\[ for a plain bracket)');
      flush();
      linkStart = i;
    } else if (char === ']') {
      if (linkStart < 0) return fail(i, "']' ends a link that was never started (write \\] for a plain bracket)");
      flush();
      const target = readHref(text, i + 1);
      if (!target) return fail(linkStart, "a link is written [link text](address), with the address in brackets right after ']'");
      if (linkRuns.length === 0) return fail(linkStart, 'a link needs some text between [ and ]');
      if (target.href === '') return fail(linkStart, 'a link needs an address between ( and )');
      for (const run of linkRuns.splice(0)) runs.push({ ...run, href: target.href });
      linkStart = -1;
      i = target.end - 1;
    } else {
      buffer += char;
    }
  }
  flush();
  if (linkStart >= 0) return fail(linkStart, "'[' starts a link that is never finished: write [link text](address), or \\[ for a plain bracket");
  if (marks.bold) return fail(openedAt.bold, "'**' starts bold text that is never closed with another '**' (write \\* for a plain asterisk)");
  if (marks.italic) return fail(openedAt.italic, "'*' starts italic text that is never closed with another '*' (write \\* for a plain asterisk)");
  return { ok: true, runs: mergeRuns(runs) };
}

const escapeText = (text: string) => text.replace(/[\\*[\]]/g, (char) => `\\${char}`);
const escapeHref = (href: string) => href.replace(/[\\)]/g, (char) => `\\${char}`);

function toggles(from: Marks, to: Marks): string {
  return (from.bold !== to.bold ? '**' : '') + (from.italic !== to.italic ? '*' : '');
}

/** The text form of runs; parseInline reads it back to the same runs (after mergeRuns). */
export function serialiseInline(runs: readonly Inline[]): string {
  let out = '';
  let marks: Marks = { bold: false, italic: false };
  let openHref: string | undefined;
  for (const run of runs) {
    if (openHref !== undefined && run.href !== openHref) {
      out += `](${escapeHref(openHref)})`;
      openHref = undefined;
    }
    const wanted = { bold: Boolean(run.bold), italic: Boolean(run.italic) };
    if (run.href !== undefined && openHref === undefined) {
      out += toggles(marks, wanted) + '[';
      marks = wanted;
      openHref = run.href;
    }
    out += toggles(marks, wanted) + escapeText(run.text);
    marks = wanted;
  }
  if (openHref !== undefined) out += `](${escapeHref(openHref)})`;
  return out + toggles(marks, { bold: false, italic: false });
}
