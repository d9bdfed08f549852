import { Unzip, UnzipInflate } from "fflate";
import { shown } from "../core/text";
import { FileError, FILE_MESSAGES } from "./errors";
import { checkFileSize, type ReadLimits } from "./limits";
import { checkOdsRepeats, ODS_CONTENT } from "./ods-repeats";
import { zipEntries, type ZipEntry } from "./zip-entries";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
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
  const inflated = inflateChecked(
    bytes,
    file,
    limits,
    entries,
    (part) => keep(part) || part === ODS_CONTENT,
    kept,
  );
  if (inflated !== entries.length)
    throw new FileError(FILE_MESSAGES.badZipLayout, file, {}, `${entries.length} ≠ ${inflated} entries`);
  const content = kept.get(ODS_CONTENT);
  if (content) {
    checkOdsRepeats(content, file, limits);
    if (!keep(ODS_CONTENT)) kept.delete(ODS_CONTENT);
  }
  return kept;
}

/**
 * Inflates every entry once, in small chunks, counting the output as it comes, each entry's and the
 * total, and checking it against its checksum (parsers check none, so damaged data would otherwise be
 * read as figures) and declared size, keeping only the parts `keep` asks for. Returns the number of entries.
 */
function inflateChecked(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  listed: readonly ZipEntry[],
  keep: (part: string) => boolean,
  kept: Map<string, Uint8Array>,
): number {
  let entries = 0;
  let total = 0;
  let misdeclared: string | undefined;
  const unzip = new Unzip((entry) => {
    const index = entries++;
    if (entries > limits.maxZipEntries)
      throw new FileError(FILE_MESSAGES.tooManyEntries, file, { max: limits.maxZipEntries });
    let size = 0;
    let crc = 0;
    const chunks: Uint8Array[] | null = keep(entry.name) ? [] : null;
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
      if (final && crc !== listed[index]?.crc) throw new Error(`checksum of ${shown(entry.name)}`);
      if (final && size !== listed[index]?.size) misdeclared ??= entry.name;
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
  // Readers that trust a declared size read a different part than the one checked here. Refused once
  // every entry is inflated, so a bomb that lies about its sizes is named for what it is.
  if (misdeclared !== undefined)
    throw new FileError(FILE_MESSAGES.badZipLayout, file, {}, `size of ${shown(misdeclared)}`);
  return entries;
}
