import { loadSheetJs } from "../number-formats/sheetjs-library";

/** The part of SheetJS's compound-file reader used here (SheetJS types it as any). */
interface CompoundFiles {
  read(data: Uint8Array, options: { type: "array" }): unknown;
  find(container: unknown, path: string): { content?: ArrayLike<number>; size?: number } | null;
  write(container: unknown, options: { type: "array" }): ArrayLike<number>;
}

/** A BIFF record: its type, where it lies in the stream and its body. */
export interface XlsRecord {
  readonly type: number;
  readonly at: number;
  readonly body: Uint8Array;
}

export const BOF = 0x0809;
export const EOF = 0x000a;
/** The BIFF8 version in a BOF record: older streams' records are laid out otherwise and are not read. */
export const BIFF8 = 0x0600;
/** After FILEPASS the records are encrypted. */
export const FILEPASS = 0x002f;

/**
 * The Workbook (or older Book) stream at the top of an .xls, where its BIFF records lie, as SheetJS and
 * LibreOffice find it; none where it has neither (an embedded workbook's, in a storage, is no stream of
 * this one). A file holding both never comes here: the container check refuses it (checkCompoundFile).
 */
export function workbookStream(bytes: Uint8Array): Uint8Array | undefined {
  const content = streamEntry(loadSheetJs().CFB as CompoundFiles, bytes).entry?.content;
  return content ? Uint8Array.from(content) : undefined;
}

function streamEntry(cfb: CompoundFiles, bytes: Uint8Array) {
  const container = cfb.read(bytes, { type: "array" });
  return { container, entry: cfb.find(container, "/Workbook") ?? cfb.find(container, "/Book") };
}

/** The file with its workbook stream changed by `change`; itself where `change` leaves the stream as it is. */
export function withWorkbookStream(
  bytes: Uint8Array,
  change: (stream: Uint8Array) => Uint8Array | undefined,
): Uint8Array {
  const cfb = loadSheetJs().CFB as CompoundFiles;
  const { container, entry } = streamEntry(cfb, bytes);
  const changed = entry?.content && change(Uint8Array.from(entry.content));
  if (!entry || !changed) return bytes;
  entry.content = changed;
  entry.size = changed.length;
  return Uint8Array.from(cfb.write(container, { type: "array" }));
}

/** Whether a workbook stream is BIFF8's: its first record a BOF of that version. */
export const isBiff8 = (data: Uint8Array) =>
  data.length >= 6 && word(data, 0) === BOF && word(data, 4) === BIFF8;

/** A little-endian unsigned 16-bit word of `data` at `at`. */
export const word = (data: Uint8Array, at: number) => data[at]! | (data[at + 1]! << 8);

/** A little-endian unsigned 32-bit word of `data` at `at`. */
/** `count` characters from `at`, of 2 bytes each where `wide`, else of 1 (Latin-1): an XLUnicodeString's. */
export const characters = (data: Uint8Array, at: number, count: number, wide: boolean) =>
  wide
    ? String.fromCharCode(...Array.from({ length: count }, (_, i) => word(data, at + 2 * i)))
    : String.fromCharCode(...data.subarray(at, at + count));

/** A cell's key among a sheet's records: its row, then its column (BIFF8 has 256 columns, rows below 65,536). */
export const cellKey = (row: number, col: number) => row * 0x10000 + col;

/**
 * The cells of a MULRK or MULBLANK record (MS-XLS 2.4.175, 2.4.174): after its row and first column, an
 * entry of `entry` bytes per cell, then its last column; each cell's column and where its entry is.
 */
export function* rowRun(body: Uint8Array, entry: number): Generator<{ col: number; at: number }> {
  for (let at = 4, col = word(body, 2); at + entry <= body.length - 2; at += entry, col++) yield { col, at };
}

export const dword = (data: Uint8Array, at: number) => (word(data, at) | (word(data, at + 2) << 16)) >>> 0;

/**
 * The records of a stream from `from` to its end, a body cut short by the stream's end cut there. Every
 * record moves on by at least its 4-byte header: the walk ends within the stream.
 */
export function* records(data: Uint8Array, from = 0): Generator<XlsRecord> {
  for (let at = from; at + 4 <= data.length; at += 4 + word(data, at + 2)) {
    const body = at + 4;
    yield {
      type: word(data, at),
      at,
      body: data.subarray(body, Math.min(data.length, body + word(data, at + 2))),
    };
  }
}
