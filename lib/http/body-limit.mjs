// @ts-check
/**
 * One cap on every request body, applied by the production server (scripts/server.mjs) before Next
 * sees the request, so no route (next-auth's own paths included) can be made to buffer a huge body.
 * Routes keep their smaller caps (lib/http/body.ts) and their own 413 answers under this one.
 *
 * A declared Content-Length above the cap is answered 413 at once; the body is then read and thrown
 * away (up to MAX_DRAINED_BYTES, for DRAIN_MS at most), so the client can finish sending and read the
 * answer: closing at once made clients such as fetch fail with EPIPE before they saw the 413. A body
 * without one (chunked) is counted as the HTTP parser hands it over: past the cap, nothing more reaches
 * the route, the client gets 413 and the connection is closed. Memory stays flat whatever is sent.
 *
 * Plain JavaScript: server.mjs loads it outside the Next bundle (a fresh `npm ci --omit=dev`, no tsx).
 */

/**
 * 2 MiB: above every cap a route sets (the largest, the editor's article API, takes 64 KiB) and
 * above Next's own 1 MB default for Server Actions, so those keep answering their own errors.
 */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;

/**
 * The one route allowed more: editors' picture uploads (a 10 MiB file plus the form around it).
 * lib/media/upload-route.ts applies the same cap while it streams, for servers other than this one.
 */
export const UPLOAD_PATH = '/api/editor/media';
export const MAX_UPLOAD_BODY_BYTES = 10 * 1024 * 1024 + 256 * 1024;

/** The 413 both answers send; the one that closes the connection adds `Connection: close`. */
const TOO_LARGE_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };
const TOO_LARGE_BODY = 'Request body too large\n';

/** A declared body up to this size is drained after its 413; a larger one is answered and cut off. */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;
/** How long a drain may take before the connection is dropped (a slow sender holds no more than that). */
const DRAIN_MS = 10_000;

/**
 * Caps this request's body. Returns false when it was answered 413 already (do not handle it);
 * true when it may go on, in which case a chunked body is still cut off at the cap while it streams.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} [maxBytes]
 */
export function limitRequestBody(req, res, maxBytes = MAX_REQUEST_BODY_BYTES) {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) {
    if (Number(declared) <= MAX_DRAINED_BYTES) answerTooLargeThenDrain(req, res);
    else answerTooLarge(res);
    return false;
  }
  let received = 0;
  let cut = false;
  const push = req.push;
  // Every body chunk passes through push (the parser's hand-over to the stream), read or not.
  req.push = function (chunk, encoding) {
    if (cut) return false;
    if (chunk !== null && chunk !== undefined) received += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (received <= maxBytes) return Reflect.apply(push, req, [chunk, encoding]);
    cut = true;
    answerTooLarge(res);
    return false;
  };
  return true;
}

/**
 * 413 on a connection kept open: once the answer is sent, Node reads what is left of the declared body
 * and throws it away before the next request (its response-finished step dumps an unread request).
 * A sender that has not finished within DRAIN_MS loses the connection.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function answerTooLargeThenDrain(req, res) {
  res.writeHead(413, TOO_LARGE_HEADERS);
  res.end(TOO_LARGE_BODY);
  const timer = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
}

/**
 * 413 with `Connection: close` (Node closes the socket once it is sent); if the route had started
 * answering already, the connection is dropped instead.
 * @param {import('node:http').ServerResponse} res
 */
function answerTooLarge(res) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(413, { ...TOO_LARGE_HEADERS, Connection: 'close' });
  res.end(TOO_LARGE_BODY);
}
