import { fastOutcome, ruled, sheetJsOutcome } from "../../support/compare-readers";
import { resaveWith } from "../../support/libreoffice";
import { inputAt, reportParts, type ReportParts } from "../../support/report-parts";
import { xlsWithRecords, type XlsRecord } from "../../support/xls-records";

// Red team, round 12: an .xls column of no width shows nothing in Excel and LibreOffice alike, whether its
// COLINFO says so (coldx 0) or, with no COLINFO, the sheet's STANDARDWIDTH of 0 does.

const COLINFO = 0x007d;
const STANDARDWIDTH = 0x0099;

let report: ReportParts;
let xls: Uint8Array;
/** The input's sheet (from 0) and column (from 0). */
let sheet: number;
let column: number;

beforeAll(async () => {
  report = await reportParts();
  xls = resaveWith(report.bytes, "xlsx", "xls");
  ({ sheet, column } = inputAt(report));
}, 60_000);

const word = (body: Uint8Array, at: number) => body[at]! | (body[at + 1]! << 8);
const covers = ({ type, body, sheet: of }: XlsRecord) =>
  type === COLINFO && of === sheet && word(body, 0) <= column && word(body, 2) >= column;
const hiddenAt = (bytes: Uint8Array) => ruled(sheetJsOutcome(bytes, "r.xls"), "cell.hidden", ["cell"]).flat();

describe("an .xls column of no width", () => {
  it("hides the input its COLINFO gives no width", () => {
    expect(hiddenAt(xls)).not.toContain(report.input.cell);
    const zeroWide = xlsWithRecords(xls, (records) => {
      const own = records.filter(covers);
      expect(own).toHaveLength(1);
      for (const { body } of own) body.set([0, 0], 4);
      return records;
    });
    expect(hiddenAt(zeroWide)).toContain(report.input.cell);
  });

  it("hides the input of a column without COLINFO where the sheet's standard width is 0", () => {
    const standard = (width: number) =>
      xlsWithRecords(xls, (records) =>
        records
          .filter((record) => !covers(record) && !(record.type === STANDARDWIDTH && record.sheet === sheet))
          .flatMap((record) =>
            record.type === 0x0055 && record.sheet === sheet
              ? [record, { type: STANDARDWIDTH, body: Uint8Array.of(width & 0xff, width >> 8) }]
              : [record],
          ),
      );
    expect(hiddenAt(standard(0))).toContain(report.input.cell);
    expect(hiddenAt(standard(20 * 256))).not.toContain(report.input.cell);
    // The same report as an .xlsx shows the input: only the widths were changed.
    expect(ruled(fastOutcome(report.bytes), "cell.hidden")).toEqual([]);
  });
});

// Red team, round 16: Gnumeric writes a width of 15 as 14.988 characters (coldx 3,837). SheetJS then
// counts every later file's columns in digits twice as wide (its MDW is global), and an .xls read after
// such a file printed its widest form at 22 % and was refused, where alone it printed at 46 %.
describe("an .xls's printed size", () => {
  it("is the same whatever file the thread read before it", () => {
    const printedSmall = (bytes: Uint8Array) =>
      ruled(sheetJsOutcome(bytes, "r.xls"), "sheet.printed_too_small", ["sheet"]).flat();
    const gnumericWidths = xlsWithRecords(xls, (records) => {
      const columns = records.filter(({ type }) => type === COLINFO);
      expect(columns.length).toBeGreaterThan(0);
      for (const { body } of columns) {
        const width = word(body, 4);
        if (width % 256 === 0 && width > 0) body.set([(width - 3) & 0xff, (width - 3) >> 8], 4);
      }
      return records;
    });
    const before = printedSmall(xls);
    expect(before).toEqual([]);
    expect(printedSmall(gnumericWidths)).toEqual([]);
    expect(printedSmall(xls)).toEqual(before);
  });
});
