import { quoteSheet } from "../core/a1";
import type { SheetPlan } from "../core/layout/plan";

/**
 * A plan's formulas name other sheets by their final names. A sheet built under another name (its final
 * name still held by the sheet it replaces, or taken by a user's sheet) must be named by that one: Excel
 * then follows the rename at the swap, where a reference to the replaced sheet would end as #REF!.
 */
export function namingBuiltSheets(plan: SheetPlan, builtAs: ReadonlyMap<string, string>): SheetPlan {
  const pairs = [...builtAs]
    .filter(([name, built]) => name !== built)
    .map(([name, built]) => [`${quoteSheet(name)}!`, `${quoteSheet(built)}!`] as const);
  if (pairs.length === 0) return plan;
  let changed = false;
  const cells = plan.cells.map((cell) => {
    if (!cell.formula?.includes("!")) return cell;
    const formula = pairs.reduce((text, [from, to]) => text.split(from).join(to), cell.formula);
    if (formula === cell.formula) return cell;
    changed = true;
    return { ...cell, formula };
  });
  return changed ? { ...plan, cells } : plan;
}
