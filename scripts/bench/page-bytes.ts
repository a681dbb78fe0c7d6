/** What one page weighs: its HTML raw and gzip -9, its inline RSC payload, and the words of its article body. */
import { gzipSync } from 'node:zlib';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';

export interface PageBytes {
  htmlRaw: number;
  htmlGzip: number;
  /** Bytes of the `self.__next_f.push(...)` scripts: the RSC payload Next inlines for hydration. */
  rsc: number;
  /** Words of the text inside `bodySelector` (0 when the page has none). */
  words: number;
  /** Characters per word of that text, spaces included: bytes per word depend on it. */
  charsPerWord: number;
}

/** Text nodes joined with spaces, so `<h2>A</h2><p>B` counts as two words, not one. */
function textOf(node: Node): string[] {
  if (node instanceof TextNode) return [node.text];
  if (node instanceof HTMLElement && /^(script|style|template)$/i.test(node.tagName ?? '')) return [];
  return node.childNodes.flatMap(textOf);
}

export function pageBytes(html: string, bodySelector: string): PageBytes {
  const buffer = Buffer.from(html);
  const rsc = [...html.matchAll(/<script\b[^>]*>([^]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .filter((script) => script.includes('self.__next_f'))
    .reduce((total, script) => total + Buffer.byteLength(script), 0);
  const body = parse(html).querySelector(bodySelector);
  const text = body ? textOf(body).join(' ').replace(/\s+/g, ' ').trim() : '';
  const words = text ? text.split(' ').length : 0;
  return { htmlRaw: buffer.length, htmlGzip: gzipSync(buffer, { level: 9 }).length, rsc, words, charsPerWord: words ? text.length / words : 0 };
}
