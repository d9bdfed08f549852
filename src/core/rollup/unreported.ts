import { getTemplate, type TemplateId } from "../catalog";
import { balanceCells } from "../closing-stock";
import { inputCells, valueAt } from "../form";
import type { UnitRow, UnreportedCell } from "./types";

/**
 * Every input that some units left blank (and closing stock a roll-up's report lacks), with those units:
 * what the totals could not include.
 */
export function unreportedCells(
  units: readonly UnitRow[],
  templates: readonly TemplateId[],
): UnreportedCell[] {
  return templates.flatMap((id) => {
    const def = getTemplate(id);
    const closings = balanceCells(def);
    return [...inputCells(def), ...closings].flatMap((cell) => {
      const blank = units
        .filter((u) => {
          const form = u.report.forms[id];
          // A roll-up's closing stocks are figures it was given, which it may lack as a unit an input.
          const given = !cell.formula || (u.report.rollupUnits !== undefined && closings.has(cell));
          return given && form !== undefined && valueAt(form, cell.row.key, cell.col.key) === null;
        })
        .map((u) => u.unit.code);
      return blank.length > 0 ? [{ template: id, row: cell.row.key, col: cell.col.key, units: blank }] : [];
    });
  });
}
