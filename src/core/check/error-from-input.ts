import { inlined, references } from "../form/expr";
import type { Expr, TemplateDef } from "../catalog/types";
import { formCells, type FormCell } from "../form/form";
import type { CellRead, FormRead } from "../report/form-read";

const placeKey = (row: string, col: string) => `${row}\u0000${col}`;

/** The places of the inputs a computed cell's formula reads, through the formulas it reads: one template's. */
const INPUTS_READ = new WeakMap<FormCell, readonly string[]>();
/** The templates' formulas by place, made once per template. */
const FORMULAS = new WeakMap<TemplateDef, ReadonlyMap<string, Expr | undefined>>();
/** What a form's cells hold by place, made once per form read. */
const HELD = new WeakMap<FormRead["reads"], ReadonlyMap<string, CellRead["value"]>>();

function inputsRead(cell: FormCell, formula: Expr, def: TemplateDef): readonly string[] {
  let places = INPUTS_READ.get(cell);
  if (places) return places;
  let formulas = FORMULAS.get(def);
  if (!formulas)
    FORMULAS.set(
      def,
      (formulas = new Map(formCells(def).map((c) => [placeKey(c.row.key, c.col.key), c.formula]))),
    );
  const at = { row: cell.row.key, col: cell.col.key };
  const overInputs = inlined(formula, at, (ref) => formulas.get(placeKey(ref.row, ref.col)));
  places = references(overInputs, at).map((ref) => placeKey(ref.row, ref.col));
  INPUTS_READ.set(cell, places);
  return places;
}

/**
 * Whether a computed cell's formula, over inputs alone (`inlined`), reads an input holding something other
 * than a figure ("-" typed for none): the error a spreadsheet shows there (#VALUE!) comes from that input,
 * named at its own cell, and no recalculation clears it (red team, round 63: three cells told to be
 * recalculated in Excel beside the "-" refused). What the formula reads depends on the template alone, and
 * is worked out once per cell of it.
 */
export function errorFromInput(cell: FormCell, form: FormRead): boolean {
  if (!cell.formula) return false;
  let held = HELD.get(form.reads);
  if (!held)
    HELD.set(
      form.reads,
      (held = new Map(
        form.reads.map((read) => [placeKey(read.cell.row.key, read.cell.col.key), read.value]),
      )),
    );
  return inputsRead(cell, cell.formula, form.def).some((place) => {
    const value = held.get(place);
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
