// @ts-check
/**
 * The client's socket address, handed from the production server (scripts/server.mjs) to route
 * handlers, which see only headers. server.mjs replaces any copy of PEER_HEADER a client sent with
 * the socket's address and announces itself once; lib/http/client-ip.ts believes the header only
 * after that announcement, so under `next dev`/`next start` (nothing strips it) a forged one is ignored.
 *
 * Plain JavaScript: server.mjs loads it outside the Next bundle (a fresh `npm ci --omit=dev`, no tsx).
 */

export const PEER_HEADER = 'x-meridian-peer';

/** Symbol.for: the same key whichever copy of this module (server.mjs's or the bundle's) asks. */
const ANNOUNCED = Symbol.for('meridian.peer-header-announced');

/** Called once by scripts/server.mjs before it serves requests. */
export function announcePeerHeader() {
  Reflect.set(globalThis, ANNOUNCED, true);
}

/** Whether this process's requests pass through setPeerHeader. */
export function peerHeaderAnnounced() {
  return Reflect.get(globalThis, ANNOUNCED) === true;
}

/**
 * Drops the client's own PEER_HEADER (Node lower-cases names and joins repeats, so one delete
 * removes every spelling) and sets it to the socket's address.
 * @param {{ headers: import('node:http').IncomingHttpHeaders, socket: { remoteAddress?: string | undefined } }} req
 */
export function setPeerHeader(req) {
  delete req.headers[PEER_HEADER];
  const address = req.socket.remoteAddress;
  if (address) req.headers[PEER_HEADER] = address;
}
