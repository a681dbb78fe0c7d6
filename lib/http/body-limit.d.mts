import type { IncomingMessage, ServerResponse } from 'node:http';

/** Types of body-limit.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare const MAX_REQUEST_BODY_BYTES: number;
export declare const UPLOAD_PATH: string;
export declare const MAX_UPLOAD_BODY_BYTES: number;
export declare function limitRequestBody(req: IncomingMessage, res: ServerResponse, maxBytes?: number): boolean;
