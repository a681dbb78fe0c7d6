/** Types of micro-cache.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Entry {
  at: number;
  headers: [string, string | number | string[]][];
  body: string;
}
export interface Ticket {
  key: string;
  generation: number;
}
export declare function microCacheKey(req: IncomingMessage): string | null;
export declare function isSharedResponse(res: ServerResponse, body: unknown): boolean;
export declare function createMicroCache(options?: { ttlMs?: number; maxEntries?: number; now?: () => number }): {
  lookup(key: string): Entry | null;
  ticket(key: string): Ticket;
  keep(ticket: Ticket, res: ServerResponse, body: string): void;
  flush(): void;
  readonly size: number;
};
export declare const TAGS_EXPIRED_LISTENERS: unique symbol;
export declare function tagsExpiredListeners(): Set<() => void>;
