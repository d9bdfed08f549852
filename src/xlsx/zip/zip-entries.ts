import { FileError } from "../errors";
import type { ReadLimits } from "../limits";
import { WORDS } from "../../core/vocabulary";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
/** The extra field that holds an entry's sizes and offset when its 32-bit fields say 0xFFFFFFFF. */
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** A data descriptor is at most 24 bytes, too few to hide a 30-byte local header between entries. */
const MAX_GAP = 24;
/** Bit 11 of the general-purpose flags: the name is UTF-8 rather than code page 437. */
const UTF8_NAME = 0x800;
/** Bits 0, 6 and 13: encrypted data, strong encryption, masked local header. */
const ENCRYPTED = 0x2041;
/** Bit 3: the sizes and checksum follow the data, in a data descriptor. */
const DATA_DESCRIPTOR = 0x8;

export interface ZipEntry {
  readonly name: string;
  /** The CRC-32 the directory declares for the inflated data. */
  readonly crc: number;
  /** The size the directory declares for the inflated data. */
  readonly size: number;
  /** 0 stored, 8 deflated; anything else is refused when inflating. */
  readonly method: number;
  /** Where the entry's data starts and how many bytes it takes in the file. */
  readonly dataStart: number;
  readonly compressedSize: number;
}

/**
 * A part's name folded as readers that ignore case fold it: two entries of one key are twins, and a
 * part found only by its key is named in another case (see packageParts).
 */
export const partKey = (name: string) => name.toLowerCase();

const UTF8 = new TextDecoder();

/** Whether a name is plain ASCII, which every reader decodes alike whatever the zip says of it. */
const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);

/**
 * A name that could land outside the folder it is extracted to, or that readers would resolve
 * differently: one program would then show a figure another never reads.
 */
function isUnsafeName(name: string): boolean {
  const path = name.replace(/\\/g, "/");
  return path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.split("/").includes("..");
}

/**
 * A name OPC forbids, which readers resolve differently: an empty segment ("a//b"; a directory entry's
 * closing slash aside), "." or a segment ending in a dot. LibreOffice takes "xl/./sheet1.xml" literally,
 * a reader that normalises it finds "xl/sheet1.xml". So with a backslash, which SheetJS reads as a slash
 * and LibreOffice does not (it will not open such a package), and with "Root Entry/" ahead of a name,
 * which SheetJS drops (its compound-file reader's root): "Root Entry/content.xml", first in the zip, was
 * read as an .ods's sheets in place of the content.xml LibreOffice shows (red team, round 43).
 */
