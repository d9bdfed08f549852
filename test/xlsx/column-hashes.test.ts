import { fastOutcome, ruled, sheetJsOutcome } from "../support/compare-readers";
import { resaveWith } from "../support/libreoffice";
import { printedPages, type PrintedPage } from "../support/printed-pages";
import { inNarrowColumn, reportParts, type ReportParts } from "../support/report-parts";
import { columnHashes } from "../../src/core/report/column-room";

// A figure whose column is too narrow for its text shows "###" on screen and in print: the page a clerk
// signs shows no figure while the roll-up counts one (red team, round 9). Each case is judged by
// LibreOffice's printout of the same file.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

/** The report with its first input holding `value` in `format`, its column `width` characters wide. */
const narrowed = (value: number, format: string, width: number) =>
  inNarrowColumn(report, value, format, width);

const HASHED: readonly [number, string, number][] = [
  [123456789, "#,##0", 6],
  [123456789, "#,##0", 10],
  [1234567, "0", 5],
  [123456789, "General", 5],
  [1234.5, "#,##0.00", 6],
  [-1234567, "#,##0", 8],
  [1234567, '#,##0" người"', 9],
];
const WHOLE: readonly [number, string, number][] = [
  [123456789, "#,##0", 13],
  [1234567, "0", 10],
  [1234.5, "#,##0.00", 9.5],
  [1234567, '#,##0" người"', 15],
];

describe("a figure in a column too narrow for its text", () => {
  it("is named at its cell, as hidden, in the .xlsx and in the .xls and .ods LibreOffice saves", () => {
    for (const [value, format, width] of HASHED) {
      const bytes = narrowed(value, format, width);
      const expected = [["error", report.input.cell]];
      const found = ruled(fastOutcome(bytes), "cell.hidden");
      expect({ value, format, width, found }).toEqual({ value, format, width, found: expected });
      for (const ext of ["xls", "ods"] as const) {
        const resaved = ruled(sheetJsOutcome(resaveWith(bytes, "xlsx", ext), `r.${ext}`), "cell.hidden");
        expect({ value, format, width, ext, resaved }).toEqual({
          value,
          format,
          width,
          ext,
          resaved: expected,
        });
      }
    }
  }, 240_000);

  it("says nothing where the column holds the figure's text", () => {
    for (const [value, format, width] of WHOLE) {
      const found = ruled(fastOutcome(narrowed(value, format, width)), "cell.hidden");
      expect({ value, format, width, found }).toEqual({ value, format, width, found: [] });
    }
  });

  it("agrees with what LibreOffice prints", () => {
    const cases = [...HASHED, ...WHOLE];
    // Hashes the report shows elsewhere (its self-check sheet) are counted once, in the report as made.
    const hashesIn = (printed: readonly PrintedPage[]) =>
      printed.map((page) => page.text.match(/#{2,}/g)?.length ?? 0).reduce((a, b) => a + b, 0);
    const [made, ...pages] = printedPages([
      report.bytes,
      ...cases.map(([value, format, width]) => narrowed(value, format, width)),
    ]);
    pages.forEach((printed, i) => {
      const [value, format, width] = cases[i]!;
      const hashed = i < HASHED.length;
      expect({ value, format, width, hashes: hashesIn(printed) > hashesIn(made!) }).toEqual({
        value,
        format,
        width,
        hashes: hashed,
      });
    });
  }, 240_000);
});

describe("the width a number's text takes", () => {
  it("counts a group mark as half a digit, a sign and a percent as more or less than one", () => {
    // LibreOffice with Calibri's widths (Carlito) shows each whole from the first width, "###" at the second.
    expect(columnHashes(123456789, { decimals: 0, grouped: true }, { columnWidth: 10.5 })).toBe(false);
    expect(columnHashes(123456789, { decimals: 0, grouped: true }, { columnWidth: 10 })).toBe(true);
    expect(columnHashes(0.5, { text: "50.0%" }, { columnWidth: 5.5 })).toBe(false);
    expect(columnHashes(0.5, { text: "50.0%" }, { columnWidth: 5 })).toBe(true);
    expect(columnHashes(-1234567, { decimals: 0, grouped: true }, { columnWidth: 9.25 })).toBe(false);
    expect(columnHashes(-1234567, { decimals: 0, grouped: true }, { columnWidth: 8.75 })).toBe(true);
  });

  it("takes a larger font to need a wider column, and an unknown width to judge nothing", () => {
    expect(columnHashes(1234567, { decimals: 0, grouped: false }, { columnWidth: 9.5, fontSize: 14 })).toBe(
      false,
    );
    expect(columnHashes(1234567, { decimals: 0, grouped: false }, { columnWidth: 9, fontSize: 14 })).toBe(
      true,
    );
    expect(columnHashes(123456789, "general", {})).toBe(false);
  });
});
