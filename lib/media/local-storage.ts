import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isMediaKey } from './media-key';
import type { Storage, StoredObject } from './storage';

/**
 * Pictures as files in one folder on the local disk. A put writes a hidden temporary file beside
 * its target, flushes it and renames it into place (a rename within a folder is atomic), so a
 * crash leaves at worst a `.partial-*` file, never a half picture under a real key.
 */
export class LocalDiskStorage implements Storage {
  constructor(readonly folder: string) {}

  /** Keys are checked again here, so no caller mistake can turn one into a path outside the folder. */
  private fileOf(key: string): string {
    if (!isMediaKey(key)) throw new Error('invalid media key');
    return path.join(this.folder, key);
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const target = this.fileOf(key);
    await fs.promises.mkdir(this.folder, { recursive: true });
    const partial = path.join(this.folder, `.partial-${randomBytes(8).toString('hex')}`);
    try {
      const handle = await fs.promises.open(partial, 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    if (!isMediaKey(key)) return null;
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(this.fileOf(key), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      // The stream owns the handle from here and closes it when done or cancelled.
      const stream = handle.createReadStream();
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, bytes: size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    if (!isMediaKey(key)) return;
    await fs.promises.rm(this.fileOf(key), { force: true });
  }
}
