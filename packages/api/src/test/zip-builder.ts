import { createDeflateRaw, crc32 } from "node:zlib";

/**
 * Builds zip files byte by byte for tests of hostile uploads: entries of real data, and entries
 * of many zeros deflated in a stream (a zip bomb) whose declared size may lie.
 */
export type ZipEntrySpec =
  { name: string; data: Buffer } | { name: string; zeros: number; /** What the headers claim; the real size when left out. */ declaredSize?: number };

interface Packed {
  name: Buffer;
  compressed: Buffer;
  crc: number;
  size: number;
}

async function deflateZeros(count: number): Promise<{ compressed: Buffer; crc: number }> {
  const chunk = Buffer.alloc(Math.min(count, 1024 * 1024));
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  for (let left = count; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { compressed: Buffer.concat(parts), crc };
}

async function deflate(data: Buffer): Promise<Buffer> {
  const { deflateRawSync } = await import("node:zlib");
  return deflateRawSync(data);
}

export async function buildZip(specs: readonly ZipEntrySpec[]): Promise<Buffer> {
  const packed: Packed[] = [];
  for (const spec of specs) {
    if ("data" in spec) {
      packed.push({ name: Buffer.from(spec.name), compressed: await deflate(spec.data), crc: crc32(spec.data), size: spec.data.length });
    } else {
      const { compressed, crc } = await deflateZeros(spec.zeros);
      packed.push({ name: Buffer.from(spec.name), compressed, crc, size: spec.declaredSize ?? spec.zeros });
    }
  }

  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of packed) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, entry.name, entry.compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, entry.name);
    offset += 30 + entry.name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook's files with one sheet of many zeros: what an attacker's "XLSX" looks like. */
export function xlsxBomb(sheetZeros: number, declaredSize?: number): Promise<Buffer> {
  const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  return buildZip([
    { name: "[Content_Types].xml", data: xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    {
      name: "xl/workbook.xml",
      data: xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>',
      ),
    },
    { name: "xl/worksheets/sheet1.xml", zeros: sheetZeros, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}
