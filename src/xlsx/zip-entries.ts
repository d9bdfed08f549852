import { FileError, FILE_MESSAGES } from "./errors";
import type { ReadLimits } from "./limits";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** A data descriptor is at most 24 bytes, too few to hide a 30-byte local header between entries. */
const MAX_GAP = 24;
/** Bit 11 of the general-purpose flags: the name is UTF-8 rather than code page 437. */
const UTF8_NAME = 0x800;
/** Bits 0, 6 and 13: encrypted data, strong encryption, masked local header. */
const ENCRYPTED = 0x2041;

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

/** How readers find a part: Windows tools write "\" and zip readers differ on case, so both are folded. */
export const partKey = (name: string) => name.replace(/\\/g, "/").toLowerCase();

const UTF8 = new TextDecoder();

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  return utf8 ? UTF8.decode(bytes) : String.fromCharCode(...bytes);
}

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
 * a reader that normalises it finds "xl/sheet1.xml".
 */
function isMalformedName(name: string): boolean {
  const segments = name.replace(/\\/g, "/").split("/");
  if (segments.length > 1 && segments[segments.length - 1] === "") segments.pop();
  return segments.some((segment) => segment === "" || segment.endsWith("."));
}

/**
 * The entries of a zip as its central directory lists them, refusing a layout that readers could see
 * differently. Readers find entries through the directory, then inflate from each entry's offset:
 * entries that overlap or hide in gaps would be inflated by one but never seen by a sequential count,
 * so the directory must describe back-to-back entries from the first byte to the directory itself,
 * each local header naming its entry as the directory does. Two entries of one name are refused as
 * well: readers disagree on which one counts.
 */
export function zipEntries(bytes: Uint8Array, file: string, limits: ReadLimits): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL_HEADER) refuse(`directory entry ${i + 1}`);
    const offset = u32(at + 42);
    const gap = offset - previousEnd;
    if (!(gap >= 0 && gap <= (i === 0 ? 0 : MAX_GAP)) || u32(offset) !== LOCAL_HEADER)
      refuse(`entry ${i + 1}`);
    const nameLength = u16(at + 28);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const localName = bytes.subarray(offset + 30, offset + 30 + u16(offset + 26));
    if (rawName.length !== nameLength || !sameBytes(rawName, localName)) refuse(`entry ${i + 1}`);
    // Encrypted data, or a local header naming another method, would be read differently by a reader
    // that streams from the local headers than by one that trusts the directory.
    const flags = u16(at + 8);
    if (((flags | u16(offset + 6)) & ENCRYPTED) !== 0 || u16(offset + 8) !== u16(at + 10))
      refuse(`entry ${i + 1}`);
    const name = decodeName(rawName, (flags & UTF8_NAME) !== 0);
    if (isUnsafeName(name)) throw new FileError(FILE_MESSAGES.unsafeEntryName, file, { part: name });
    if (isMalformedName(name)) throw new FileError(FILE_MESSAGES.badPartName, file, { part: name });
    const key = partKey(name);
    if (seen.has(key)) throw new FileError(FILE_MESSAGES.duplicateEntry, file, { part: name });
    seen.add(key);
    const dataStart = offset + 30 + u16(offset + 26) + u16(offset + 28);
    entries.push({
      name,
      crc: u32(at + 16),
      size: u32(at + 24),
      method: u16(at + 10),
      dataStart,
      compressedSize: u32(at + 20),
    });
    previousEnd = dataStart + u32(at + 20);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  const tail = directory - previousEnd;
  if (!(tail >= 0 && tail <= MAX_GAP)) refuse("entries overlap the directory");
  return entries;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
