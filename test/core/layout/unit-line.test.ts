import { defaultTargets, layoutReport, TEMPLATE_IDS, type SheetPlan } from "../../../src/core";
import type { GridCell } from "../../../src/core/grid/grid";
import { IDENTITY_LINE_ROWS } from "../../../src/core/report/identity-line";
import { cutByMerge } from "../../../src/core/report/merged-line-cut";
import { PERIOD_2025_D1, unit } from "../../support/reports";

// The unit line under each form's title is merged across the printed width and wrapped, its rows stored
// as tall as its lines (a long name ran on past the printed width and lost its period): a name that fits
// on one line leaves the rows where they were, and the template is never one the check of a merged line
// (identity.line_unseen) judges cut.

const STEM =
  "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Đồng Phú, chi nhánh huyện Bình Long, " +
  "xí nghiệp chế biến mủ cao su xuất khẩu và dịch vụ kỹ thuật nông nghiệp số hai của tỉnh Bình Phước, " +
  "thuộc Tập đoàn Công nghiệp Cao su Việt Nam";

const formsOf = (name: string): SheetPlan[] =>
  layoutReport({
    unit: unit("CD_P01", name),
    period: PERIOD_2025_D1,
    templates: TEMPLATE_IDS,
    targets: defaultTargets(TEMPLATE_IDS),
  }).sheets.filter((sheet) => sheet.name.startsWith("Biểu"));

const heightOf = (sheet: SheetPlan, row: number) => sheet.rowHeights?.find((h) => h.row === row)?.height;
const rows = Object.values(IDENTITY_LINE_ROWS);

describe("the unit line of each form", () => {
  // One line, and no more than 5 pt over: the room the check asks where a reader finds the merge narrowest.
  it("is merged across the printed width and wraps, its rows stored one line high for a short name", () => {
    for (const sheet of formsOf("Công đoàn CD_P01")) {
      const right = sheet.print!.area!.right;
      expect({
        form: sheet.name,
        merges: rows.map((row) =>
          sheet.merges.some((m) => m.top === row && m.left === 0 && m.right === right),
        ),
        styles: rows.map((row) => sheet.cells.find((c) => c.row === row && c.col === 0)?.style),
        oneLine: rows.map((row) => heightOf(sheet, row)! >= 15 && heightOf(sheet, row)! <= 20),
      }).toEqual({
        form: sheet.name,
        merges: [true, true],
        styles: ["unitLine", "unitLineEn"],
        oneLine: [true, true],
      });
    }
  });

  it("takes as many lines as a 200-character name needs, each form still on one page", () => {
    for (const sheet of formsOf(STEM.slice(0, 200))) {
      expect(rows.map((row) => heightOf(sheet, row)! >= 30)).toEqual([true, true]);
      expect([sheet.name, sheet.print!.tall]).toEqual([sheet.name, 1]);
    }
  });

  it("is never judged cut by its merge in its own template, whatever the name's length", () => {
    const cut: string[] = [];
    for (let length = 10; length <= 200; length += 5)
      for (const sheet of formsOf(STEM.slice(0, length).trimEnd())) {
        let width = 0;
        for (let col = 0; col <= sheet.print!.area!.right; col++) width += sheet.columnWidths[col] ?? 8.43;
        for (const row of rows) {
          const text = String(sheet.cells.find((c) => c.row === row && c.col === 0)!.value);
          // As written, and as the .ods reader finds a Gnumeric .ods's columns, at 5.25 / 7 of it.
          for (const read of [width, (width * 5.25) / 7]) {
            const cell: GridCell = { mergedRoom: { width: read, height: heightOf(sheet, row)! } };
            if (cutByMerge(text, cell)) cut.push(`${sheet.name} row ${row + 1} at ${length}, ${read}`);
          }
        }
      }
    expect(cut).toEqual([]);
  });
});
