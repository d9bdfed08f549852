import { strFromU8, strToU8, unzipSync } from "fflate";
import { fromA1 } from "../../../../src/core/grid/a1";
import { FileError, readWorkbookGrid } from "../../../../src/xlsx";
import { resaveWith, sheetsAsCsv } from "../../../support/libreoffice";
import { zipEntriesOf } from "../../../support/mutate-report";
import { withCellTag } from "../../../support/ods-cells";
import { reportParts, type ReportParts } from "../../../support/report-parts";

jest.setTimeout(120_000);

// An .ods cell may hold a date or a time where the form shows a count: LibreOffice shows the date as the
// days from the document's own day 0 (`table:null-date`), SheetJS as Excel's serial (red team, round 20:
// a document counting from 20 December 1899 showed 16 transfers where 5 were rolled up). LibreOffice,
// converting each file to CSV, is the judge of the figure shown.

let report: ReportParts;
let parts: Record<string, Uint8Array>;

beforeAll(async () => {
  report = await reportParts();
  parts = unzipSync(resaveWith(report.bytes, "xlsx", "ods"));
});

const SHEET = "Biểu 01";

/** LibreOffice's .ods of the report, its first input holding `value` (attributes), the document's day 0 `nullDate`. */
function odsWith(value: string, nullDate?: string): Uint8Array {
  const { row, col } = fromA1(report.input.cell)!;
  let content = withCellTag(strFromU8(parts["content.xml"]!), SHEET, row, col, (tag) =>
    tag
      .replace(/ (office|calcext):value-type="[^"]*"| office:value="[^"]*"/g, "")
      .replace("<table:table-cell", `<table:table-cell ${value}`),
  );
  if (nullDate !== undefined) {
    const settings = `<table:calculation-settings><table:null-date table:date-value="${nullDate}"/></table:calculation-settings>`;
    content = content.includes("<table:calculation-settings")
      ? content.replace(
          /<table:calculation-settings([^>]*?)(\/?)>/,
          (_, attributes: string, empty: string) =>
            `<table:calculation-settings${attributes}><table:null-date table:date-value="${nullDate}"/>${empty ? "</table:calculation-settings>" : ""}`,
        )
      : content.replace(/<office:spreadsheet>/, `$&${settings}`);
    expect(content).toContain(`table:date-value="${nullDate}"`);
  }
  return zipEntriesOf(
    Object.entries(parts).map(([name, data]) => [name, name === "content.xml" ? strToU8(content) : data]),
  );
}

/** The input's figure as the reader reads it and as LibreOffice shows it. */
function readAndShown(bytes: Uint8Array): [number | undefined, number] {
  const cell = readWorkbookGrid(bytes, "r.ods")
    .sheets.find((s) => s.name === SHEET)!
    .cells.get(report.input.cell);
  const { row, col } = fromA1(report.input.cell)!;
  const shown = sheetsAsCsv(bytes, "ods").get(SHEET)![row]![col]!;
  return [cell?.value?.type === "number" ? cell.value.value : undefined, Number(shown.replace(/,/g, ""))];
}

