import type { IncomingMessage, ServerResponse } from 'node:http';

/** Types of path-encoding.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare function hasMalformedPathEncoding(url: string | undefined): boolean;
export declare function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): boolean;
