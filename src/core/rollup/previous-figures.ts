import { fromA1 } from "../a1";
import { extract } from "../extract";
import { findSheet, type GridValue, type WorkbookGrid } from "../grid";
import { unitKey } from "../units";
import type { PreviousFigures } from "./types";

/**
 * The hidden sheet of a summary holding every unit's figures, one row per unit under a header of
 * `unit_code`, `unit_name`, `period` and the defined name of each form cell, for the next roll-up.
 */
export const DATA_SHEET = "TD_Data";
export const DATA_COLUMNS = ["unit_code", "unit_name", "period"] as const;

function rowsOf(
  cells: ReadonlyMap<string, { readonly value?: GridValue }>,
): Map<number, Map<number, GridValue>> {
  const rows = new Map<number, Map<number, GridValue>>();
  for (const [address, cell] of cells) {
    const at = fromA1(address);
    if (!at || !cell.value) continue;
    const row = rows.get(at.row) ?? new Map<number, GridValue>();
    row.set(at.col, cell.value);
    rows.set(at.row, row);
  }
  return rows;
}

/** The figure columns by defined name (upper case, first of a repeated name), and the unit code's. */
function headerColumns(header: ReadonlyMap<number, GridValue>) {
  let code: number | null = null;
  const figures = new Map<string, number>();
  for (const [col, value] of [...header].sort(([a], [b]) => a - b)) {
    if (value.type !== "string") continue;
    const name = value.value.trim().toUpperCase();
    if (name === "UNIT_CODE") code ??= col;
    else if (name && !DATA_COLUMNS.some((c) => c.toUpperCase() === name) && !figures.has(name))
      figures.set(name, col);
  }
  return { code, figures };
}

/**
 * A previous period's summary as the next roll-up compares with: each unit's figures from its data sheet
 * (numbers only; text, errors and blanks are null) and the period from its metadata. Null when the
 * workbook has no data sheet, or the sheet no unit code column: it is not a summary of ours.
 */
export function previousFromGrid(grid: WorkbookGrid): PreviousFigures | null {
  const sheet = findSheet(grid, DATA_SHEET);
  if (!sheet) return null;
  const rows = rowsOf(sheet.cells);
  const { code, figures } = headerColumns(rows.get(0) ?? new Map());
  if (code === null) return null;
  const units = new Map<string, Map<string, number | null>>();
  for (const [row, cells] of [...rows].sort(([a], [b]) => a - b)) {
    const found = cells.get(code);
    if (row === 0 || (found?.type !== "string" && found?.type !== "number")) continue;
    const key = unitKey(String(found.value));
    if (!key || units.has(key)) continue;
    const values = new Map<string, number | null>();
    for (const [name, col] of figures) {
      const cell = cells.get(col);
      values.set(name, cell?.type === "number" && Number.isFinite(cell.value) ? cell.value : null);
    }
    units.set(key, values);
  }
  const meta = extract(grid).meta;
  const periodId = meta?.periodId ?? "";
  const vi = meta?.periodLabel ?? periodId;
  return { periodId, periodLabel: { vi, en: meta?.periodLabelEn ?? vi }, units };
}
