import { fastOutcome, sheetJsOutcome, type Outcome } from "../../support/compare-readers";
import { resaveEach } from "../../support/libreoffice";
import { inNarrowColumn, reportParts, type ReportParts } from "../../support/report-parts";
import { generalRounded, libreOfficeRounds } from "../../../src/core/report/column-room";

// A figure in the General format whose digits its column is too narrow for: Excel and LibreOffice write
// it rounded, in scientific form, so a person reads 123,456,789 as "1E+08" (6 wide) or "1.23E+08" (8
// wide) while the roll-up counts the whole figure (red team, round 8, L4). The #,##0 format shows "###"
// there instead: not a rounded figure, but no figure at all (see column-hashes.interop.test.ts).

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first input holding `value` in `format`, its column `width` characters wide. */
const narrowed = (value: number, format: string, width: number) =>
  inNarrowColumn(report, value, format, width);

const misleading = (outcome: Outcome) =>
  outcome.read ? outcome.findings.filter((f) => f.rule === "cell.misleading_format") : [];

describe("a figure in General in a column too narrow for its digits", () => {
  it("is named, with the width of its column, where it shows rounded", () => {
    expect(report.input.cell).toMatch(/^[A-Z]\d+$/);
    const [found, ...more] = misleading(fastOutcome(narrowed(123456789, "General", 6)));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", sheet: "Biểu 01", cell: report.input.cell });
    expect(found!.message_en).toContain("only 6 characters wide");
    expect(found!.message_en).toContain('"1E+08"');
    expect(found!.message_en).toContain("Widen the column");
  });

  // Issue 64: "Excel or LibreOffice shows it rounded" was said where LibreOffice shows the figure whole.
  it("names the programs that show it rounded: both, or Excel alone where LibreOffice has room for it", () => {
    const message = (value: number, width: number) => {
      const [found] = misleading(fastOutcome(narrowed(value, "General", width)));
      return [found!.message_vi, found!.message_en];
    };
    const [viBoth, enBoth] = message(123456789, 9);
    expect(viBoth).toContain("nên Excel và LibreOffice đều hiển thị số đã làm tròn");
    expect(enBoth).toContain("so Excel and LibreOffice both show it rounded");
    const [viExcel, enExcel] = message(99999999, 8.5);
    expect(viExcel).toContain("nên Excel hiển thị số đã làm tròn");
    expect(viExcel).toContain("LibreOffice hiển thị đủ số");
    expect(enExcel).toContain("so Excel shows it rounded");
    expect(enExcel).toContain("LibreOffice shows it whole");
  });

  it("says nothing of rounding where the column holds its digits, or where #,##0 shows ###", () => {
    expect(misleading(fastOutcome(narrowed(123456789, "General", 12)))).toEqual([]);
    expect(misleading(fastOutcome(narrowed(123456789, "#,##0", 6)))).toEqual([]);
    expect(misleading(fastOutcome(narrowed(123456789, "General", 5)))).toEqual([]);
  });

  it("is named in the .xls and .ods LibreOffice saves, and not as rounded where #,##0 shows ###", () => {
    const cells = (outcome: Outcome) => misleading(outcome).map((f) => f.cell);
    const rounded = narrowed(123456789, "General", 6);
    const hashes = narrowed(123456789, "#,##0", 6);
    const roundedSaved = resaveEach(rounded, "xlsx", ["ods", "xls"]);
    const hashesSaved = resaveEach(hashes, "xlsx", ["ods", "xls"]);
    for (const ext of ["xls", "ods"] as const) {
      expect(cells(sheetJsOutcome(roundedSaved[ext], `r.${ext}`))).toEqual([report.input.cell]);
      expect(cells(sheetJsOutcome(hashesSaved[ext], `r.${ext}`))).toEqual([]);
    }
  }, 120_000);
});

// LibreOffice, 11 pt: every integer of n digits shows whole from a width of n + 0.5, "1E+0n" from 5.75,
// "###" below; Excel needs n + 5/7 (an auto-fitted column of 9 digits is 9.71 wide).
describe("what General shows in a column", () => {
  it.each([
    [123456789, 6, "1E+08"],
    [123456789, 9, "1E+08"],
    [-123456789, 8, "-1E+08"],
    [99999999, 8.5, "1E+08"],
    [123456789, 7.25, "1E+08"],
  ])("rounds %d in a column %d wide", (value, columnWidth, shown) => {
    expect(generalRounded(value, { columnWidth })).toBe(shown);
  });

  it.each([
    ["whole: the digits fit", 123456789, { columnWidth: 9.71 }],
    ["whole: an auto-fitted column", 12345678, { columnWidth: 8.7109375 }],
    ['"###": too narrow for 1E+08', 123456789, { columnWidth: 5.5 }],
    ['"###": too narrow for -1E+08', -123456789, { columnWidth: 6 }],
    ["whole: five digits never round", 12345, { columnWidth: 5.5 }],
    ["whole: decimals round as #,##0 does", 1234.5678, { columnWidth: 5 }],
    ["unknown: no width", 123456789, {}],
  ])("leaves a figure %s", (_, value, sizes) => {
    expect(generalRounded(value, sizes)).toBeUndefined();
  });

  // LibreOffice shows n digits whole from a width of n + 0.5, where Excel needs n + 5/7.
  it.each([
    [123456789, 9, true],
    [123456789, 9.4, true],
    [123456789, 9.5, false],
    [99999999, 8.5, false],
    [123456789, 6, true],
  ])("knows whether LibreOffice too rounds %d in a column %d wide", (value, columnWidth, rounds) => {
    expect(libreOfficeRounds(value, { columnWidth })).toBe(rounds);
  });

  it("takes a larger font to need a wider column", () => {
    expect(generalRounded(123456789, { columnWidth: 11, fontSize: 14 })).toBe("1E+08");
    expect(generalRounded(123456789, { columnWidth: 6.5, fontSize: 14 })).toBeUndefined();
  });
});
