import { Inflate, inflateSync } from "fflate";
import { shown } from "../core/text";
import { FileError, FILE_MESSAGES } from "./errors";
import { checkFileSize, type ReadLimits } from "./limits";
import { checkOdsRepeats, ODS_CONTENT } from "./ods-repeats";
import { zipEntries, type ZipEntry } from "./zip-entries";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Deflate expands at most ~1032×, so one pushed chunk never inflates past ~4 MiB at once. */
const CHUNK = 4 * 1024;

/**
 * CRC-32 tables for four bytes at a step ("slicing by 4"): every byte of every part is checksummed, and a
 * byte at a time took as long as inflating. Table k maps a byte to its CRC shifted by k more bytes.
 */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 4 }, () => new Uint32Array(256));
  const [t0, t1, t2, t3] = tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    t1[n] = t0[t0[n]! & 0xff]! ^ (t0[n]! >>> 8);
    t2[n] = t0[t1[n]! & 0xff]! ^ (t1[n]! >>> 8);
    t3[n] = t0[t2[n]! & 0xff]! ^ (t2[n]! >>> 8);
  }
  return { t0, t1, t2, t3 };
})();

/** Continues a CRC-32 (zip's checksum) over `data`; start from 0. */
function crc32(crc: number, data: Uint8Array): number {
  const { t0, t1, t2, t3 } = CRC_TABLES;
  let c = ~crc;
  const length = data.length;
  const whole = length - (length % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
  }
  for (; i < length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
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

/** Whether the bytes are a zip (.xlsx, .ods) rather than a compound file (.xls) or anything else. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_MAGIC);

/**
 * Refuses a file before any parser sees it: too big, in neither container spreadsheets come in (zip for
 * .xlsx and .ods, compound file for .xls), a zip whose layout, entry names, size once inflated or
 * checksums are wrong, or an .ods that repeats cells past a sheet's edge. Only the size of a compound
 * file is checked: it is not compressed. Returns the inflated parts `keep` asks for, by entry name.
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
  if (!isZip(bytes)) throw new FileError(FILE_MESSAGES.unsupported, file);
  const entries = zipEntries(bytes, file, limits);
  inflateChecked(bytes, file, limits, entries, (part) => keep(part) || part === ODS_CONTENT, kept);
  const content = kept.get(ODS_CONTENT);
  if (content) {
    checkOdsRepeats(content, file, limits);
    if (!keep(ODS_CONTENT)) kept.delete(ODS_CONTENT);
  }
  return kept;
}

/** Deflate expands at most 1,032-fold: data that small cannot inflate past the room it is given. */
const MAX_RATIO = 1032;

interface Inflated {
  readonly size: number;
  readonly crc: number;
  /** Only when asked for: a part nobody reads is counted and checked, not held. */
  readonly data: Uint8Array | null;
}

/**
 * Inflates one entry's data, never past `room` bytes however much its sizes lie. Data too short to
 * inflate past the room is inflated at once into a buffer one byte longer than declared: a longer result
 * shows as that extra byte (and is refused as misdeclared), and no buffer grows along the way. Longer
 * data is inflated in small chunks, counted and checksummed as they come.
 */
function inflateEntry(
  data: Uint8Array,
  declared: number,
  room: number,
  keepData: boolean,
  tooLarge: () => never,
): Inflated {
  if (data.length * MAX_RATIO <= room && declared < room) {
    const out = inflateSync(data, { out: new Uint8Array(declared + 1) });
    return { size: out.length, crc: crc32(0, out), data: keepData ? out : null };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > room) tooLarge();
    crc = crc32(crc, chunk);
    if (keepData) chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += CHUNK)
    inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  return { size, crc, data: keepData ? concat(chunks, size) : null };
}

/**
 * Inflates every entry once, each in one go when its compressed size bounds what it can become and in
 * small chunks otherwise, counting each entry's and the total output against the limits, checking it
 * against its checksum (parsers check none, so damaged data would otherwise be read as figures) and its
 * declared size, keeping only the parts `keep` asks for.
 */
function inflateChecked(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  listed: readonly ZipEntry[],
  keep: (part: string) => boolean,
  kept: Map<string, Uint8Array>,
): void {
  let total = 0;
  let misdeclared: string | undefined;
  for (const entry of listed) {
    const partTooLarge = (): never => {
      throw new FileError(FILE_MESSAGES.partInflatesTooLarge, file, {
        part: entry.name,
        max: limits.maxPartBytes,
      });
    };
    const totalTooLarge = (): never => {
      throw new FileError(FILE_MESSAGES.inflatesTooLarge, file, { max: limits.maxInflatedBytes });
    };
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const room = Math.min(limits.maxPartBytes, limits.maxInflatedBytes - total) + 1;
    const keepData = keep(entry.name);
    let out: Inflated;
    try {
      if (entry.method === 0)
        out = { size: data.length, crc: crc32(0, data), data: keepData ? data.slice() : null };
      else if (entry.method === 8)
        out = inflateEntry(data, entry.size, room, keepData, () =>
          room > limits.maxPartBytes ? partTooLarge() : totalTooLarge(),
        );
      else throw new Error(`compression method ${entry.method} of ${shown(entry.name)}`);
    } catch (error) {
      if (error instanceof FileError) throw error;
      throw new FileError(
        FILE_MESSAGES.corrupt,
        file,
        {},
        error instanceof Error ? error.message : String(error),
      );
    }
    if (out.size > limits.maxPartBytes) partTooLarge();
    total += out.size;
    if (total > limits.maxInflatedBytes) totalTooLarge();
    if (out.crc !== entry.crc)
      throw new FileError(FILE_MESSAGES.corrupt, file, {}, `checksum of ${shown(entry.name)}`);
    if (out.size !== entry.size) misdeclared ??= entry.name;
    if (out.data) kept.set(entry.name, out.data);
  }
  // Readers that trust a declared size read a different part than the one checked here. Refused once
  // every entry is inflated, so a bomb that lies about its sizes is named for what it is.
  if (misdeclared !== undefined)
    throw new FileError(FILE_MESSAGES.badZipLayout, file, {}, `size of ${shown(misdeclared)}`);
}
