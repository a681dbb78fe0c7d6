import { parseDirective } from './directives';
import { parseInline, type LineMap } from './inline';
import { BULLET, HEADING, lineKind, NUMBERED, PULL_QUOTE, QUOTE, type LineKind } from './line-kinds';
import type { BlockCandidate, LocatedCandidate, ParsedText, TextError } from './types';

/**
 * The body text -> block candidates. Blocks are separated by blank lines; a block's first line
 * says what it is (line-kinds.ts). Every problem found is reported with its line, not only the
 * first, so an editor can fix them in one pass. No lookups here: see resolve.ts.
 */

interface Chunk {
  /** 1-based line of each entry in `lines`. */
  numbers: number[];
  lines: string[];
}

type ChunkResult = { ok: true; candidate: BlockCandidate } | { ok: false; error: TextError };

const fail = (line: number, message: string): ChunkResult => ({ ok: false, error: { line, message } });

function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let current: Chunk | null = null;
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '') {
        current = null;
        return;
      }
      if (!current) {
        current = { numbers: [], lines: [] };
        out.push(current);
      }
      current.numbers.push(index + 1);
      current.lines.push(line);
    });
  return out;
}

/** Joins a block's lines with spaces, remembering where each line begins. */
function joined(parts: readonly string[], numbers: readonly number[]): { text: string; map: LineMap } {
  const starts: number[] = [];
  let text = '';
  parts.forEach((part, i) => {
    if (i > 0) text += ' ';
    starts.push(text.length);
    text += part;
  });
  return { text, map: { starts, lines: numbers } };
}

function paragraph(chunk: Chunk): ChunkResult {
  const { text, map } = joined(chunk.lines, chunk.numbers);
  const inline = parseInline(text, map);
  if (!inline.ok) return fail(inline.line, inline.message);
  if (inline.runs.length === 0) return fail(chunk.numbers[0] ?? 1, 'this paragraph has no text, only formatting marks');
  return { ok: true, candidate: { type: 'paragraph', content: inline.runs } };
}

function heading(chunk: Chunk): ChunkResult {
  const first = chunk.lines[0] as string;
  const line = chunk.numbers[0] as number;
  const hashes = (HEADING.exec(first)?.[1] ?? '').length;
  if (hashes === 1) return fail(line, "the headline is the only top-level heading: start a subheading with '## ' (or '### ' for a smaller one)");
  if (hashes > 3) return fail(line, "subheadings start with '## ' or '### ' (there are no smaller ones)");
  const text = first.replace(HEADING, '').trim();
  if (text === '') return fail(line, `a subheading needs text after '${'#'.repeat(hashes)} '`);
  if (chunk.lines.length > 1) return fail(chunk.numbers[1] as number, 'a subheading is a single line: leave a blank line after it');
  return { ok: true, candidate: { type: 'heading', level: hashes === 2 ? 2 : 3, text } };
}

const ATTRIBUTION = /^(?:—|–|--)[ \t]*(.*)$/;

function quote(chunk: Chunk, kind: 'quote' | 'pullQuote'): ChunkResult {
  const marker = kind === 'pullQuote' ? PULL_QUOTE : QUOTE;
  const shown = kind === 'pullQuote' ? '>> ' : '> ';
  const stripped: string[] = [];
  for (let i = 0; i < chunk.lines.length; i++) {
    const line = chunk.lines[i] as string;
    if (lineKind(line) !== kind) {
      return fail(chunk.numbers[i] as number, `every line of a ${kind === 'pullQuote' ? 'pull quote' : 'quote'} starts with '${shown}' (leave a blank line before the next paragraph)`);
    }
    stripped.push(line.replace(marker, '').trim());
  }
  const last = stripped.at(-1) as string;
  const attribution = stripped.length > 0 && ATTRIBUTION.test(last) ? (ATTRIBUTION.exec(last)?.[1] ?? '').trim() : undefined;
  const textLines = attribution === undefined ? stripped : stripped.slice(0, -1);
  // A leading backslash lets a quote begin with a dash without it reading as the attribution.
  const text = textLines.join(' ').replace(/^\\/, '').trim();
  if (text === '') return fail(chunk.numbers[0] as number, `a quote needs text after '${shown}'`);
  const variant = kind === 'pullQuote' ? 'pull' : 'block';
  return { ok: true, candidate: { type: 'quote', variant, text, ...(attribution !== undefined ? { attribution } : {}) } };
}

function list(chunk: Chunk, kind: 'bullet' | 'numbered'): ChunkResult {
  const marker = kind === 'bullet' ? BULLET : NUMBERED;
  const other: LineKind = kind === 'bullet' ? 'numbered' : 'bullet';
  const items: { parts: string[]; numbers: number[] }[] = [];
  for (let i = 0; i < chunk.lines.length; i++) {
    const line = chunk.lines[i] as string;
    const number = chunk.numbers[i] as number;
    if (lineKind(line) === other) {
      return fail(number, "a list is either bulleted ('- ') or numbered ('1. '): leave a blank line between two lists");
    }
    if (marker.test(line)) items.push({ parts: [line.replace(marker, '')], numbers: [number] });
    else {
      // A line without a marker continues the item above it.
      items.at(-1)?.parts.push(line);
      items.at(-1)?.numbers.push(number);
    }
  }
  const parsed = [];
  for (const item of items) {
    const { text, map } = joined(item.parts, item.numbers);
    const inline = parseInline(text, map);
    if (!inline.ok) return fail(inline.line, inline.message);
    if (inline.runs.length === 0) return fail(item.numbers[0] as number, `a list item needs text after '${kind === 'bullet' ? '- ' : '1. '}'`);
    parsed.push(inline.runs);
  }
  return { ok: true, candidate: { type: 'list', style: kind === 'bullet' ? 'bulleted' : 'numbered', items: parsed } };
}

function directive(chunk: Chunk): ChunkResult {
  const line = chunk.numbers[0] as number;
  if (chunk.lines.length > 1) return fail(chunk.numbers[1] as number, "a '::' line stands alone: leave a blank line after it");
  const result = parseDirective(chunk.lines[0] as string);
  return result.ok ? result : fail(line, result.message);
}

function parseChunk(chunk: Chunk): ChunkResult {
  const kind = lineKind(chunk.lines[0] as string);
  switch (kind) {
    case 'heading':
      return heading(chunk);
    case 'quote':
    case 'pullQuote':
      return quote(chunk, kind);
    case 'bullet':
    case 'numbered':
      return list(chunk, kind);
    case 'directive':
      return directive(chunk);
    case 'text':
      return paragraph(chunk);
  }
}

export function parseDraftText(text: string): ParsedText {
  const blocks: LocatedCandidate[] = [];
  const errors: TextError[] = [];
  for (const chunk of chunks(text)) {
    const result = parseChunk(chunk);
    if (result.ok) blocks.push({ line: chunk.numbers[0] as number, candidate: result.candidate });
    else errors.push(result.error);
  }
  return { blocks, errors };
}
