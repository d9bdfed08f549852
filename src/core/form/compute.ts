import type { TemplateDef } from "../catalog";
import { compiled, isElsewhere, references, type CellAt, type CellReader, type Compiled } from "./expr";
import { emptyValues, formCells, type FormCell, type FormValues } from "./form";

/**
 * Fills every computed cell from the inputs. Inputs are taken as given; whatever the source held in
 * computed cells is ignored, so a file saved without cached formula values gives the same figures.
 *
 * With `counts`, the computed cells `given` picks (by default every count and money) are taken from it
 * too: figures combined across rounds or units keep each closing stock as reported, and every ratio is
 * still Σ numerators ÷ Σ denominators of those figures.
 *
 * `figures` reads the cells of the report's other forms a linked row of Biểu 05 takes (blank without it).
 */
export function computeForm(
  def: TemplateDef,
  inputs: FormValues,
  counts?: FormValues,
  given: (cell: FormCell) => boolean = (cell) => cell.kind !== "ratio",
  figures?: CellReader,
): FormValues {
  const out = emptyValues(def);
  const read = (at: CellAt) => (isElsewhere(at) ? (figures?.(at) ?? null) : (out[at.row]![at.col] ?? null));
  for (const { cell, row, col, formula } of stepsOf(def))
    out[row]![col] = !formula
      ? (inputs[row]?.[col] ?? null)
      : counts && given(cell)
        ? (counts[row]?.[col] ?? null)
        : formula(read);
  return out;
}

/** A cell of a form, with its formula compiled where it stands. */
interface Step {
  readonly cell: FormCell;
  readonly row: string;
  readonly col: string;
  readonly formula?: Compiled;
}

const stepsIndex = new WeakMap<TemplateDef, readonly Step[]>();

/**
 * Every cell of a form, each after the cells its formula reads, once per definition: every file read
 * then fills the cells in one pass, with no lookup or recursion.
 */
function stepsOf(def: TemplateDef): readonly Step[] {
  const known = stepsIndex.get(def);
  if (known) return known;
  const byPlace = cellsByPlace(def);
  const steps: Step[] = [];
  const state = new Map<FormCell, "open" | "done">();
  const place = (at: CellAt): void => {
    const cell = byPlace.get(at.row)?.get(at.col);
    if (!cell) throw new Error(`${def.id}: formula refers to a missing cell ${at.row}/${at.col}`);
    if (state.get(cell) === "open") throw new Error(`${def.id}: formula of ${cell.name} refers to itself`);
    if (state.has(cell)) return;
    state.set(cell, "open");
    if (cell.formula) for (const ref of references(cell.formula, at)) if (!isElsewhere(ref)) place(ref);
    state.set(cell, "done");
    steps.push({
      cell,
      row: at.row,
      col: at.col,
      ...(cell.formula ? { formula: compiled(cell.formula, at) } : {}),
    });
  };
  for (const cell of formCells(def)) place({ row: cell.row.key, col: cell.col.key });
  stepsIndex.set(def, steps);
  return steps;
}

const placeIndex = new WeakMap<TemplateDef, ReadonlyMap<string, ReadonlyMap<string, FormCell>>>();

/** A form's cells by row key, then column key: built once per definition, looked up for every file. */
function cellsByPlace(def: TemplateDef): ReadonlyMap<string, ReadonlyMap<string, FormCell>> {
  let index = placeIndex.get(def);
  if (!index) {
    const rows = new Map<string, Map<string, FormCell>>();
    for (const cell of formCells(def)) {
      let row = rows.get(cell.row.key);
      if (!row) rows.set(cell.row.key, (row = new Map()));
      row.set(cell.col.key, cell);
    }
    placeIndex.set(def, (index = rows));
  }
  return index;
}

/**
 * Whether a figure was reported: an input that is not blank, or a computed cell with at least one such
 * required input under it. A sum of blanks is 0 on the sheet (as in Excel), but for a target it means
 * "not reported", never a result of 0 that fails. Optional inputs (transfers) count as 0 whether typed or
 * not, so they say nothing of whether the unit reported: a computed cell over optional inputs alone is
 * reported. A place that is no cell of the form is read as a required input.
 */
function reportedIn(def: TemplateDef, values: FormValues): (at: CellAt) => boolean {
  const byPlace = cellsByPlace(def);
  const leaves = requiredLeaves(def);
  const given = (at: CellAt) => (values[at.row]?.[at.col] ?? null) !== null;
  return (at) => {
    const cell = byPlace.get(at.row)?.get(at.col);
    if (!cell?.formula) return given(at);
    const under = leaves.get(cell)!;
    return under.length === 0 || under.some(given);
  };
}

const leavesIndex = new WeakMap<TemplateDef, ReadonlyMap<FormCell, readonly CellAt[]>>();

/**
 * For each computed cell of a form, the required inputs under it however deep, each once: worked out
 * once per definition, so each file read only looks its inputs up.
 */
function requiredLeaves(def: TemplateDef): ReadonlyMap<FormCell, readonly CellAt[]> {
  const known = leavesIndex.get(def);
  if (known) return known;
  const byPlace = cellsByPlace(def);
  const memo = new Map<string, readonly CellAt[]>();
  const under = (at: CellAt): readonly CellAt[] => {
    const key = `${at.row}\u0000${at.col}`;
    const found = memo.get(key);
    if (found) return found;
    memo.set(key, []);
    const cell = byPlace.get(at.row)?.get(at.col);
    let leaves: readonly CellAt[];
    if (cell?.formula) {
      // A linked row stands for the other form's figure: reported as that figure is, its own value.
      const unique = new Map(
        references(cell.formula, at)
          .flatMap((ref) => (isElsewhere(ref) ? [at] : under(ref)))
          .map((l) => [`${l.row}\u0000${l.col}`, l]),
      );
      leaves = [...unique.values()];
    } else leaves = cell && !cell.required ? [] : [at];
    memo.set(key, leaves);
    return leaves;
  };
  const index = new Map<FormCell, readonly CellAt[]>();
  for (const cell of formCells(def))
    if (cell.formula) index.set(cell, under({ row: cell.row.key, col: cell.col.key }));
  leavesIndex.set(def, index);
  return index;
}

export function isReported(def: TemplateDef, values: FormValues, at: CellAt): boolean {
  return reportedIn(def, values)(at);
}

/** The computed cells of a form with no reported input under them, in one pass over the form. */
export function unreportedCells(def: TemplateDef, values: FormValues): FormCell[] {
  const reported = reportedIn(def, values);
  return formCells(def).filter((cell) => cell.formula && !reported({ row: cell.row.key, col: cell.col.key }));
}
