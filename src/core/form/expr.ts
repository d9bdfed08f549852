import type { CellRef, Expr, TemplateId } from "../catalog";
import { cellName } from "./form";

export interface CellAt {
  readonly row: string;
  readonly col: string;
  /** Set for a cell of another form than the one the expression stands in (see CellRef). */
  readonly template?: TemplateId;
}

function resolve(ref: CellRef, at: CellAt): CellAt {
  if (ref.template) return { row: ref.row ?? at.row, col: ref.col ?? at.col, template: ref.template };
  return { row: ref.row ?? at.row, col: ref.col ?? at.col };
}

/** Whether a reference reads another form's cell. */
export const isElsewhere = (cell: CellAt): cell is CellAt & { template: TemplateId } =>
  cell.template !== undefined;

/** A cell's figure as an expression reads it: null when blank. */
export type CellReader = (cell: CellAt) => number | null;
/** An expression at one place, its references resolved, ready to read figures. */
export type Compiled = (read: CellReader) => number | null;

/**
 * What `make` gives for an expression standing at `at`, made once: definitions are fixed, and every file
 * read asks the same expressions at the same places.
 */
function oncePerPlace<T>(cache: PlaceCache<T>, expr: Expr, at: CellAt, make: () => T): T {
  let byTemplate = cache.get(expr);
  if (!byTemplate) cache.set(expr, (byTemplate = new Map()));
  // Keyed by the definition's own keys, one map in another: a key joined of them was a new text to hash
  // at every cell of every file read.
  const template = at.template ?? "";
  let byRow = byTemplate.get(template);
  if (!byRow) byTemplate.set(template, (byRow = new Map()));
  let byCol = byRow.get(at.row);
  if (!byCol) byRow.set(at.row, (byCol = new Map()));
  let found = byCol.get(at.col);
  if (found === undefined) byCol.set(at.col, (found = make()));
  return found;
}

/** By expression, template, row and column: what `oncePerPlace` made. */
type PlaceCache<T> = WeakMap<Expr, Map<string, Map<string, Map<string, T>>>>;

function compile(expr: Expr, at: CellAt): Compiled {
  if ("constant" in expr) {
    const value = expr.constant;
    return () => value;
  }
  if ("ref" in expr) {
    const cell = resolve(expr.ref, at);
    return (read) => read(cell);
  }
  if ("add" in expr) {
    const terms = expr.add.map((e) => compile(e, at));
    return (read) => {
      let sum = 0;
      for (const term of terms) sum += term(read) ?? 0;
      return sum;
    };
  }
  if ("sub" in expr) {
    const [a, b] = [compile(expr.sub[0], at), compile(expr.sub[1], at)];
    return (read) => (a(read) ?? 0) - (b(read) ?? 0);
  }
  if ("scale" in expr) {
    const [factor, term] = [expr.scale[0], compile(expr.scale[1], at)];
    return (read) => factor * (term(read) ?? 0);
  }
  const [num, den] = [compile(expr.ratio[0], at), compile(expr.ratio[1], at)];
  return (read) => {
    const d = den(read);
    if (d === null || !(d > 0)) return null;
    return (num(read) ?? 0) / d;
  };
}

const compiledCache: PlaceCache<Compiled> = new WeakMap();

/**
 * The expression at `at`, compiled once: it evaluates like the spreadsheet formula it renders to, blanks
 * counting as 0 in sums, and a ratio whose denominator is not positive empty. Keeping both identical lets
 * any spreadsheet check our figures.
 */
export const compiled = (expr: Expr, at: CellAt): Compiled =>
  oncePerPlace(compiledCache, expr, at, () => compile(expr, at));

/** The expression's value at `at`, each cell it reads given by `lookup` (see `compiled`). */
export const evaluate = (expr: Expr, at: CellAt, lookup: CellReader): number | null =>
  compiled(expr, at)(lookup);

