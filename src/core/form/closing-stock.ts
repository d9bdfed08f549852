import type { TemplateDef } from "../catalog";
import { isElsewhere, references } from "./expr";
import { formCells, type FormCell } from "./form";

const cache = new WeakMap<TemplateDef, ReadonlySet<FormCell>>();

/**
 * The closing stocks a form works out from an opening stock and the period's flows (members at end =
 * at start + admitted − left). For one unit's round the two agree. A roll-up sums the units' closing
 * stocks as reported, and over rounds that disagree, or with a round missing, that sum is not the
 * summed opening plus the summed flows: so the report a roll-up writes holds these cells as figures.
 */
export function balanceCells(def: TemplateDef): ReadonlySet<FormCell> {
  let found = cache.get(def);
  if (!found) {
    const cells = formCells(def);
    const aggregationAt = new Map(cells.map((c) => [`${c.row.key}\u0000${c.col.key}`, c.aggregation]));
    found = new Set(
      cells.filter(
        (cell) =>
          cell.formula &&
          cell.kind !== "ratio" &&
          cell.aggregation === "stock_end" &&
          references(cell.formula, { row: cell.row.key, col: cell.col.key }).some(
            (ref) => !isElsewhere(ref) && aggregationAt.get(`${ref.row}\u0000${ref.col}`) !== "stock_end",
          ),
      ),
    );
    cache.set(def, found);
  }
  return found;
}
