import { shown } from "../../core/text/text";
import { strFromU8 } from "fflate";
import { FileError } from "../errors";
import { checkFileSize, MAX_SHEETS, type ReadLimits } from "../limits";
import { checkOdsAttributes } from "../odf-package/ods-attributes";
import { checkOdsRepeats } from "../odf-package/ods-repeats";
import { manifestLists } from "../odf-package/ods-manifest";
import { ODS_CONTENT, ODS_MANIFEST, ODS_META, ODS_SETTINGS, ODS_STYLES } from "../odf-package/part-names";
import { checkCompoundFile } from "../cfb/compound-file";
import { SCRIPT_ZIP_CODEC, type Inflated, type ZipCodec } from "./zip-codec";
import { partKey, zipEntries, type ZipEntry } from "./zip-entries";
import { inflatedBefore, rememberInflated } from "./inflated-before";
import { WORDS } from "../../core/vocabulary";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An Office Open XML package names its content types; an OpenDocument one has a manifest, content, a media type. */
const OOXML_MARKER = partKey("[Content_Types].xml");
const ODF_MARKERS = ["META-INF/manifest.xml", ODS_CONTENT, "mimetype"].map(partKey);
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
/**
 * The parts readers look a package up by, spelt as its standard spells them: found in another case,
 * SheetJS reads them (Excel too, for an .xlsx), LibreOffice does not open the file (red team, round 43:
 * an .ods's "Content.xml" was read as its sheets).
 */
const KNOWN_PARTS = new Map(
  [
    "[Content_Types].xml",
    "_rels/.rels",
    ODS_MANIFEST,
    "mimetype",
    ODS_CONTENT,
    ODS_STYLES,
    ODS_SETTINGS,
    ODS_META,
  ].map((name) => [partKey(name), name]),
);
const MIMETYPE = "mimetype";
/** The parts the guard inflates and checks itself, kept for the caller only where it asks for them. */
const CHECKED_PARTS = [ODS_CONTENT, MIMETYPE, ODS_MANIFEST];
/** What an OpenDocument spreadsheet (or its template) says it is; a text or a drawing is no report. */
const SPREADSHEET_TYPES = /^application\/vnd\.oasis\.opendocument\.spreadsheet(?:-template)?$/;

/** Whether the bytes are a zip (.xlsx, .ods) rather than a compound file (.xls) or anything else. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP_MAGIC);

/**
 * Refuses a file before any parser sees it: too big, in neither container spreadsheets come in (zip for
 * .xlsx and .ods, compound file for .xls), a zip that is both an Excel and an OpenDocument package, a
 * zip whose layout, entry names, size once inflated or checksums are wrong, an XML part declared in an
 * encoding it is not read in, or an .ods that repeats cells past a sheet's edge. Only the size of a
 * compound file is checked: it is not compressed. Returns the inflated parts `keep` asks for, by name.
 */
export function guardFile(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  keep: (part: string) => boolean = () => false,
  codec: ZipCodec = SCRIPT_ZIP_CODEC,
): Map<string, Uint8Array> {
  checkFileSize(bytes.length, file, limits);
  const kept = new Map<string, Uint8Array>();
  if (startsWith(bytes, CFB_MAGIC)) {
    if (bytes.length > limits.maxCompoundFileBytes)
      throw new FileError(WORDS.file.xlsTooLarge, file, {
        size: bytes.length,
        max: limits.maxCompoundFileBytes,
      });
    checkCompoundFile(bytes, file);
    return kept;
  }
  if (!isZip(bytes)) throw new FileError(WORDS.file.unsupported, file);
  const entries = zipEntries(bytes, file, limits);
  checkOneFormat(entries, file);
  checkKnownNames(entries, file);
  inflateChecked(
    bytes,
    file,
    limits,
    entries,
    (part) => keep(part) || CHECKED_PARTS.includes(part),
    kept,
    codec,
  );
  const mimetype = kept.get(MIMETYPE);
  if (mimetype && !SPREADSHEET_TYPES.test(strFromU8(mimetype).trim()))
    throw new FileError(WORDS.file.unsupported, file);
  for (const [part, data] of kept) if (part !== MIMETYPE) checkXmlEncoding(data, part, file);
  const content = kept.get(ODS_CONTENT);
  if (content !== undefined) {
    const manifest = kept.get(ODS_MANIFEST);
    if (manifest && !manifestLists(manifest, ODS_CONTENT))
      throw new FileError(WORDS.file.corrupt, file, {}, "content.xml not in the manifest");
    const xml = strFromU8(content);
    checkOdsRepeats(xml, file, limits);
    checkOdsAttributes(xml, file);
  }
  for (const part of CHECKED_PARTS) if (!keep(part)) kept.delete(part);
  return kept;
}

/** Refuses a part readers look the package up by, named in another case (see KNOWN_PARTS). */
function checkKnownNames(entries: readonly ZipEntry[], file: string): void {
  for (const { name } of entries) {
    const known = KNOWN_PARTS.get(partKey(name));
    if (known !== undefined && known !== name)
      throw new FileError(WORDS.file.partNameCase, file, { part: known, found: name });
  }
}

/** An .ods's content among the parts the guard kept. */
export const odsContent = (parts: ReadonlyMap<string, Uint8Array>): Uint8Array | undefined =>
  odsPart(parts, ODS_CONTENT);

