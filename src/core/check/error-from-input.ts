import { inlined, references } from "../form/expr";
import { formCells, type FormCell } from "../form/form";
import type { CellRead, FormRead } from "../report/form-read";

const placeKey = (row: string, col: string) => `${row}\u0000${col}`;

/**
 * Whether a computed cell's formula, over inputs alone (`inlined`), reads an input holding something other
 * than a figure ("-" typed for none): the error a spreadsheet shows there (#VALUE!) comes from that input,
 * named at its own cell, and no recalculation clears it (red team, round 63: three cells told to be
 * recalculated in Excel beside the "-" refused).
 */
export function errorFromInput(cell: FormCell, form: FormRead): boolean {
  if (!cell.formula) return false;
  const formulas = new Map(formCells(form.def).map((c) => [placeKey(c.row.key, c.col.key), c.formula]));
  const held = new Map(
    form.reads.map((read) => [placeKey(read.cell.row.key, read.cell.col.key), read.value]),
  );
  const at = { row: cell.row.key, col: cell.col.key };
  const overInputs = inlined(cell.formula, at, (ref) => formulas.get(placeKey(ref.row, ref.col)));
  return references(overInputs, at).some((ref) => {
    const value = held.get(placeKey(ref.row, ref.col));
    return value !== undefined && value.type !== "number";
  });
}

/**
 * Whether the figure a cell read gives is no figure because of an input: the input itself holds a text
 * ("15 người"), or the cell's formula reads one (`errorFromInput`). A cell referring to it shows #VALUE!
 * whatever is recalculated: the advice is the input's own, to type a figure there.
 */
export const noFigureFromInput = (read: CellRead, form: FormRead): boolean =>
  read.cell.formula
    ? errorFromInput(read.cell, form)
    : read.value !== undefined && read.value.type !== "number";
