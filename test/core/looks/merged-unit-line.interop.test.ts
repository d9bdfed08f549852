import { fastOutcome, ruled, sheetJsOutcome } from "../../support/compare-readers";
import { resaveEach } from "../../support/libreoffice";
import { reportParts, unitLineMerged, type ReportParts } from "../../support/report-parts";

// A unit line merged across the form neither runs on nor grows its row: wrapped in a row left one line
// high, its period on its second line is cut off (what a forger does to a line the template merges).

const LONG_NAME =
  "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Đồng Phú, chi nhánh Bình Long, " +
  "xí nghiệp chế biến mủ cao su xuất khẩu và dịch vụ kỹ thuật nông nghiệp số hai của tỉnh Bình Phước";

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts({ unitName: LONG_NAME });
});

/**
 * The report with Biểu 01's unit line (A3), merged and wrapped across the form, merged over columns A to E
 * instead, its row `height` points high.
 */
const merged = (height: number, change = (xml: string) => xml) =>
  report.fileWith({
    [report.input.part]: (xml) =>
      change(
        unitLineMerged(xml, "A3", "A3:E3").replace(/<row r="3"( [^>]*)?>/, (row) =>
          row.replace(/ (ht|customHeight)="[^"]*"/g, "").replace(">", ` ht="${height}" customHeight="1">`),
        ),
      ),
  });

const unseen = (outcome: ReturnType<typeof fastOutcome>) => ruled(outcome, "identity.line_unseen");

/** What each reader names of a file: the .xlsx's, and LibreOffice's .xls's and .ods's of it. */
function namedInEach(bytes: Uint8Array) {
  const { xls, ods } = resaveEach(bytes, "xlsx", ["xls", "ods"]);
  return {
    xlsx: unseen(fastOutcome(bytes)),
    xls: unseen(sheetJsOutcome(xls, "r.xls")),
    ods: unseen(sheetJsOutcome(ods, "r.ods")),
  };
}

describe("a unit line merged across the form", () => {
  it("is named where its row is one line high, too low for the lines it wraps into, in each format", () => {
    const at = [["error", "A3"]];
    expect(namedInEach(merged(15))).toEqual({ xlsx: at, xls: at, ods: at });
  }, 60_000);

  it("says nothing where its row is as tall as its lines, or taller, in each format", () => {
    expect(unseen(fastOutcome(report.bytes))).toEqual([]);
    expect(namedInEach(merged(90))).toEqual({ xlsx: [], xls: [], ods: [] });
  }, 60_000);
});

/**
 * The report merged as `merged` makes it, its columns storing no width (no `cols`): each as wide as the
 * sheet's `sheetFormatPr` says (`format`), or its base width where it says none.
 */
const unsized = (height: number, format: string) =>
  merged(height, (xml) => xml.replace(/<cols>.*?<\/cols>/, "").replace(/<sheetFormatPr[^>]*\/>/, format));

const FORMATS = {
  "a default width": '<sheetFormatPr defaultColWidth="8.5" defaultRowHeight="15"/>',
  "no default width": '<sheetFormatPr defaultRowHeight="15"/>',
};

describe("a unit line merged over columns no record sizes, in an .xlsx", () => {
  // SheetJS reads no `sheetFormatPr`: the two readers of an .xlsx judged it only where both measure the
  // merge from the same widths (the zip fuzz test's reports, re-saved by LibreOffice).
  it.each(Object.entries(FORMATS))(
    "is named by both readers alike where its row is too low (%s)",
    (_, format) => {
      const bytes = unsized(15, format);
      const at = [["error", "A3"]];
      expect({ fast: unseen(fastOutcome(bytes)), sheetJs: unseen(sheetJsOutcome(bytes)) }).toEqual({
        fast: at,
        sheetJs: at,
      });
    },
  );

  it.each(Object.entries(FORMATS))(
    "is named by neither where its row is as tall as its lines (%s)",
    (_, format) => {
      const bytes = unsized(90, format);
      expect({ fast: unseen(fastOutcome(bytes)), sheetJs: unseen(sheetJsOutcome(bytes)) }).toEqual({
        fast: [],
        sheetJs: [],
      });
    },
  );
});
