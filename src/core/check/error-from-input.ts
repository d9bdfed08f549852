import { references } from "../form/expr";
import { formCells, type FormCell } from "../form/form";
import type { FormRead } from "../report/form-read";

const placeKey = (row: string, col: string) => `${row}\u0000${col}`;

/**
 * Whether a computed cell reads, itself or through the formulas it reads, an input holding something
 * other than a figure ("-" typed for none): the error a spreadsheet shows there (#VALUE!) comes from that
 * input, named at its own cell, and no recalculation clears it (red team, round 63: three cells told to be
 * recalculated in Excel beside the "-" refused).
 */
export function errorFromInput(cell: FormCell, form: FormRead): boolean {
  const cells = new Map(formCells(form.def).map((c) => [placeKey(c.row.key, c.col.key), c]));
  const held = new Map(
    form.reads.map((read) => [placeKey(read.cell.row.key, read.cell.col.key), read.value]),
  );
  const seen = new Set<string>();
  const reads = (computed: FormCell): boolean =>
    references(computed.formula!, { row: computed.row.key, col: computed.col.key }).some((at) => {
      const key = placeKey(at.row, at.col);
      if (seen.has(key)) return false;
      seen.add(key);
      const other = cells.get(key);
      if (other?.formula) return reads(other);
      const value = held.get(key);
      return value !== undefined && value.type !== "number";
    });
  return cell.formula !== undefined && reads(cell);
}
