// @ts-check
/**
 * Encoded bodies of whole responses, kept by their text: the UTF-8 bytes, a strong ETag and the gzip
 * bytes of each recent body, so a page served again from Next's cache costs a map lookup instead of
 * a hash walked one character at a time in JavaScript (Next's ETag), a UTF-8 conversion and a fresh
 * gzip on every request (the three largest costs in a CPU profile of cached article pages).
 *
 * The key is the body itself: a changed page is a different string, so an entry can never be stale,
 * and V8 hashes a string once. Size is bounded by bytes held (least recently used out first).
 * Plain JavaScript: scripts/server.mjs loads it outside the Next bundle.
 */
import { createHash } from 'node:crypto';
import { withScriptHashes } from './csp.mjs';
import { gzipOnce, owned } from './gzip-once.mjs';
import { inlineScriptHashes } from './inline-script-hashes.mjs';

/** What a cache holds at most: bytes of text, UTF-8 and gzip together. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * @typedef {{ etag: string, identity: Buffer, gzip: Buffer | null, policy: (base: string) => string }} EncodedBody
 * @typedef {{ value: Promise<EncodedBody>, bytes: number }} Entry
 */

/**
 * A memo of `base` policies with this HTML page's inline-script hashes in script-src (a page is
 * sent under one or two base policies: public, or framed in the editors' preview).
 * @param {string[] | null} hashes
 */
function policyWithHashes(hashes) {
  /** @type {Map<string, string>} */
  const memo = new Map();
  return (/** @type {string} */ base) => {
    if (hashes === null) return base;
    let policy = memo.get(base);
    if (policy === undefined) {
      policy = withScriptHashes(base, hashes);
      if (memo.size < 8) memo.set(base, policy);
    }
    return policy;
  };
}

/** @param {string} text @param {boolean} compressible @param {boolean} html @returns {Promise<EncodedBody>} */
async function encode(text, compressible, html) {
  const identity = owned(Buffer.from(text, 'utf8'));
  const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
  // Hashed with the ETag, once per page version: the CSP of a cached page costs readers nothing.
  const policy = policyWithHashes(html ? inlineScriptHashes(text) : null);
  return { etag, identity, gzip: await gzipOnce(identity, compressible), policy };
}

/** @param {{ maxBytes?: number }} [options] */
export function createEncodedBodyCache({ maxBytes = DEFAULT_MAX_BYTES } = {}) {
  /** @type {Map<string, Entry>} insertion order is recency order */
  const entries = new Map();
  let heldBytes = 0;

  function evict() {
    for (const [text, entry] of entries) {
      if (heldBytes <= maxBytes) return;
      entries.delete(text);
      heldBytes -= entry.bytes;
    }
  }

  return {
    /**
     * The encoded forms of a body; concurrent requests for a new body share one encoding. `html`
     * (a text/html response) also hashes its inline scripts for the Content-Security-Policy.
     * @param {string} text
     * @param {boolean} compressible
     * @param {boolean} [html]
     */
    get(text, compressible, html = false) {
      const hit = entries.get(text);
      if (hit) {
        entries.delete(text);
        entries.set(text, hit);
        return hit.value;
      }
      // Text (2 bytes a character at worst) plus UTF-8 and gzip, counted generously up front.
      const entry = { value: encode(text, compressible, html), bytes: text.length * 4 };
      entries.set(text, entry);
      heldBytes += entry.bytes;
      // A failed encoding is not kept: the next request for the body tries again.
      entry.value.catch(() => {
        if (entries.get(text) !== entry) return;
        entries.delete(text);
        heldBytes -= entry.bytes;
      });
      evict();
      return entry.value;
    },
    /** For tests and the memory bench. */
    stats() {
      return { entries: entries.size, heldBytes, maxBytes };
    },
  };
}