function collectReferences(expr: Expr, at: CellAt): CellAt[] {
  if ("constant" in expr) return [];
  if ("ref" in expr) return [resolve(expr.ref, at)];
  if ("add" in expr) return expr.add.flatMap((e) => collectReferences(e, at));
  if ("sub" in expr) return expr.sub.flatMap((e) => collectReferences(e, at));
  if ("scale" in expr) return collectReferences(expr.scale[1], at);
  return expr.ratio.flatMap((e) => collectReferences(e, at));
}

const referenceCache: PlaceCache<readonly CellAt[]> = new WeakMap();

/** Every cell an expression reads. */
export const references = (expr: Expr, at: CellAt): readonly CellAt[] =>
  oncePerPlace(referenceCache, expr, at, () => Object.freeze(collectReferences(expr, at)));

const isCompound = (expr: Expr) => !("ref" in expr || "constant" in expr);

/** Renders an Excel formula (without "="), given where each referenced cell is. */
export function renderFormula(expr: Expr, at: CellAt, address: (cell: CellAt) => string): string {
  const render = (e: Expr): string => renderFormula(e, at, address);
  const wrapped = (e: Expr) => (isCompound(e) ? `(${render(e)})` : render(e));
  if ("constant" in expr) return String(expr.constant);
  if ("ref" in expr) {
    const cell = resolve(expr.ref, at);
    // Another form's cell by its defined name: wherever a clerk moves that form, the link follows.
    return isElsewhere(cell) ? cellName(cell.template, cell.row, cell.col) : address(cell);
  }
  if ("add" in expr) return expr.add.map(render).join("+");
  if ("sub" in expr) return `${render(expr.sub[0])}-${wrapped(expr.sub[1])}`;
  if ("scale" in expr) return `${expr.scale[0]}*${wrapped(expr.scale[1])}`;
  const [num, den] = expr.ratio;
  return `IF(${wrapped(den)}>0,${wrapped(num)}/${wrapped(den)},"")`;
}

/** Renders the notation printed above a form's columns, e.g. "(3)=(2)/(1)". */
export function renderNotation(expr: Expr, at: CellAt, number: (cell: CellAt) => string): string {
  const render = (e: Expr): string => renderNotation(e, at, number);
  // Bracketed as the formula is, so "((4)+(5)+(6))/(2)" never reads as (4)+(5)+(6)/(2).
  const wrapped = (e: Expr) => (isCompound(e) ? `(${render(e)})` : render(e));
  if ("constant" in expr) return String(expr.constant);
  if ("ref" in expr) return number(resolve(expr.ref, at));
  if ("add" in expr) return expr.add.map(render).join("+");
  if ("sub" in expr) return `${render(expr.sub[0])}-${wrapped(expr.sub[1])}`;
  if ("scale" in expr) return `${expr.scale[0]}×${wrapped(expr.scale[1])}`;
  return `${wrapped(expr.ratio[0])}/${wrapped(expr.ratio[1])}`;
}

/**
 * The expression over inputs alone: every reference to a computed cell replaced by that cell's formula,
 * each reference made absolute. A spreadsheet can then check a rule from what was typed, whatever a
 * computed cell on the sheet holds.
 */
export function inlined(expr: Expr, at: CellAt, formulaAt: (cell: CellAt) => Expr | undefined): Expr {
  const inline = (e: Expr): Expr => inlined(e, at, formulaAt);
  if ("constant" in expr) return expr;
  if ("ref" in expr) {
    const cell = resolve(expr.ref, at);
    const formula = isElsewhere(cell) ? undefined : formulaAt(cell);
    return formula ? inlined(formula, cell, formulaAt) : { ref: cell };
  }
  if ("add" in expr) return { add: expr.add.map(inline) };
  if ("sub" in expr) return { sub: [inline(expr.sub[0]), inline(expr.sub[1])] };
  if ("scale" in expr) return { scale: [expr.scale[0], inline(expr.scale[1])] };
  return { ratio: [inline(expr.ratio[0]), inline(expr.ratio[1])] };
}
