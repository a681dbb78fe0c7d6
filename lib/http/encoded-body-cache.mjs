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
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** What a cache holds at most: bytes of text, UTF-8 and gzip together. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Bodies shorter than this are sent as they are (gzip would barely shrink them). */
export const MIN_GZIP_BYTES = 1024;

/**
 * @typedef {{ etag: string, identity: Buffer, gzip: Buffer | null }} EncodedBody
 * @typedef {{ value: Promise<EncodedBody>, bytes: number }} Entry
 */

/** @param {string} text @param {boolean} compressible @returns {Promise<EncodedBody>} */
async function encode(text, compressible) {
  const identity = Buffer.from(text, 'utf8');
  const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
  // Level 9 once per page version: every later reader gets the smaller body at no extra cost.
  const zipped =
    compressible && identity.length >= MIN_GZIP_BYTES ? await gzipAsync(identity, { level: constants.Z_BEST_COMPRESSION }) : null;
  return { etag, identity, gzip: zipped && zipped.length < identity.length ? zipped : null };
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
     * The encoded forms of a body; concurrent requests for a new body share one encoding.
     * @param {string} text
     * @param {boolean} compressible
     */
    get(text, compressible) {
      const hit = entries.get(text);
      if (hit) {
        entries.delete(text);
        entries.set(text, hit);
        return hit.value;
      }
      // Text (2 bytes a character at worst) plus UTF-8 and gzip, counted generously up front.
      const entry = { value: encode(text, compressible), bytes: text.length * 4 };
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
