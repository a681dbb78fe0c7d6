import fs from 'node:fs';
import path from 'node:path';
import { icoFile } from './ico';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The directory of an ICO file: each entry's size and the PNG it points at. */
function readIco(file: Buffer): { size: number; png: Buffer }[] {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1);
  return Array.from({ length: file.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const length = file.readUInt32LE(at + 8);
    const offset = file.readUInt32LE(at + 12);
    return { size: file.readUInt8(at) || 256, png: file.subarray(offset, offset + length) };
  });
}

describe('icoFile', () => {
  it('points each directory entry at its own image', () => {
    const a = Buffer.concat([PNG_SIGNATURE, Buffer.from('first')]);
    const b = Buffer.concat([PNG_SIGNATURE, Buffer.from('second image')]);
    const entries = readIco(icoFile([{ size: 16, png: a }, { size: 256, png: b }]));
    expect(entries.map((e) => e.size)).toEqual([16, 256]);
    expect(entries[0]!.png.equals(a)).toBe(true);
    expect(entries[1]!.png.equals(b)).toBe(true);
  });

  it('refuses a size an icon cannot have', () => {
    expect(() => icoFile([{ size: 300, png: PNG_SIGNATURE }])).toThrow(RangeError);
  });
});

describe('public/favicon.ico', () => {
  it('holds the icon at 16, 32 and 48 px as PNG images', () => {
    const entries = readIco(fs.readFileSync(path.join(__dirname, '../../public/favicon.ico')));
    expect(entries.map((e) => e.size)).toEqual([16, 32, 48]);
    for (const { png } of entries) expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });
});
