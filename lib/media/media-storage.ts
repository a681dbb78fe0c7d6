import 'server-only';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { LocalDiskStorage } from './local-storage';
import type { Storage } from './storage';

/**
 * The one place that chooses where pictures are stored: `<MERIDIAN_DATA_DIR>/media` on the local
 * disk. An S3-compatible store is another Storage returned from here; no caller changes.
 */
let storage: Storage | undefined;

export function mediaFolder(): string {
  // turbopackIgnore: a runtime folder, not a source path to trace into the build output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), getEnv().MERIDIAN_DATA_DIR, 'media');
}

export function getMediaStorage(): Storage {
  storage ??= new LocalDiskStorage(mediaFolder());
  return storage;
}
