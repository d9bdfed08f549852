import { getTemplate, type TemplateId } from "../catalog";
import { inputCells, valueAt } from "../form";
import type { UnitRow, UnreportedCell } from "./types";

/** Every input that some units left blank, with those units: what the totals could not include. */
export function unreportedCells(
  units: readonly UnitRow[],
  templates: readonly TemplateId[],
): UnreportedCell[] {
  return templates.flatMap((id) =>
    inputCells(getTemplate(id)).flatMap((cell) => {
      const blank = units
        .filter((u) => {
          const form = u.report.forms[id];
          return form !== undefined && valueAt(form, cell.row.key, cell.col.key) === null;
        })
        .map((u) => u.unit.code);
      return blank.length > 0 ? [{ template: id, row: cell.row.key, col: cell.col.key, units: blank }] : [];
    }),
  );
}
