import type { SheetPlan } from "../../../src/core/layout/plan";
import { wrappedLines } from "../../../src/core/layout/row-heights";
import { STYLES } from "../../../src/core/layout/styles";
import { summaryPlan } from "../../excel/fakes/plans";

/** The texts outside the table: in no repeated heading row, not bordered as a table's cells are. */
const loose = (sheet: SheetPlan) => {
  const { area, repeatRows } = sheet.print!;
  return sheet.cells.filter(
    (c) =>
      typeof c.value === "string" &&
      c.value !== "" &&
      c.style !== undefined &&
      !("border" in STYLES[c.style]) &&
      c.row >= area!.top &&
      (c.row < repeatRows!.top || c.row > repeatRows!.bottom),
  );
};

/** The rows a landscape A4 page holds inside Excel's normal margins, in points. */
const landscapeRows = 595.28 - 2 * 0.75 * 72;

describe("a summary's texts beside a table printed in strips", () => {
  const plan = summaryPlan(48);
  const wide = plan.sheets.filter((s) => s.print?.wide);

  it("keeps every text outside the table to the repeated columns, wrapped there and given the rows to show it", () => {
    expect(wide.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Tổng hợp", "Chấm điểm", "TH Biểu 01", "TH Biểu 02"]),
    );
    for (const sheet of wide) {
      const { right } = sheet.print!.wide!.repeatColumns;
      const texts = loose(sheet).filter((c) => c.col <= right);
      expect(texts.length).toBeGreaterThan(0);
      for (const cell of texts) {
        const merge = sheet.merges.find((m) => m.top === cell.row && m.left === cell.col);
        const height = sheet.rowHeights?.find((h) => h.row === cell.row)?.height ?? 15;
        const style = STYLES[cell.style!] as { wrap?: boolean; size?: number };
        const width = sheet.columnWidths.slice(cell.col, right + 1).reduce((a, b) => a + b, 0);
        const lines = wrappedLines(String(cell.value), (width * 11) / (style.size ?? 11));
        expect({ sheet: sheet.name, row: cell.row, right: merge?.right, wrap: style.wrap }).toEqual({
          sheet: sheet.name,
          row: cell.row,
          right,
          wrap: true,
        });
        expect(height).toBeGreaterThanOrEqual((lines * 15 * (style.size ?? 11)) / 11 - 1);
      }
      // Nothing outside the table lies beyond them but where it prints on the first strip alone.
      expect(loose(sheet).filter((c) => c.col > right)).toEqual([]);
    }
  });

  it("prints the scoring and grades tables above the units' on a page of their own, ahead of the strips", () => {
    const scoring = wide.find((s) => s.name === "Chấm điểm")!;
    const { preface } = scoring.print!.wide!;
    const grade = scoring.cells.find((c) => c.value === "Xuất sắc")!;
    expect(preface).toMatchObject({ top: 0, left: 0 });
    expect(preface!.right).toBeGreaterThanOrEqual(grade.col + 1);
    expect(grade.row).toBeLessThanOrEqual(preface!.bottom);
    expect(scoring.print!.area!.top).toBe(preface!.bottom + 1);
    expect(scoring.merges.find((m) => m.top === 0 && m.left === 0)!.right).toBeGreaterThan(2);
  });

  it("prints the title block once, on a page of its own, where on every strip it pushed the table's last rows onto a page row of their own", () => {
    // 40 units: the table fits a page row at 60 %; wrapped within the unit columns, the title block did not.
    const forty = summaryPlan(40).sheets.find((s) => s.name === "Tổng hợp")!;
    const { preface, scale } = forty.print!.wide!;
    const { area, repeatRows } = forty.print!;
    expect(preface).toMatchObject({ top: 0, bottom: repeatRows!.top - 1 });
    expect(area!.top).toBe(repeatRows!.top);
    const heights = new Map(forty.rowHeights?.map((h) => [h.row, h.height]));
    let table = 0;
    for (let row = area!.top; row <= area!.bottom; row++) table += heights.get(row) ?? 15;
    expect(table * (scale / 100)).toBeLessThanOrEqual(landscapeRows);
    // The title block kept to the unit columns, as a short table keeps it: it costs no page row there.
    const title = forty.cells.find((c) => c.row === 0 && c.col === 0)!;
    expect(title.style).toBe("title");
    const few = summaryPlan(10).sheets.find((s) => s.name === "Tổng hợp")!;
    expect(few.print!.wide!.preface).toBeUndefined();
    expect(few.cells.find((c) => c.row === 0 && c.col === 0)!.style).toBe("titleWrapped");
  });

  it("leaves a sheet printed one page wide as it was, its title merged across the table", () => {
    // A table of the summary one page wide: every TH sheet of 48 units prints in strips now.
    const narrow = plan.sheets.filter((s) => s.print && !s.print.wide && s.name === "Xếp hạng cụm");
    expect(narrow).toHaveLength(1);
    for (const sheet of narrow) {
      const title = sheet.cells.find((c) => c.row === 0 && c.col === 0)!;
      expect(title.style).toBe("title");
      expect(sheet.merges.find((m) => m.top === 0 && m.left === 0)!.right).toBe(sheet.print!.area!.right);
    }
  });
});
