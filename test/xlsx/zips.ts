import { strToU8, Zip, ZipDeflate } from "fflate";

export const MiB = 1024 * 1024;

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
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
