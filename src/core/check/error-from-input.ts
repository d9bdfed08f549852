import { inlined, references } from "../form/expr";
import type { Expr, TemplateDef } from "../catalog/types";
import { formCells, type FormCell } from "../form/form";
import type { CellRead, FormRead } from "../report/form-read";

const placeKey = (row: string, col: string) => `${row}\u0000${col}`;

/**
 * The inputs a computed cell's formula reads, through the formulas it reads, as indexes among its
 * template's cells (`formCells`): one template's.
 */
const INPUTS_READ = new WeakMap<FormCell, readonly number[]>();
/** The templates' formulas, and the index of each cell among its template's cells, by place: once per template. */
const PLACES = new WeakMap<
  TemplateDef,
  { readonly formulas: ReadonlyMap<string, Expr | undefined>; readonly index: ReadonlyMap<string, number> }
>();
/** What a form's cells hold by place, made once per form read whose cells are not in its template's order. */
const HELD = new WeakMap<FormRead["reads"], ReadonlyMap<string, CellRead["value"]>>();

function placesOf(def: TemplateDef) {
  let places = PLACES.get(def);
  if (!places) {
    const cells = formCells(def);
    places = {
      formulas: new Map(cells.map((c) => [placeKey(c.row.key, c.col.key), c.formula])),
      index: new Map(cells.map((c, i) => [placeKey(c.row.key, c.col.key), i])),
    };
    PLACES.set(def, places);
  }
  return places;
}

function inputsRead(cell: FormCell, formula: Expr, def: TemplateDef): readonly number[] {
  let read = INPUTS_READ.get(cell);
  if (read) return read;
  const { formulas, index } = placesOf(def);
  const at = { row: cell.row.key, col: cell.col.key };
  const overInputs = inlined(formula, at, (ref) => formulas.get(placeKey(ref.row, ref.col)));
  read = references(overInputs, at).flatMap((ref) => {
    const found = index.get(placeKey(ref.row, ref.col));
    return found === undefined ? [] : [found];
  });
  INPUTS_READ.set(cell, read);
  return read;
}

/** What the form read holds at the template's cell of that index. */
function heldAt(form: FormRead, index: number): CellRead["value"] {
  const cell = formCells(form.def)[index]!;
  // A form read from a file holds its template's cells in order: no map of them is made.
  const read = form.reads[index];
  if (read?.cell === cell) return read.value;
  let held = HELD.get(form.reads);
  if (!held)
    HELD.set(
      form.reads,
      (held = new Map(
        form.reads.map((read) => [placeKey(read.cell.row.key, read.cell.col.key), read.value]),
      )),
    );
  return held.get(placeKey(cell.row.key, cell.col.key));
}

/**
 * Whether a computed cell's formula, over inputs alone (`inlined`), reads an input holding something other
 * than a figure ("-" typed for none, "45" stored as text): what a spreadsheet shows there (#VALUE!, or the
 * figure LibreOffice makes of the text) comes from that input, named at its own cell, and no recalculation
 * changes it (red team, round 63: three cells told to be recalculated in Excel beside the "-" refused). What
 * the formula reads depends on the template alone, and is worked out once per cell of it.
 */
export function errorFromInput(cell: FormCell, form: FormRead): boolean {
  if (!cell.formula) return false;
  return inputsRead(cell, cell.formula, form.def).some((index) => {
    const value = heldAt(form, index);
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
