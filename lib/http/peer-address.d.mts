import type { IncomingHttpHeaders } from 'node:http';

/** Types for peer-address.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare const PEER_HEADER: 'x-meridian-peer';
export declare function announcePeerHeader(): void;
export declare function peerHeaderAnnounced(): boolean;
export declare function setPeerHeader(req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string | undefined } }): void;
