import type { TemplateDef } from "../catalog";
import { formCells, valueAt, type FormCell } from "../form/form";
import type { Report } from "../report/report";
import type { Summary } from "../rollup/types";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import type { StyleKey } from "./styles";
import {
  HEADER_ROW,
  noteRows,
  printableUnitTable,
  tallHeader,
  title,
  unitCells,
  UNIT_COLUMNS,
} from "./summary-common";
import { planNotes, stockNotes } from "./summary-text";
import { summarySheetName } from "../catalog/summary-sheet-name";
import { WORDS } from "../vocabulary";

/**
 * Each figure's column as wide as its format needs and no wider ("999,999,999,999,999" đồng, as a
 * province's total may run to, in bold as DejaVu Sans Bold draws it; "99,999,999", whose commas are
 * narrow; "100.0%"): Biểu 02's 90 figures must print one page wide, and neither Excel nor LibreOffice
 * shrinks a page below 10 % (LibreOffice showing DejaVu Sans for a missing Calibri takes 930 characters
 * of width past it; these take 860).
 */
const FIGURE_WIDTHS: Record<FormCell["kind"], number> = { money: 21, count: 9, ratio: 8 };

/** Per unit, every figure of one template (flattened row by column), the total row and what its stocks leave out. */
export function templateSheet(summary: Summary, def: TemplateDef): SheetPlan {
  const cells = formCells(def);
  const name = summarySheetName(def);
  const sheet = new SheetBuilder(name, def.title);
  const first = 3;
  title(sheet, summary, first + cells.length - 1, false);
  sheet.put(3, 0, { value: def.title.vi, style: "section" });
  [WORDS.summary.no, WORDS.summary.unitCode, WORDS.summary.unitName].forEach((h, i) =>
    tallHeader(sheet, i, h),
  );
  const single = def.columns.length === 1;
  def.rows.forEach((row, ri) => {
    const c = first + ri * def.columns.length;
    sheet
      .put(HEADER_ROW, c, { value: row.label.vi, style: "header" })
      .merge(HEADER_ROW, c, HEADER_ROW, c + def.columns.length - 1);
    def.columns.forEach((col, ci) =>
      sheet.put(HEADER_ROW + 1, c + ci, { value: single ? row.label.en : col.label.vi, style: "headerEn" }),
    );
  });
  const write = (r: number, report: Report | undefined, style: StyleKey) => {
    const values = report?.forms[def.id];
    cells.forEach((cell, i) =>
      sheet.put(r, first + i, {
        value: values ? valueAt(values, cell.row.key, cell.col.key) : null,
        style,
        numFmt: NUMBER_FORMATS[cell.kind],
      }),
    );
  };
  summary.units.forEach((row, i) => {
    unitCells(sheet, HEADER_ROW + 2 + i, i + 1, row, summary);
    write(HEADER_ROW + 2 + i, row.report, "number");
  });
  const totalRow = HEADER_ROW + 2 + summary.units.length;
  unitCells(sheet, totalRow, null, null, summary);
  write(totalRow, summary.total, "total");
  const notes = [...stockNotes(summary.stocks), ...planNotes(summary.plans, [def.id], summary.indicators)];
  noteRows(sheet, notes, totalRow + 1);
  const plan = sheet.build({
    columnWidths: [6, 14, 36, ...cells.map((cell) => FIGURE_WIDTHS[cell.kind])],
    freeze: { rows: HEADER_ROW + 2, cols: UNIT_COLUMNS.right + 1 },
    protect: false,
  });
  return printableUnitTable(plan, summary);
}
