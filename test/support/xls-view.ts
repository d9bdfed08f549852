import { xlsWithRecords } from "./xls-records";

const WINDOW2 = 0x023e;
const PANE = 0x0041;
/** WINDOW2's fFrozen and fFrozenNoSplit, as Excel writes frozen panes. */
const FROZEN = 0x0108;

/**
 * An .xls whose `sheet`th sheet (from 0) opens at `top` (WINDOW2's rwTop) with, where `pane` is given,
 * that many rows and columns frozen (a PANE record after its WINDOW2), as Excel writes them: LibreOffice
 * saves neither in the .xls it converts headless, so they are written here into its Workbook stream.
 */
export function xlsViewed(
  xls: Uint8Array,
  sheet: number,
  top: number,
  pane?: { rows: number; cols: number },
) {
  return xlsWithRecords(xls, (records) =>
    records.flatMap((record) => {
      if (record.type !== WINDOW2 || record.sheet !== sheet) return [record];
      const view = new DataView(record.body.buffer, record.body.byteOffset);
      view.setUint16(2, top, true);
      if (!pane) return [record];
      view.setUint16(0, view.getUint16(0, true) | FROZEN, true);
      const added = new DataView(new ArrayBuffer(10));
      [pane.cols, pane.rows, top + pane.rows, pane.cols].forEach((v, i) => added.setUint16(2 * i, v, true));
      return [record, { type: PANE, body: new Uint8Array(added.buffer) }];
    }),
  );
}
