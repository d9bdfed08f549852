import { BUDGET_BASIS, META_SHEET, metaName, type WorkbookPlan } from "../../src/core";

/**
 * `plan` as a build before `budget_basis` wrote it: its metadata without that row, so its budgets are read
 * as its form then asked for them, the year's.
 */
export function olderBasis(plan: WorkbookPlan): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name !== META_SHEET) return sheet;
    const row = sheet.cells.find((c) => c.col === 0 && c.value === BUDGET_BASIS)!.row;
    return { ...sheet, cells: sheet.cells.filter((c) => c.row !== row) };
  });
  return { sheets, names: plan.names.filter((n) => n.name !== metaName(BUDGET_BASIS)) };
}
