/** Types of reserved-segments.mjs (plain JavaScript, also loaded by next.config.js). */
export declare const NOT_READER_SEGMENTS: readonly string[];
export declare const READER_PAGE_SEGMENTS: readonly string[];
export declare const NOT_SECTION_SEGMENTS: readonly string[];
