import type { TemplateDef } from "../catalog/index";
import type { CellAt } from "./expr";

/** Where a form sits on its sheet: labels in A (Vietnamese) and B (English), figures from C, row 9 on. */
export const FORM_FIRST_ROW = 8;
export const FORM_FIRST_COL = 2;

export function formAddress(def: TemplateDef, at: CellAt): { row: number; col: number } {
  const row = def.rows.findIndex((r) => r.key === at.row);
  const col = def.columns.findIndex((c) => c.key === at.col);
  if (row < 0 || col < 0) throw new Error(`${def.id} has no cell ${at.row}/${at.col}`);
  return { row: FORM_FIRST_ROW + row, col: FORM_FIRST_COL + col };
}
