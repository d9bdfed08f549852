import { formDef } from "../catalog";
import { formCells, valueAt } from "../form/form";
import { extract } from "../report/extract";
import type { Report } from "../report/report";
import { areaTable, cellRows } from "../grid/find-table";
import { findSheet, type SheetTable, type WorkbookGrid } from "../grid/grid";
import { unitKey } from "../model/units";
import type { PreviousFigures } from "./types";

/**
 * The hidden sheet of a summary holding every unit's figures, one row per unit under a header of
 * `unit_code`, `unit_name`, `period` and the defined name of each form cell, for the next roll-up.
 */
export const DATA_SHEET = "TD_Data";
export const DATA_COLUMNS = ["unit_code", "unit_name", "period"] as const;

/** The figure columns by defined name (upper case, first of a repeated name), and the unit code's. */
function headerColumns(header: SheetTable["header"]) {
  let code: number | null = null;
  const figures = new Map<string, number>();
  header.forEach(({ text }, col) => {
    const name = text.toUpperCase();
    if (name === "UNIT_CODE") code ??= col;
    else if (name && !DATA_COLUMNS.some((c) => c.toUpperCase() === name) && !figures.has(name))
      figures.set(name, col);
  });
  return { code, figures };
}

/**
 * A previous period's summary as the next roll-up compares with: each unit's figures from its data sheet
 * (numbers only; text, errors and blanks are null), its own (the total's) from its parent-level forms,
 * and the period from its metadata. Null when the
 * workbook has no data sheet, or the sheet no unit code column: it is not a summary of ours.
 */
export function previousFromGrid(grid: WorkbookGrid): PreviousFigures | null {
  const sheet = findSheet(grid, DATA_SHEET);
  if (!sheet) return null;
  const rows = cellRows(sheet);
  const right = Math.max(0, ...(rows.get(0)?.keys() ?? []));
  const table = areaTable(rows, sheet.name, DATA_SHEET, { top: 0, left: 0, bottom: Infinity, right });
  const { code, figures } = headerColumns(table.header);
  if (code === null) return null;
  const units = new Map<string, Map<string, number | null>>();
  for (const { cells } of table.rows) {
    const found = cells[code]?.value;
    if (found?.type !== "string" && found?.type !== "number") continue;
    const key = unitKey(String(found.value));
    if (!key || units.has(key)) continue;
    const values = new Map<string, number | null>();
    for (const [name, col] of figures) {
      const cell = cells[col]?.value;
      values.set(name, cell?.type === "number" && Number.isFinite(cell.value) ? cell.value : null);
    }
    units.set(key, values);
  }
  const { meta, report } = extract(grid);
  const periodId = meta?.periodId ?? "";
  const vi = meta?.periodLabel ?? periodId;
  const total = report ? figuresOf(report) : undefined;
  return { periodId, periodLabel: { vi, en: meta?.periodLabelEn ?? vi }, units, ...(total ? { total } : {}) };
}

/** A report's figures by defined name (upper case), as the data sheet keys a unit's. */
function figuresOf(report: Report): Map<string, number | null> {
  const figures = new Map<string, number | null>();
  for (const id of report.templates) {
    const form = report.forms[id];
    if (!form) continue;
    for (const cell of formCells(formDef(id, report.indicators, report.subRows)))
      figures.set(cell.name.toUpperCase(), valueAt(form, cell.row.key, cell.col.key));
  }
  return figures;
}
