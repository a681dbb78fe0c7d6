/** Types of private-headers.mjs (plain JavaScript, also loaded by next.config.js and scripts/server.mjs). */
export declare const PRIVATE_CACHE_CONTROL: 'private, no-store, max-age=0';
export declare const NOT_INDEXED: 'noindex, nofollow';
export declare const PRIVATE_HEADERS: Readonly<{ 'Cache-Control': typeof PRIVATE_CACHE_CONTROL; 'X-Robots-Tag': typeof NOT_INDEXED }>;
export declare const PRIVATE_NO_REFERRER_HEADERS: Readonly<{ 'Cache-Control': typeof PRIVATE_CACHE_CONTROL; 'X-Robots-Tag': typeof NOT_INDEXED; 'Referrer-Policy': 'no-referrer' }>;
