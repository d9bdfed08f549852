import { loadSheetJs } from "../../src/xlsx/sheetjs/sheetjs";
import { BOF, records } from "../../src/xlsx/sheetjs/xls-records";

const WINDOW2 = 0x023e;
const PANE = 0x0041;
const BOUNDSHEET = 0x0085;
/** WINDOW2's fFrozen and fFrozenNoSplit, as Excel writes frozen panes. */
const FROZEN = 0x0108;

/**
 * An .xls whose `sheet`th sheet (from 0) opens at `top` (WINDOW2's rwTop) with, where `pane` is given,
 * that many rows and columns frozen (a PANE record after its WINDOW2), as Excel writes them: LibreOffice
 * saves neither in the .xls it converts headless, so they are written here into its Workbook stream, and
 * every sheet's BOF offset in the globals moved to match.
 */
export function xlsViewed(
  xls: Uint8Array,
  sheet: number,
  top: number,
  pane?: { rows: number; cols: number },
) {
  const cfb = loadSheetJs().CFB;
  const container = cfb.read(xls, { type: "array" });
  const entry = cfb.find(container, "Workbook")!;
  const data = Uint8Array.from(entry.content as ArrayLike<number>);
  const out: { type: number; body: Uint8Array }[] = [];
  let bofs = -1;
  for (const { type, body } of records(data)) {
    const copy = body.slice();
    if (type === BOF) bofs++;
    const ours = type === WINDOW2 && bofs === sheet + 1;
    const view = new DataView(copy.buffer);
    if (ours) view.setUint16(2, top, true);
    if (ours && pane) view.setUint16(0, view.getUint16(0, true) | FROZEN, true);
    out.push({ type, body: copy });
    if (ours && pane) {
      const added = new DataView(new ArrayBuffer(10));
      [pane.cols, pane.rows, top + pane.rows, pane.cols].forEach((v, i) => added.setUint16(2 * i, v, true));
      out.push({ type: PANE, body: new Uint8Array(added.buffer) });
    }
  }
  const starts: number[] = [];
  let length = 0;
  for (const { type, body } of out) {
    if (type === BOF) starts.push(length);
    length += 4 + body.length;
  }
  let next = 1;
  for (const { type, body } of out)
    if (type === BOUNDSHEET) new DataView(body.buffer).setUint32(0, starts[next++]!, true);
  const stream = new Uint8Array(length);
  out.reduce((at, { type, body }) => {
    new DataView(stream.buffer).setUint16(at, type, true);
    new DataView(stream.buffer).setUint16(at + 2, body.length, true);
    stream.set(body, at + 4);
    return at + 4 + body.length;
  }, 0);
  entry.content = stream;
  entry.size = stream.length;
  return new Uint8Array(cfb.write(container, { type: "array", fileType: "cfb" }) as ArrayLike<number>);
}
