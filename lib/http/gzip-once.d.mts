/** Types of gzip-once.mjs (plain JavaScript, loaded by scripts/server.mjs outside the bundle). */
export declare const MIN_GZIP_BYTES: number;
export declare function owned(bytes: Buffer): Buffer;
export declare function gzipOnce(identity: Buffer, compressible: boolean): Promise<Buffer | null>;
