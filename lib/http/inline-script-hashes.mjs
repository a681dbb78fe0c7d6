// @ts-check
/**
 * The CSP hash sources of a page's inline scripts (Next's `self.__next_f.push(…)` payload chunks and
 * its bootstrap), so a cached page can run exactly its own scripts without 'unsafe-inline' or a
 * per-request nonce. Called once per page version by lib/http/encoded-body-cache.mjs (decision 0008).
 */
import { createHash } from 'node:crypto';

// Raw text up to the first "</script" is exactly what the browser hashes (script is a raw-text element).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const SRC = /\ssrc\s*=/i;
const TYPE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
/** Types a browser runs; JSON-LD and other data blocks are never executed, so need no hash. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The CSP hash sources ('sha256-…') of every inline script in an HTML document, each once, in order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!EXECUTABLE_TYPES.has(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

