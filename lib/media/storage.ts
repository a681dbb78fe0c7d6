/**
 * Where uploaded pictures' bytes live, behind one small interface: the local disk today
 * (local-storage.ts), an S3-compatible bucket tomorrow, chosen in media-storage.ts only.
 * Keys are opaque to a Storage (media-key.ts makes and checks them); a Storage never sees a
 * file name or anything else a client sent.
 */

export interface StoredObject {
  /** The bytes, streamed: a picture is never read into memory to be served. */
  body: ReadableStream<Uint8Array>;
  bytes: number;
}

export interface Storage {
  /** Stores `data` under `key`, all or nothing: a reader never sees a partly written object. */
  put(key: string, data: Uint8Array): Promise<void>;
  /** The object under `key`, or null when there is none. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object under `key`; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}
