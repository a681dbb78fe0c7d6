// @ts-check
/**
 * The gzip a cache keeps beside a body it serves to many readers (encoded-body-cache.mjs for pages,
 * static-asset-cache.mjs for build assets). Plain JavaScript: scripts/server.mjs loads both outside
 * the Next bundle.
 */
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Bodies shorter than this are sent as they are (gzip would barely shrink them). */
export const MIN_GZIP_BYTES = 1024;

/**
 * `bytes` in memory of their own: a Buffer under 32 KiB is a slice of one of Node's shared 64 KiB pool
 * slabs and would keep the whole slab alive for as long as a cache holds it (uncounted).
 * @param {Buffer} bytes
 */
export function owned(bytes) {
  if (bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const copy = Buffer.allocUnsafeSlow(bytes.byteLength);
  bytes.copy(copy);
  return copy;
}

/**
 * The body gzipped at the best level, or null when it is not worth sending gzipped (a type that does
 * not compress, a short body, or a gzip no smaller). Level 9 costs more once, and every later reader
 * gets the smaller body for nothing.
 * @param {Buffer} identity
 * @param {boolean} compressible
 * @returns {Promise<Buffer | null>}
 */
export async function gzipOnce(identity, compressible) {
  if (!compressible || identity.length < MIN_GZIP_BYTES) return null;
  const zipped = await gzipAsync(identity, { level: constants.Z_BEST_COMPRESSION });
  return zipped.length < identity.length ? owned(zipped) : null;
}
