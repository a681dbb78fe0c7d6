// @ts-check
/**
 * A request path whose percent-encoding does not decode (`/og/author/%C0%AE`, `/news/%FF`) is the
 * client's mistake, but Next 16 lets the decoding error escape its request handler, and `npm start`
 * then answered 500 (503 for reader pages). scripts/server.mjs refuses such paths with 400 first.
 * Only the path: Next parses the query leniently.
 */

/** @param {string | undefined} url the request target as received (`/path?query`) */
export function hasMalformedPathEncoding(url) {
  const path = (url ?? '/').split('?', 1)[0] ?? '/';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * Answers 400 when the path does not decode. Returns true when it answered (do not handle it).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function refuseMalformedPath(req, res) {
  if (!hasMalformedPathEncoding(req.url)) return false;
  res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Bad request: the address is not valid percent-encoding\n');
  return true;
}