function isMalformedName(name: string): boolean {
  if (name.includes("\\") || /^root entry\//i.test(name)) return true;
  const segments = name.split("/");
  if (segments.length > 1 && segments[segments.length - 1] === "") segments.pop();
  return segments.some((segment) => segment === "" || segment.endsWith("."));
}

/**
 * The entries of a zip as its central directory lists them, refusing a layout that readers could see
 * differently. Readers find entries through the directory, then inflate from each entry's offset:
 * entries that overlap or hide in gaps would be inflated by one but never seen by a sequential count,
 * so the directory must describe back-to-back entries (in whatever order it lists them) from the first
 * byte to the directory itself, each local header naming its entry as the directory does, and the end
 * records must agree with the directory and close the file. Two entries of one name are refused as
 * well: readers disagree on which one counts.
 */
export function zipEntries(bytes: Uint8Array, file: string, limits: ReadLimits): readonly ZipEntry[] {
  const known = listed.get(bytes);
  if (known && known.file === file && sameLimits(known.limits, limits)) return known.entries;
  const entries = listEntries(bytes, file, limits);
  listed.set(bytes, { file, limits, entries });
  return entries;
}

/**
 * A file's entries as last listed: a received file is asked what it is (an Excel or an OpenDocument
 * package), then guarded, and its directory is read once for both.
 */
const listed = new WeakMap<Uint8Array, { file: string; limits: ReadLimits; entries: readonly ZipEntry[] }>();

const sameLimits = (a: ReadLimits, b: ReadLimits) =>
  (Object.keys(a) as (keyof ReadLimits)[]).every((key) => a[key] === b[key]) &&
  Object.keys(a).length === Object.keys(b).length;

function listEntries(bytes: Uint8Array, file: string, limits: ReadLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : NaN);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : NaN);
  const u64 = (at: number) =>
    at >= 0 && at + 8 <= bytes.length ? Number(view.getBigUint64(at, true)) : Number.NaN;
  const refuse = (detail: string): never => {
    throw new FileError(WORDS.file.badZipLayout, file, {}, detail);
  };

  // The last end-of-directory signature, the one SheetJS uses. The record and its comment end the
  // file: bytes after them are no part of the zip, and readers that look for the record differently
  // would find another one.
  let end = bytes.length - 4;
  while (end >= 0 && u32(end) !== END_OF_CENTRAL) end--;
  // A zip is written front to back and its directory last: one without it, or cut inside its end record,
  // is a copy or a download that stopped short, not a crafted file.
  const closes = end + 22 + u16(end + 20);
  if (end < 0 || !(closes <= bytes.length))
    throw new FileError(WORDS.file.truncated, file, {}, end < 0 ? "no central directory" : "cut in its end");
  if (closes !== bytes.length) refuse("data after the end of the directory");
  const found = endOfDirectory(end, u16, u32, u64, refuse);
  if (found.count > limits.maxZipEntries)
    throw new FileError(WORDS.file.tooManyEntries, file, { max: limits.maxZipEntries });
  const { count, directory, directoryEnd } = found;

  let at = directory;
  const listed: (Omit<ZipEntry, "name"> & { rawName: Uint8Array; utf8: boolean })[] = [];
  const spans: [start: number, end: number][] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || u32(at) !== CENTRAL_HEADER) refuse(`directory entry ${i + 1}`);
    const nameLength = u16(at + 28);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + u16(at + 30));
    const wide = zip64Fields(extra, [u32(at + 24), u32(at + 20), u32(at + 42)], () =>
      refuse(`entry ${i + 1}`),
    );
    const [size, compressedSize, offset] = wide;
    if (u32(offset) !== LOCAL_HEADER) refuse(`entry ${i + 1}`);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const localName = bytes.subarray(offset + 30, offset + 30 + u16(offset + 26));
    if (rawName.length !== nameLength || !sameBytes(rawName, localName)) refuse(`entry ${i + 1}`);
    // Encrypted data, or a local header naming another method, would be read differently by a reader
    // that streams from the local headers than by one that trusts the directory.
    const flags = u16(at + 8);
    if (((flags | u16(offset + 6)) & ENCRYPTED) !== 0 || u16(offset + 8) !== u16(at + 10))
      refuse(`entry ${i + 1}`);
    const localExtra = bytes.subarray(
      offset + 30 + u16(offset + 26),
      offset + 30 + u16(offset + 26) + u16(offset + 28),
    );
    // A streaming writer (a data descriptor follows the data) leaves the local sizes 0 until then.
    const streamed = (u16(offset + 6) & DATA_DESCRIPTOR) !== 0;
    if (!zip64Agrees(localExtra, [size, compressedSize], streamed)) refuse(`entry ${i + 1}`);
    const dataStart = offset + 30 + u16(offset + 26) + u16(offset + 28);
    listed.push({
      rawName,
      utf8: (flags & UTF8_NAME) !== 0,
      crc: u32(at + 16),
      size,
      method: u16(at + 10),
      dataStart,
      compressedSize,
    });
    spans.push([offset, dataStart + compressedSize]);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  if (at !== directoryEnd) refuse("directory size");
  // In the order they lie in the file, whatever order the directory lists them in, the entries must
  // run back to back from the first byte to the directory: none overlapping, none hidden in a gap.
  spans.sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  spans.forEach(([start, stop], i) => {
    const gap = start - previousEnd;
    if (!(gap >= 0 && gap <= (i === 0 ? 0 : MAX_GAP))) refuse(`entry at ${start}`);
    previousEnd = stop;
  });
  const tail = directory - previousEnd;
  if (!(tail >= 0 && tail <= MAX_GAP)) refuse("entries overlap the directory");

  const seen = new Set<string>();
  return listed.map(({ rawName, utf8, ...entry }) => {
    // A name beyond ASCII that the zip does not mark as UTF-8 is code page 437 to Excel and the zip
    // format, UTF-8 to LibreOffice: they would look for different parts.
    const name = UTF8.decode(rawName);
    if (!utf8 && !isAscii(rawName)) throw new FileError(WORDS.file.unmarkedPartName, file, { part: name });
    if (isUnsafeName(name)) throw new FileError(WORDS.file.unsafeEntryName, file, { part: name });
    if (isMalformedName(name)) throw new FileError(WORDS.file.badPartName, file, { part: name });
    // A directory entry ("x/") beside a part of its name ("x"): LibreOffice will not open the package.
    const key = partKey(name).replace(/\/$/, "");
    if (seen.has(key)) throw new FileError(WORDS.file.duplicateEntry, file, { part: name });
    seen.add(key);
    return { name, ...entry };
  });
}

