import { readWorkbookGrid } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords } from "../../support/xls-records";

jest.setTimeout(120_000);

// Red team, round 32: SheetJS keeps one table of number formats for every file a thread reads and loads
// each .xls's FORMAT records into it, so a file that redefined a built-in format changed how every later
// file using that format without defining it was read: one file, two verdicts, by what came before it.

const FORMAT = 0x041e;
const XF = 0x00e0;
/** Built-in format 3, #,##0, which an .xls (gnumeric's) may use without defining it. */
const THOUSANDS = 3;

/** A BIFF8 FORMAT record giving format `index` the code `code` (Latin-1, one byte a character). */
function formatRecord(index: number, code: string) {
  const body = new Uint8Array(5 + code.length);
  const view = new DataView(body.buffer);
  view.setUint16(0, index, true);
  view.setUint16(2, code.length, true);
  body[4] = 0;
  for (let i = 0; i < code.length; i++) body[5 + i] = code.charCodeAt(i);
  return { type: FORMAT, body };
}

let report: ReportParts;
/** The report as LibreOffice saves it as .xls, its cells of #,##0 (LibreOffice's own FORMAT) in built-in 3. */
let xls: Uint8Array;

beforeAll(async () => {
  report = await reportParts();
  const saved = resaveWith(report.bytes, "xlsx", "xls");
  xls = xlsWithRecords(saved, (records) => {
    const own = records.find(
      (r) => r.type === FORMAT && new TextDecoder("latin1").decode(r.body.subarray(5)) === "#,##0",
    );
    expect(own).toBeDefined();
    const index = own!.body[0]! | (own!.body[1]! << 8);
    for (const { type, body } of records)
      if (type === XF && (body[2]! | (body[3]! << 8)) === index)
        new DataView(body.buffer, body.byteOffset).setUint16(2, THOUSANDS, true);
    return records;
  });
});

/** The input's cell as the reader reads the .xls. */
const input = (bytes: Uint8Array) =>
  readWorkbookGrid(bytes, "r.xls")
    .sheets.find((sheet) => sheet.name === "Biểu 01")!
    .cells.get(report.input.cell);

describe("an .xls read after another in the same thread", () => {
  it("is read as it is read alone, after a file that redefined a built-in number format", () => {
    const alone = input(xls);
    expect(alone?.value).toEqual({ type: "number", value: expect.any(Number) });
    const redefining = xlsWithRecords(xls, (records) => {
      const at = records.findIndex((r) => r.type === FORMAT);
      expect(at).toBeGreaterThan(0);
      return [...records.slice(0, at), formatRecord(THOUSANDS, "#,##0,"), ...records.slice(at)];
    });
    // In thousands: 1,254 shows "1".
    expect(input(redefining)?.shown).not.toEqual(alone?.shown);
    expect(input(xls)).toEqual(alone);
  });
});
