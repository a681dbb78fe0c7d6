import { inflateSync } from 'node:zlib';

/**
 * Minimal WOFF 1.0 reader. @fontsource ships WOFF (and WOFF2) only; we need two things from a
 * WOFF file that no installed package offers: the set of code points it covers (so text is checked
 * against our fonts before satori sees it, see glyph-coverage.ts) and a plain TrueType/OpenType
 * file (Pango/FreeType in sharp does not load WOFF, see rtl-text.ts).
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, 20-byte table directory entries,
 * each table zlib-compressed when compLength < origLength).
 */

interface WoffTable {
  tag: string;
  checksum: number;
  data: Buffer;
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

function readTables(woff: Buffer): { flavor: number; tables: WoffTable[] } {
  if (woff.length < 44 || woff.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('Not a WOFF 1.0 file');
  }
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: WoffTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = woff.toString('latin1', entry, entry + 4);
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const checksum = woff.readUInt32BE(entry + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error(`WOFF table ${tag} has the wrong length`);
    tables.push({ tag, checksum, data });
  }
  return { flavor, tables };
}

/** Rebuilds the uncompressed sfnt (TTF/OTF) a WOFF file wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = readTables(woff);
  const numTables = tables.length;
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  // sfnt requires the directory sorted by tag; WOFF stores it sorted too, but do not rely on it.
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  sorted.forEach((table, i) => {
    const dir = 12 + i * 16;
    header.write(table.tag, dir, 4, 'latin1');
    header.writeUInt32BE(table.checksum, dir + 4);
    header.writeUInt32BE(offset, dir + 8);
    header.writeUInt32BE(table.data.length, dir + 12);
    const padding = (4 - (table.data.length % 4)) % 4;
    chunks.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  return Buffer.concat(chunks);
}

/** Code points mapped to a glyph by the font's Unicode cmap subtables (formats 4 and 12). */
export function woffCodePoints(woff: Buffer): Set<number> {
  const cmap = readTables(woff).tables.find((t) => t.tag === 'cmap');
  if (!cmap) throw new Error('WOFF font has no cmap table');
  return cmapCodePoints(cmap.data);
}

function cmapCodePoints(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  const numSubtables = cmap.readUInt16BE(2);
  for (let i = 0; i < numSubtables; i++) {
    const record = 4 + i * 8;
    const platformId = cmap.readUInt16BE(record);
    const encodingId = cmap.readUInt16BE(record + 2);
    const offset = cmap.readUInt32BE(record + 4);
    const isUnicode = platformId === 0 || (platformId === 3 && (encodingId === 1 || encodingId === 10));
    if (!isUnicode) continue;
    const format = cmap.readUInt16BE(offset);
    if (format === 4) readFormat4(cmap, offset, points);
    else if (format === 12) readFormat12(cmap, offset, points);
  }
  return points;
}

function readFormat4(cmap: Buffer, offset: number, points: Set<number>): void {
  const segCountX2 = cmap.readUInt16BE(offset + 6);
  const endCodes = offset + 14;
  const startCodes = endCodes + segCountX2 + 2;
  const idDeltas = startCodes + segCountX2;
  const idRangeOffsets = idDeltas + segCountX2;
  for (let seg = 0; seg < segCountX2 / 2; seg++) {
    const end = cmap.readUInt16BE(endCodes + seg * 2);
    const start = cmap.readUInt16BE(startCodes + seg * 2);
    const delta = cmap.readInt16BE(idDeltas + seg * 2);
    const rangeOffsetPos = idRangeOffsets + seg * 2;
    const rangeOffset = cmap.readUInt16BE(rangeOffsetPos);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        const glyphPos = rangeOffsetPos + rangeOffset + (code - start) * 2;
        glyph = glyphPos + 1 < cmap.length ? cmap.readUInt16BE(glyphPos) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(code);
    }
  }
}

function readFormat12(cmap: Buffer, offset: number, points: Set<number>): void {
  const numGroups = cmap.readUInt32BE(offset + 12);
  for (let g = 0; g < numGroups; g++) {
    const group = offset + 16 + g * 12;
    const start = cmap.readUInt32BE(group);
    const end = cmap.readUInt32BE(group + 4);
    const startGlyph = cmap.readUInt32BE(group + 8);
    for (let code = start; code <= end; code++) {
      if (startGlyph + (code - start) !== 0) points.add(code);
    }
  }
}