interface EndOfDirectory {
  readonly count: number;
  /** Where the directory starts, and where it must end: at the zip64 end record, or the end record. */
  readonly directory: number;
  readonly directoryEnd: number;
}

/**
 * What the end records say of the directory. A zip64 archive puts the counts, size and offset in a
 * zip64 end record (found through its locator, just before the end record), where the classic record
 * may say 0xFFFF or 0xFFFFFFFF ("see the zip64 record"); a field giving a value must give the same one.
 * The counts of entries on this disk and in all must agree, on one disk: readers take one or the other.
 */
function endOfDirectory(
  end: number,
  u16: (at: number) => number,
  u32: (at: number) => number,
  u64: (at: number) => number,
  refuse: (detail: string) => never,
): EndOfDirectory {
  let [disk, directoryDisk, onDisk, count] = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10)];
  let [size, directory] = [u32(end + 12), u32(end + 16)];
  let directoryEnd = end;
  const locator = end - 20;
  if (u32(locator) === ZIP64_LOCATOR) {
    const record = u64(locator + 8);
    if (u32(record) !== ZIP64_END || record + 12 + u64(record + 4) !== locator || u32(locator + 4) !== 0)
      refuse("zip64 end record");
    const wide = {
      disk: u32(record + 16),
      directoryDisk: u32(record + 20),
      onDisk: u64(record + 24),
      count: u64(record + 32),
      size: u64(record + 40),
      directory: u64(record + 48),
    };
    const agrees = (classic: number, value: number, mark: number) => classic === mark || classic === value;
    if (
      !agrees(disk, wide.disk, MAX16) ||
      !agrees(directoryDisk, wide.directoryDisk, MAX16) ||
      !agrees(onDisk, wide.onDisk, MAX16) ||
      !agrees(count, wide.count, MAX16) ||
      !agrees(size, wide.size, MAX32) ||
      !agrees(directory, wide.directory, MAX32)
    )
      refuse("end records disagree");
    ({ disk, directoryDisk, onDisk, count, size, directory } = wide);
    directoryEnd = record;
  }
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) refuse("entry counts or disks disagree");
  if (directory + size !== directoryEnd) refuse("directory size");
  return { count, directory, directoryEnd };
}

/**
 * An entry's inflated size, compressed size and local header offset: each from the central header, or,
 * where that says 0xFFFFFFFF, from its zip64 extra field, which holds just those fields, in that order.
 */
type Wide = [size: number, compressedSize: number, offset: number];

function zip64Fields(extra: Uint8Array, fields: Readonly<Wide>, refuse: () => never): Wide {
  if (!fields.includes(MAX32)) {
    // SheetJS takes a zip64 field's sizes whatever the 32-bit ones say: they must say the same (red team,
    // round 44: it read another length of an .ods's content than the one checked here).
    if (!zip64Agrees(extra, fields)) refuse();
    return [...fields];
  }
  const record = zip64Records(extra)[0] ?? refuse();
  let next = 0;
  return fields.map((field) => (field === MAX32 ? (record[next++] ?? refuse()) : field)) as Wide;
}

/** The 64-bit values of each zip64 record of an extra field, in order: whole ones only, within the field. */
function zip64Records(extra: Uint8Array): number[][] {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  const records: number[][] = [];
  for (let at = 0; at + 4 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    const end = Math.min(at + 4 + view.getUint16(at + 2, true), extra.length);
    const values: number[] = [];
    for (let value = at + 4; value + 8 <= end; value += 8)
      values.push(Number(view.getBigUint64(value, true)));
    records.push(values);
  }
  return records;
}

/**
 * Whether the values a zip64 extra field gives, where it gives any, are `values`, in their order (or 0,
 * where `zeros` allows it).
 */
function zip64Agrees(extra: Uint8Array, values: readonly number[], zeros = false): boolean {
  return zip64Records(extra).every((record) =>
    values.every((value, i) => record[i] === undefined || record[i] === value || (zeros && record[i] === 0)),
  );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
