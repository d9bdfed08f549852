import { strToU8, Zip, ZipDeflate } from "fflate";

export const MiB = 1024 * 1024;

export function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/** A zip of entries given as chunks, deflated as they come, so a huge entry is never held whole. */
export function zipOf(entries: Record<string, Iterable<Uint8Array>>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  for (const [name, chunks] of Object.entries(entries)) {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    for (const chunk of chunks) entry.push(chunk);
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  return concat(out);
}

/** Rewrites the inflated size every central-directory entry declares, as a hostile file would. */
export function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

/** `mib` MiB of zeros, a megabyte at a time. */
export function* zeros(mib: number): Generator<Uint8Array> {
  const block = new Uint8Array(MiB);
  for (let i = 0; i < mib; i++) yield block;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A real one-sheet .xlsx whose sheet is up to `bytes` of XML of one-digit number cells, 100 to a row: tiny once
 * compressed, and many cells per byte, so the parser's memory grows fastest for its size.
 */
export function numbersWorkbook(bytes: number): { bytes: Uint8Array; cells: number } {
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
  const tail = "</sheetData></worksheet>";
  const cells = Array.from({ length: 100 }, (_, c) => `<c><v>${c % 10}</v></c>`).join("");
  const rowLength = `<row r="00000">${cells}</row>`.length;
  const rows = Math.floor((bytes - head.length - tail.length) / rowLength);
  function* sheet(): Generator<Uint8Array> {
    yield strToU8(head);
    for (let r = 1; r <= rows; r++) yield strToU8(`<row r="${r}">${cells}</row>`);
    yield strToU8(tail);
  }
  const zip = zipOf({
    "[Content_Types].xml": [
      strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
          `</Types>`,
      ),
    ],
    "_rels/.rels": [
      strToU8(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    ],
    "xl/workbook.xml": [
      strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Số" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    ],
    "xl/_rels/workbook.xml.rels": [
      strToU8(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    ],
    "xl/worksheets/sheet1.xml": sheet(),
  });
  return { bytes: zip, cells: rows * 100 };
}

/** How `storedZip` lays a zip out, as writers other than fflate do. */
export interface ZipLayout {
  /** Sizes and offsets in zip64 extras and end records only, as "always zip64" writers do. */
  readonly zip64?: boolean;
  /** The directory lists the entries in reverse order of their data. */
  readonly reversed?: boolean;
  /** Whether names are marked as UTF-8 (bit 11); they are by default. */
  readonly utf8Flag?: boolean;
  /** Changes the end record's fields, as [total entries, entries on this disk, directory size]. */
  readonly endRecord?: (fields: [number, number, number]) => [number, number, number];
  /** Bytes after the end record. */
  readonly trailer?: Uint8Array;
}

/** A zip of stored (uncompressed) entries, every header written here, laid out as `layout` says. */
export function storedZip(entries: readonly [string, Uint8Array][], layout: ZipLayout = {}): Uint8Array {
  const crc = (data: Uint8Array) => {
    let c = ~0;
    for (const byte of data) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return ~c >>> 0;
  };
  const bytes = (size: number, fill: (view: DataView) => void) => {
    const out = new Uint8Array(size);
    fill(new DataView(out.buffer));
    return out;
  };
  const flags = layout.utf8Flag === false ? 0 : 0x800;
  const wide = layout.zip64 === true;
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let at = 0;
  for (const [name, data] of entries) {
    const rawName = strToU8(name);
    const local = bytes(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, flags, true);
      v.setUint32(14, crc(data), true);
      v.setUint32(18, data.length, true);
      v.setUint32(22, data.length, true);
      v.setUint16(26, rawName.length, true);
    });
    const extra = wide
      ? bytes(28, (v) => {
          v.setUint16(0, 1, true);
          v.setUint16(2, 24, true);
          v.setBigUint64(4, BigInt(data.length), true);
          v.setBigUint64(12, BigInt(data.length), true);
          v.setBigUint64(20, BigInt(at), true);
        })
      : new Uint8Array(0);
    const header = bytes(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 45, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, flags, true);
      v.setUint32(16, crc(data), true);
      v.setUint32(20, wide ? 0xffffffff : data.length, true);
      v.setUint32(24, wide ? 0xffffffff : data.length, true);
      v.setUint16(28, rawName.length, true);
      v.setUint16(30, extra.length, true);
      v.setUint32(42, wide ? 0xffffffff : at, true);
    });
    central.push(concat([header, rawName, extra]));
    chunks.push(local, rawName, data);
    at += local.length + rawName.length + data.length;
  }
  const directory = concat(layout.reversed ? central.reverse() : central);
  const start = at;
  const [total, onDisk, size] = (layout.endRecord ?? ((f) => f))([
    entries.length,
    entries.length,
    directory.length,
  ]);
  const zip64End = wide
    ? bytes(56 + 20, (v) => {
        v.setUint32(0, 0x06064b50, true);
        v.setBigUint64(4, 44n, true);
        v.setUint16(12, 45, true);
        v.setUint16(14, 45, true);
        v.setBigUint64(24, BigInt(onDisk), true);
        v.setBigUint64(32, BigInt(total), true);
        v.setBigUint64(40, BigInt(size), true);
        v.setBigUint64(48, BigInt(start), true);
        v.setUint32(56, 0x07064b50, true);
        v.setBigUint64(64, BigInt(start + directory.length), true);
        v.setUint32(72, 1, true);
      })
    : new Uint8Array(0);
  const end = bytes(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, wide ? 0xffff : onDisk, true);
    v.setUint16(10, wide ? 0xffff : total, true);
    v.setUint32(12, wide ? 0xffffffff : size, true);
    v.setUint32(16, wide ? 0xffffffff : start, true);
  });
  return concat([...chunks, directory, zip64End, end, layout.trailer ?? new Uint8Array(0)]);
}
