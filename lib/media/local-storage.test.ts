/**
 * @jest-environment node
 *
 * The local-disk Storage (lib/media/local-storage.ts): all-or-nothing puts, streamed gets, and keys
 * checked on every call, so nothing but a well-formed key can become a path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDiskStorage } from '@/lib/media/local-storage';
import { isMediaKey, mediaKeyOf, mediaPath, newMediaKey } from '@/lib/media/media-key';

jest.mock('server-only', () => ({}));

let root: string;
let folder: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-storage-'));
  folder = path.join(root, 'media');
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString();
}

describe('LocalDiskStorage', () => {
  it('puts, streams back and deletes an object, leaving only the object itself in its folder', async () => {
    const storage = new LocalDiskStorage(folder);
    const key = newMediaKey('jpg');
    await storage.put(key, Buffer.from('picture bytes'));
    expect(fs.readdirSync(folder)).toEqual([key]);
    const object = await storage.get(key);
    expect(object?.bytes).toBe(13);
    expect(await text(object!.body)).toBe('picture bytes');
    await storage.delete(key);
    await storage.delete(key);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(await storage.get(key)).toBeNull();
  });

  it('refuses anything but a well-formed key, so no key can name a path outside its folder', async () => {
    const storage = new LocalDiskStorage(folder);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(root, 'secret.jpg'), 'not yours');
    for (const key of ['../secret.jpg', '..', '', '/etc/passwd', 'A'.repeat(32) + '.jpg', `${'a'.repeat(32)}.jpg/../../secret.jpg`, `${'a'.repeat(32)}.svg`]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('invalid media key');
      expect(await storage.get(key)).toBeNull();
      await storage.delete(key);
    }
    expect(fs.readFileSync(path.join(root, 'secret.jpg'), 'utf8')).toBe('not yours');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('leaves no temporary file behind when a put fails', async () => {
    const storage = new LocalDiskStorage(folder);
    const key = newMediaKey('png');
    // A folder where the object should go: the final rename fails.
    fs.mkdirSync(path.join(folder, key), { recursive: true });
    fs.writeFileSync(path.join(folder, key, 'inside'), 'x');
    await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow();
    expect(fs.readdirSync(folder)).toEqual([key]);
  });
});

describe('media keys', () => {
  it('are 128 random bits in hex with the extension, and spell their address one way', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newMediaKey('webp')));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}\.webp$/);
    const key = [...keys][0]!;
    expect(isMediaKey(key)).toBe(true);
    expect(mediaPath(key)).toBe(`/media/${key}`);
    expect(mediaKeyOf(mediaPath(key))).toBe(key);
    expect(mediaKeyOf('/images/demo/x.jpg')).toBeNull();
    expect(mediaKeyOf(`/media/${key}?x=1`)).toBeNull();
    expect(mediaKeyOf(`/media/../${key}`)).toBeNull();
  });
});
