import { loadSheetJs } from "../../src/xlsx/number-formats/sheetjs-library";
import { BOF, records } from "../../src/xlsx/sheetjs/xls-records";

const BOUNDSHEET = 0x0085;

/** A BIFF record of an .xls's Workbook stream, with the sheet it is in (-1 for the workbook's globals). */
export interface XlsRecord {
  readonly type: number;
  readonly body: Uint8Array;
  readonly sheet: number;
}

/**
 * An .xls whose Workbook stream's records are those `edit` makes of them (each body a copy it may change),
 * every sheet's BOF offset in the globals moved to match: how a hand-edited or another program's .xls is
 * made where LibreOffice would not write one so.
 */
export function xlsWithRecords(
  xls: Uint8Array,
  edit: (records: XlsRecord[]) => readonly Omit<XlsRecord, "sheet">[],
): Uint8Array {
  const cfb = loadSheetJs().CFB;
  const container = cfb.read(xls, { type: "array" });
  const entry = cfb.find(container, "Workbook")!;
  const data = Uint8Array.from(entry.content as ArrayLike<number>);
  let bofs = -1;
  const read: XlsRecord[] = [];
  for (const { type, body } of records(data)) {
    if (type === BOF) bofs++;
    read.push({ type, body: body.slice(), sheet: bofs - 1 });
  }
  const out = edit(read);
  const starts: number[] = [];
  let length = 0;
  for (const { type, body } of out) {
    if (type === BOF) starts.push(length);
    length += 4 + body.length;
  }
  let next = 1;
  for (const { type, body } of out)
    if (type === BOUNDSHEET) new DataView(body.buffer, body.byteOffset).setUint32(0, starts[next++]!, true);
  const stream = new Uint8Array(length);
  const view = new DataView(stream.buffer);
  out.reduce((at, { type, body }) => {
    view.setUint16(at, type, true);
    view.setUint16(at + 2, body.length, true);
    stream.set(body, at + 4);
    return at + 4 + body.length;
  }, 0);
  entry.content = stream;
  entry.size = stream.length;
  return new Uint8Array(cfb.write(container, { type: "array", fileType: "cfb" }) as ArrayLike<number>);
}
