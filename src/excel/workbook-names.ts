import { toA1 } from "../core/grid/a1";
import type { WorkbookPlan } from "../core/layout/plan";
import type { PlacedSheet } from "./worksheets";

/**
 * Deletes the workbook names the plan defines again: every plan name starts with TD_, so an existing
 * one is ours from an earlier insert and is re-created pointing at the new sheets. Needs `name` loaded.
 */
export function deleteReplacedNames(names: readonly Excel.NamedItem[], plan: WorkbookPlan): void {
  const planned = new Set(plan.names.map((n) => n.name.toUpperCase()));
  for (const item of names) if (planned.has(item.name.toUpperCase())) item.delete();
}

/** Adds the plan's names as workbook names on the sheets actually used (the plan's sheet names may be taken). */
export function addPlanNames(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  placed: readonly PlacedSheet[],
) {
  const byPlanName = new Map(placed.map((p) => [p.plan.name, p.sheet]));
  for (const name of plan.names) {
    const sheet = byPlanName.get(name.sheet);
    if (!sheet) throw new Error(`The plan names ${name.name} on a sheet it does not have: ${name.sheet}`);
    context.workbook.names.add(name.name, sheet.getRange(toA1(name.row, name.col)));
  }
}

/** Every workbook name the host writes starts with TD_: form cells, metadata cells, the summary record. */
export const isOurName = (name: string) => name.toUpperCase().startsWith("TD_");

/** The workbook name `upper` (an upper-case name: Excel compares names without regard to case). Needs `name` loaded. */
export const findName = (names: readonly Excel.NamedItem[], upper: string): Excel.NamedItem | undefined =>
  names.find((n) => n.name.toUpperCase() === upper);
