import { Unzip, UnzipInflate } from "fflate";
import { shown } from "../core/text";
import { FileError, FILE_MESSAGES } from "./errors";
import { checkFileSize, type ReadLimits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** A data descriptor is at most 24 bytes, too few to hide a 30-byte local header between entries. */
const MAX_GAP = 24;
/** Deflate expands at most ~1032×, so one pushed chunk never inflates past ~4 MiB at once. */
const CHUNK = 4 * 1024;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** Continues a CRC-32 (zip's checksum) over `data`; start from 0. */
function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Refuses a file before any parser sees it: too big, in neither container spreadsheets come in (zip for
 * .xlsx and .ods, compound file for .xls), or a zip whose layout, size once inflated or checksums are
 * wrong. Only the size of a compound file is checked: it is not compressed.
 */
export function guardFile(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  keep: (part: string) => boolean = () => false,
): Map<string, Uint8Array> {
  checkFileSize(bytes.length, file, limits);
  const kept = new Map<string, Uint8Array>();
  if (startsWith(bytes, CFB_MAGIC)) return kept;
  if (!startsWith(bytes, ZIP_MAGIC)) throw new FileError(FILE_MESSAGES.unsupported, file);
  const checksums = checkZipLayout(bytes, file, limits);
  const inflated = inflateChecked(bytes, file, limits, checksums, keep, kept);
  if (inflated !== checksums.length)
    throw new FileError(FILE_MESSAGES.badZipLayout, file, {}, `${checksums.length} ≠ ${inflated} entries`);
  return kept;
}

/**
 * SheetJS finds entries through the central directory, then inflates from each entry's offset. Entries
 * that overlap or hide in gaps would be inflated by it but never seen by a sequential count, so the
 * directory must describe back-to-back entries from the first byte to the directory itself.
 * Returns each entry's declared CRC-32, in order.
 */
function checkZipLayout(bytes: Uint8Array, file: string, limits: ReadLimits): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : NaN);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : NaN);
  const refuse = (detail: string): never => {
    throw new FileError(FILE_MESSAGES.badZipLayout, file, {}, detail);
  };

  // The last end-of-directory signature, the one SheetJS uses.
  let end = bytes.length - 4;
  while (end >= 0 && u32(end) !== END_OF_CENTRAL) end--;
  if (end < 0) refuse("no central directory");
  const count = u16(end + 8);
  const directory = u32(end + 16);
  if (count > limits.maxZipEntries)
    throw new FileError(FILE_MESSAGES.tooManyEntries, file, { max: limits.maxZipEntries });

  let at = directory;
  let previousEnd = 0;
  const checksums: number[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_HEADER) refuse(`directory entry ${i + 1}`);
    checksums.push(u32(at + 16));
    const offset = u32(at + 42);
    const gap = offset - previousEnd;
    if (!(gap >= 0 && gap <= (i === 0 ? 0 : MAX_GAP)) || u32(offset) !== LOCAL_HEADER)
      refuse(`entry ${i + 1}`);
    previousEnd = offset + 30 + u16(offset + 26) + u16(offset + 28) + u32(at + 20);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  const tail = directory - previousEnd;
  if (!(tail >= 0 && tail <= MAX_GAP)) refuse("entries overlap the directory");
  return checksums;
}

/**
 * Inflates every entry in small chunks, counting the output as it comes, each entry's and the total, and
 * checking it against its checksum (the parser checks none, so damaged data would otherwise be read as
 * figures), keeping only the parts `keep` asks for. Returns the number of entries.
 */
function inflateChecked(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  checksums: readonly number[],
  keep: (part: string) => boolean,
  kept: Map<string, Uint8Array>,
): number {
  let entries = 0;
  let total = 0;
  const unzip = new Unzip((entry) => {
    const index = entries++;
    if (entries > limits.maxZipEntries)
      throw new FileError(FILE_MESSAGES.tooManyEntries, file, { max: limits.maxZipEntries });
    let size = 0;
    let crc = 0;
    const chunks: Uint8Array[] | null = keep(entry.name) && !kept.has(entry.name) ? [] : null;
    entry.ondata = (error, data, final) => {
      if (error) throw error;
      chunks?.push(data);
      size += data.length;
      total += data.length;
      if (size > limits.maxPartBytes)
        throw new FileError(FILE_MESSAGES.partInflatesTooLarge, file, {
          part: shown(entry.name),
          max: limits.maxPartBytes,
        });
      if (total > limits.maxInflatedBytes)
        throw new FileError(FILE_MESSAGES.inflatesTooLarge, file, { max: limits.maxInflatedBytes });
      crc = crc32(crc, data);
      if (final && crc !== checksums[index]) throw new Error(`checksum of ${shown(entry.name)}`);
      if (final && chunks) kept.set(entry.name, concat(chunks, size));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(
      FILE_MESSAGES.corrupt,
      file,
      {},
      error instanceof Error ? error.message : String(error),
    );
  }
  return entries;
}
