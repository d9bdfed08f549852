import { ruled, sheetJsOutcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { inputAt, reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords } from "../../support/xls-records";

// Excel 2007 and later save the rules BIFF8's CF cannot hold (a data bar, a colour scale, an icon set, a
// top 10) as CONDFMT12 and CF12 records: Excel draws them over the figure, so the reader, which does not
// read their formatting, trusts nothing the input shows.

const EOF = 0x000a;
const CONDFMT = 0x01b0;
const CF = 0x01b1;
const CONDFMT12 = 0x0879;
const CF12 = 0x087a;
const CFEX = 0x087b;

let report: ReportParts;
let xls: Uint8Array;
/** The input's sheet (from 0), row and column (from 0). */
let sheet: number;
let row: number;
let column: number;

beforeAll(async () => {
  report = await reportParts();
  xls = resaveWith(report.bytes, "xlsx", "xls");
  ({ sheet, row, column } = inputAt(report));
}, 60_000);

const bytes = (...words: number[]) => {
  const out = new Uint8Array(words.length * 2);
  words.forEach((w, i) => new DataView(out.buffer).setUint16(i * 2, w, true));
  return out;
};
/** A future record header (FrtRefHeader): the record's type, flags, and an area (Ref8U) left empty. */
const header = (type: number) => bytes(type, 0, 0, 0, 0, 0);
/** A CONDFMT12 over the input alone, then a CF12 (a data bar), before the input's sheet's EOF. */
const withDataBar = (rule = true) =>
  xlsWithRecords(xls, (records) =>
    records.flatMap((record) => {
      if (record.type !== EOF || record.sheet !== sheet) return [record];
      const area = [row, row, column, column];
      const condFmt = new Uint8Array([...header(CONDFMT12), ...bytes(1, 1, ...area, 1, ...area)]);
      const dataBar = new Uint8Array([...header(CF12), 4, 0, ...bytes(0, 0), ...new Uint8Array(40)]);
      return [{ type: CONDFMT12, body: condFmt }, ...(rule ? [{ type: CF12, body: dataBar }] : []), record];
    }),
  );

const misleadingAt = (file: Uint8Array) =>
  ruled(sheetJsOutcome(file, "r.xls"), "cell.misleading_format", ["cell"]).flat();
const hiddenAt = (file: Uint8Array) => ruled(sheetJsOutcome(file, "r.xls"), "cell.hidden", ["cell"]).flat();

/** A FullColorExt ExtProp of type `type` (0x0D the font's colour, 0x05 the fill's): the RGB `rgb`. */
const rgbExt = (type: number, [r, g, b]: readonly number[]) =>
  new Uint8Array([...bytes(type, 20, 2, 0), r!, g!, b!, 0, ...new Uint8Array(8)]);
/**
 * A CONDFMT (nID 7) over the input with a CF that sets nothing, as LibreOffice reads it, and (where
 * `colours` are given) Excel's CFEx for that CF, whose own formatting sets the font's and the fill's RGB.
 */
const withExtendedRule = (colours?: { text: number[]; fill: number[] }) =>
  xlsWithRecords(xls, (records) =>
    records.flatMap((record) => {
      if (record.type !== EOF || record.sheet !== sheet) return [record];
      const area = [row, row, column, column];
      const condFmt = new Uint8Array(bytes(1, (7 << 1) | 1, ...area, 1, ...area));
      const cf = new Uint8Array([2, 0, ...bytes(0, 0, 0, 0, 0)]);
      const rule = [
        { type: CONDFMT, body: condFmt },
        { type: CF, body: cf },
      ];
      if (!colours) return [...rule, record];
      const extensions = [...bytes(0, 0, 0, 2), ...rgbExt(0x0d, colours.text), ...rgbExt(0x05, colours.fill)];
      const dxf = [...bytes(0, 0, 0), ...extensions];
      const cfex = new Uint8Array([
        ...bytes(CFEX, 1, ...area),
        ...bytes(0, 0, 7, 0),
        0,
        0,
        ...bytes(1),
        1,
        1,
        ...bytes(dxf.length, 0),
        ...dxf,
        ...new Uint8Array(17),
      ]);
      return [...rule, { type: CFEX, body: cfex }, record];
    }),
  );

describe("an .xls rule of Excel 2007 over an input", () => {
  it("refuses the input a CF12 covers, saying its look cannot be read", () => {
    expect(misleadingAt(xls)).not.toContain(report.input.cell);
    expect(misleadingAt(withDataBar())).toContain(report.input.cell);
  });

  it("reads nothing into a CONDFMT12 that has no rule", () => {
    expect(misleadingAt(withDataBar(false))).not.toContain(report.input.cell);
  });
});

describe("an .xls rule Excel extends with formatting of its own (CFEx)", () => {
  it("refuses an input the CFEx writes white on white, though the CF LibreOffice draws sets nothing", () => {
    expect(hiddenAt(withExtendedRule())).not.toContain(report.input.cell);
    const white = [255, 255, 255];
    expect(hiddenAt(withExtendedRule({ text: white, fill: white }))).toContain(report.input.cell);
  });

  it("reads an input the CFEx writes black on white", () => {
    const file = withExtendedRule({ text: [0, 0, 0], fill: [255, 255, 255] });
    expect(hiddenAt(file)).not.toContain(report.input.cell);
    expect(misleadingAt(file)).not.toContain(report.input.cell);
  });
});