/** A part of an .ods among the parts the guard kept, by its name (the guard refuses it in another case). */
export const odsPart = (parts: ReadonlyMap<string, Uint8Array>, name: string): Uint8Array | undefined =>
  parts.get(name);

/** The encoding an XML declaration names, as in `<?xml version="1.0" encoding="UTF-8"?>`. */
const DECLARED_ENCODING = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
/** The encodings parts are read in: every part is decoded as UTF-8 (a UTF-16 one fails to parse). */
const READ_ENCODINGS = /^utf-?(?:8|16(?:le|be)?)$/i;

/** The start of an XML part as text, past a byte-order mark: enough to hold its declaration. */
function xmlHead(data: Uint8Array): string {
  const [a, b, c] = data;
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2, 402));
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2, 402));
  const start = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  // Only a declaration names an encoding: "<?" first, and nothing past its "?>" is needed.
  if (data[start] !== 0x3c || data[start + 1] !== 0x3f) return "";
  let end = start + 2;
  while (end < start + 200 && end < data.length && !(data[end - 1] === 0x3f && data[end] === 0x3e)) end++;
  return String.fromCharCode(...data.subarray(start, end + 1));
}

/**
 * Refuses a part whose XML declaration names an encoding other than UTF-8 or UTF-16: parts are decoded
 * as UTF-8, while LibreOffice honours the declaration, so "Biểu 01" in ISO-8859-1 names another sheet.
 */
function checkXmlEncoding(data: Uint8Array, part: string, file: string): void {
  const encoding = DECLARED_ENCODING.exec(xmlHead(data))?.[1];
  if (encoding !== undefined && !READ_ENCODINGS.test(encoding))
    throw new FileError(WORDS.file.xmlEncoding, file, { part, encoding });
}

/**
 * Refuses a zip that is both an Office Open XML and an OpenDocument package: Excel and LibreOffice open
 * the workbook its content types name, SheetJS the OpenDocument one, so each would show other figures.
 */
function checkOneFormat(entries: readonly ZipEntry[], file: string): void {
  const keys = new Set(entries.map((entry) => partKey(entry.name)));
  if (keys.has(OOXML_MARKER) && ODF_MARKERS.some((marker) => keys.has(marker)))
    throw new FileError(WORDS.file.twoFormats, file);
}

/**
 * Inflates every entry once, counting each entry's and the total output against the limits, checking it
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
  codec: ZipCodec,
): void {
  let total = 0;
  let misdeclared: string | undefined;
  for (const entry of listed) {
    const partTooLarge = (): never => {
      throw new FileError(WORDS.file.partInflatesTooLarge, file, {
        part: entry.name,
        max: limits.maxPartBytes,
      });
    };
    const totalTooLarge = (): never => {
      throw new FileError(WORDS.file.inflatesTooLarge, file, { max: limits.maxInflatedBytes });
    };
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const room = Math.min(limits.maxPartBytes, limits.maxInflatedBytes - total) + 1;
    const keepData = keep(entry.name);
    const before = keepData && entry.method === 8 ? inflatedBefore(entry.name, data, codec) : undefined;
    let out: Inflated;
    try {
      if (entry.method === 0)
        out = { size: data.length, crc: codec.crc32(data), data: keepData ? data.slice() : null };
      // Inflated as before, within the room it had then: past it, inflated again to be refused.
      else if (before && before.size < room) out = before;
      else if (entry.method === 8) {
        out = codec.inflate(data, entry.size, room, keepData, () =>
          room > limits.maxPartBytes ? partTooLarge() : totalTooLarge(),
        );
        if (keepData) rememberInflated(entry.name, data, out, codec);
      } else
        throw new FileError(WORDS.file.unsupportedMethod, file, {
          part: entry.name,
          method: entry.method,
        });
    } catch (error) {
      if (error instanceof FileError) throw error;
      throw new FileError(
        WORDS.file.corrupt,
        file,
        {},
        error instanceof Error ? error.message : String(error),
      );
    }
    if (out.size > limits.maxPartBytes) partTooLarge();
    total += out.size;
    if (total > limits.maxInflatedBytes) totalTooLarge();
    if (out.crc !== entry.crc)
      throw new FileError(WORDS.file.corrupt, file, {}, `checksum of ${shown(entry.name)}`);
    if (out.size !== entry.size) misdeclared ??= entry.name;
    if (out.data) kept.set(entry.name, out.data);
  }
  // Readers that trust a declared size read a different part than the one checked here. Refused once
  // every entry is inflated, so a bomb that lies about its sizes is named for what it is.
  if (misdeclared !== undefined)
    throw new FileError(WORDS.file.badZipLayout, file, {}, `size of ${shown(misdeclared)}`);
}

/**
 * Refuses two sheets of one name, compared as Excel compares them (case aside): Excel refuses such a
 * workbook, and readers disagree on which of the two a name like 'Biểu 01'!C10 points into.
 */
export function checkSheetNames(names: readonly string[], file: string): void {
  if (names.length > MAX_SHEETS)
    throw new FileError(WORDS.file.tooManySheets, file, { count: names.length, max: MAX_SHEETS });
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toUpperCase();
    if (seen.has(key)) throw new FileError(WORDS.file.duplicateSheet, file, { sheet: name });
    seen.add(key);
  }
}
