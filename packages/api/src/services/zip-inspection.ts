import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";

/**
 * Checks an uploaded zip (an XLSX is one) before anything unpacks it, so a zip bomb is refused
 * for the cost of reading its directory and inflating at most `maxTotalBytes`:
 *
 * 1. the central directory: entry count, the declared uncompressed total and each large entry's
 *    compression ratio;
 * 2. the layout: entries lie back to back from the first byte up to the central directory, so a
 *    reader that walks the local headers in order (exceljs does) sees exactly these entries and
 *    nothing hidden between them;
 * 3. the content: every entry is inflated and counted, and yauzl stops an entry that inflates to
 *    more than it declared — a directory that lies about sizes is caught here.
 */

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Entries larger than `ratioFloorBytes` may expand at most this many times. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 200,
  maxTotalBytes: 20 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipRefusal =
  | { kind: "unreadable" }
  | { kind: "too_many_entries" }
  | { kind: "too_large" }
  | { kind: "suspicious_ratio"; fileName: string }
  | { kind: "inconsistent" }
  | { kind: "encrypted" };

export class ZipRefused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(`zip refused: ${refusal.kind}`);
  }
}

const CENTRAL_DIRECTORY_SIGNATURE = 0x02014b50;
const DATA_DESCRIPTOR_FLAG = 0x8;
/** A data descriptor: optional signature (4) + crc (4) + sizes (8, or 16 in ZIP64). */
const DATA_DESCRIPTOR_LENGTHS = new Set([12, 16, 20, 24]);

/** Resolves when the zip is within the limits; rejects with `ZipRefused` otherwise. */
export async function inspectZip(bytes: Buffer, limits: ZipLimits = XLSX_LIMITS): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch {
    throw new ZipRefused({ kind: "unreadable" });
  }
  try {
    const entries = await readDirectory(zip, limits);
    await checkLayout(zip, bytes, entries);
    await inflateAll(zip, entries, limits);
  } finally {
    zip.close();
  }
}

async function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) throw new ZipRefused({ kind: "too_many_entries" });
  const entries: Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.isEncrypted()) throw new ZipRefused({ kind: "encrypted" });
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipRefused({ kind: "too_large" });
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
        throw new ZipRefused({ kind: "suspicious_ratio", fileName: entry.fileName });
      }
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused({ kind: "unreadable" });
  }
  return entries;
}

async function checkLayout(zip: ZipFile, bytes: Buffer, entries: readonly Entry[]): Promise<void> {
  const ordered = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  let expected = 0;
  for (const entry of ordered) {
    if (entry.relativeOffsetOfLocalHeader !== expected) throw new ZipRefused({ kind: "inconsistent" });
    let header;
    try {
      header = await zip.readLocalFileHeaderPromise(entry);
    } catch {
      throw new ZipRefused({ kind: "unreadable" });
    }
    const dataEnd = header.fileDataStart + entry.compressedSize;
    const withDescriptor = (header.generalPurposeBitFlag & DATA_DESCRIPTOR_FLAG) !== 0;
    if (!withDescriptor && (header.compressedSize !== entry.compressedSize || header.uncompressedSize !== entry.uncompressedSize)) {
      // Sizes of 0xffffffff point to a ZIP64 extra field; an XLSX this small never needs one.
      throw new ZipRefused({ kind: "inconsistent" });
    }
    expected = withDescriptor ? descriptorEnd(bytes, dataEnd) : dataEnd;
  }
  if (expected + 4 > bytes.length || bytes.readUInt32LE(expected) !== CENTRAL_DIRECTORY_SIGNATURE) {
    throw new ZipRefused({ kind: "inconsistent" });
  }
}

/** Where the next local header starts after an entry's data and its data descriptor. */
function descriptorEnd(bytes: Buffer, dataEnd: number): number {
  for (const length of DATA_DESCRIPTOR_LENGTHS) {
    const next = dataEnd + length;
    if (next + 4 <= bytes.length && [0x04034b50, CENTRAL_DIRECTORY_SIGNATURE].includes(bytes.readUInt32LE(next))) return next;
  }
  throw new ZipRefused({ kind: "inconsistent" });
}

async function inflateAll(zip: ZipFile, entries: readonly Entry[], limits: ZipLimits): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith("/")) continue;
    let stream: Readable;
    try {
      stream = await zip.openReadStreamPromise(entry);
    } catch {
      throw new ZipRefused({ kind: "unreadable" });
    }
    try {
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > limits.maxTotalBytes) throw new ZipRefused({ kind: "too_large" });
      }
    } catch (error) {
      stream.destroy();
      if (error instanceof ZipRefused) throw error;
      // yauzl: "too many bytes in the stream" (the directory lied) or a corrupt deflate stream.
      throw new ZipRefused({ kind: "inconsistent" });
    }
  }
}