describe("an .ods figure held as a date or a time", () => {
  it.each([
    [
      "a date in a document counting from 20 December 1899",
      'office:value-type="date" office:date-value="1900-05-01"',
      "1899-12-20",
    ],
    [
      "a date before March 1900 (Excel counts a 29 February 1900 that never was)",
      'office:value-type="date" office:date-value="1900-01-05"',
      undefined,
    ],
    ["a date and time", 'office:value-type="date" office:date-value="1900-05-01T12:00:00"', undefined],
    [
      "a date in a document counting from 1904",
      'office:value-type="date" office:date-value="1904-05-01"',
      "1904-01-01",
    ],
    ["a time of 120 hours", 'office:value-type="time" office:time-value="PT120H"', undefined],
  ])("is read as LibreOffice shows it: %s", (_, value, nullDate) => {
    const [read, shown] = readAndShown(odsWith(value, nullDate));
    expect(Number.isFinite(shown)).toBe(true);
    expect(read).toBeCloseTo(shown, 9);
  });

  it.each([
    [
      "at 24:00:00, the next day's start",
      'office:value-type="date" office:date-value="1900-12-31T24:00:00"',
      undefined,
    ],
    [
      "in a document whose day 0 is at noon (its day counts)",
      'office:value-type="date" office:date-value="1900-05-01"',
      "1899-12-20T12:00:00",
    ],
  ])("is read as LibreOffice shows it, round 20's review: %s", (_, value, nullDate) => {
    const [read, shown] = readAndShown(odsWith(value, nullDate));
    expect(read).toBeCloseTo(shown, 9);
  });

  it("counts from 30 December 1899 where a day 0 stands outside the calculation settings, as LibreOffice does", () => {
    const bytes = odsWith('office:value-type="date" office:date-value="1900-05-01"');
    const parts = unzipSync(bytes);
    const content = strFromU8(parts["content.xml"]!).replace(
      "<table:named-expressions>",
      '$&<table:null-date table:date-value="1899-12-20"/>',
    );
    expect(content).toContain('table:null-date table:date-value="1899-12-20"');
    const moved = zipEntriesOf(
      Object.entries(parts).map(([name, data]) => [name, name === "content.xml" ? strToU8(content) : data]),
    );
    const [read, shown] = readAndShown(moved);
    expect([read, shown]).toEqual([122, 122]);
  });

  it.each([
    ["a day no calendar has", 'office:value-type="date" office:date-value="1900-02-29"'],
    ["a duration in months", 'office:value-type="time" office:time-value="P2M"'],
    ["an hour past 24:00", 'office:value-type="date" office:date-value="1900-05-01T25:00:00"'],
    ["a minute past 59", 'office:value-type="date" office:date-value="1900-05-01T10:75:00"'],
    ["the year 0", 'office:value-type="date" office:date-value="0000-05-01"'],
  ])("refuses the file where it is %s", (_, value) => {
    expect(() => readWorkbookGrid(odsWith(value), "r.ods")).toThrow(FileError);
  });
});

describe("an .ods of many repeated cells", () => {
  it.each([
    ["date cells", 'office:value-type="date" office:date-value="2025-01-01"><text:p>x</text:p>'],
    [
      "texts in spans",
      'office:value-type="string"><text:p><text:span text:style-name="T1">x</text:span></text:p>',
    ],
  ])("refuses a file of more repeated %s than any report holds (each lookup walks them)", (_, cell) => {
    const row = `<table:table-row><table:table-cell table:number-columns-repeated="2" ${cell}</table:table-cell></table:table-row>`;
    const withRows = (count: number) => {
      const content = strFromU8(parts["content.xml"]!).replace("</table:table>", `${row.repeat(count)}$&`);
      return zipEntriesOf(
        Object.entries(parts).map(([name, data]) => [name, name === "content.xml" ? strToU8(content) : data]),
      );
    };
    expect(() => readWorkbookGrid(withRows(10_001), "r.ods")).toThrow(FileError);
    expect(() => readWorkbookGrid(withRows(100), "r.ods")).not.toThrow();
  });

  it("refuses one whose repeated cells of unreadable text stand for more cells than a form holds", () => {
    const rows = (count: number) =>
      `<table:table-row table:number-rows-repeated="${count}"><table:table-cell table:number-columns-repeated="1000" office:value-type="string"><text:p><text:meta xml:id="m">x</text:meta></text:p></table:table-cell></table:table-row>`;
    const withRows = (count: number) => {
      const content = strFromU8(parts["content.xml"]!).replace("</table:table>", `${rows(count)}$&`);
      return zipEntriesOf(
        Object.entries(parts).map(([name, data]) => [name, name === "content.xml" ? strToU8(content) : data]),
      );
    };
    expect(() => readWorkbookGrid(withRows(21), "r.ods")).toThrow(FileError);
    expect(() => readWorkbookGrid(withRows(2), "r.ods")).not.toThrow();
  });
});
