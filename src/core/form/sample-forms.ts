import {
  formDef,
  type Expr,
  type Indicator,
  type RuleDef,
  type TemplateDef,
  type TemplateId,
  type SubRow,
} from "../catalog";
import { computeForm } from "./compute";
import { evaluate, references, type CellAt } from "./expr";
import { emptyValues, inputCells, type FormCell, type FormValues } from "./form";

/** A small seeded generator (mulberry32), so a demo or a test gives the same figures every run. */
export function seededRandom(seed: number): (min: number, max: number) => number {
  let a = seed >>> 0;
  return (min, max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(min + r * (max - min + 1));
  };
}

/**
 * Sizes of a commune or industrial-park union's figures: stocks (headcounts, unions) in thousands, a
 * round's flows a tenth of that, money in millions of đồng.
 */
const RANGES = {
  count: [0, 2_000],
  flow: [0, 200],
  money: [50_000_000, 3_000_000_000],
  ratio: [0, 0],
} as const;

const rangeOf = (cell: FormCell) =>
  RANGES[cell.kind === "count" && cell.aggregation === "flow" ? "flow" : cell.kind];
const MAX_PASSES = 12;

/** True when the expression only adds input cells: then it can be scaled down to fit. */
function addsInputs(expr: Expr, def: TemplateDef, at: CellAt): boolean {
  if ("ref" in expr) {
    const cell = references(expr, at)[0]!;
    return inputCells(def).some((c) => c.row.key === cell.row && c.col.key === cell.col);
  }
  return "add" in expr && expr.add.every((e) => addsInputs(e, def, at));
}

function contexts(def: TemplateDef, rule: RuleDef): CellAt[] {
  return rule.over === "rows"
    ? def.rows.filter((r) => !r.formula).map((r) => ({ row: r.key, col: "" }))
    : [{ row: "", col: def.columns[0]!.key }];
}

/**
 * Brings one rule back to holding: a sum of inputs on the left is scaled down to the right (and, for an
 * equality, its last term takes the rest); otherwise a single input on the right is raised to the left.
 * Returns whether anything changed.
 */
function repair(def: TemplateDef, inputs: FormValues, rule: RuleDef, at: CellAt, share: number): boolean {
  const values = computeForm(def, inputs);
  const lookup = (cell: CellAt) => values[cell.row]?.[cell.col] ?? null;
  const left = evaluate(rule.left, at, lookup) ?? 0;
  const right = evaluate(rule.right, at, lookup) ?? 0;
  if (rule.test === "le" ? left <= right : left === right) return false;
  if (addsInputs(rule.left, def, at) && right >= 0) {
    // An input left blank stays blank: it counts as 0 and the others make room.
    const terms = references(rule.left, at).filter((t) => inputs[t.row]![t.col] !== null);
    if (terms.length === 0) return false;
    // A part well inside its whole, as real figures are, rather than a whole used up to its last unit.
    const goal = rule.test === "eq" ? right : Math.floor(right * share);
    for (const t of terms)
      inputs[t.row]![t.col] = left > 0 ? Math.floor((values[t.row]![t.col]! * goal) / left) : 0;
    if (rule.test === "eq") {
      const last = terms[terms.length - 1]!;
      const sum = terms.reduce((s, t) => s + inputs[t.row]![t.col]!, 0);
      inputs[last.row]![last.col] = inputs[last.row]![last.col]! + (right - sum);
    }
    return true;
  }
  const raised = references(rule.right, at);
  if ("ref" in rule.right && raised.length === 1) {
    const cell = raised[0]!;
    inputs[cell.row]![cell.col] = (inputs[cell.row]![cell.col] ?? 0) + Math.ceil(left - right);
    return true;
  }
  return false;
}

/**
 * Plausible figures for any templates of the catalog, drawn from `seed` and brought within every rule
 * the catalog declares, so a demo or a test never holds a second copy of a template's shape.
 */
export function sampleForms(
  templates: readonly TemplateId[],
  seed: number,
  options: SampleOptions = {},
): Partial<Record<TemplateId, FormValues>> {
  return sampleFormsOf(
    templates.map((id) => formDef(id, options.indicators, options.subRows)),
    seed,
    options,
  );
}

export interface SampleOptions {
  /** Leave the inputs a clerk may leave blank (transfers, "Khác") blank, as many reports arrive. */
  readonly blankOptional?: boolean;
  /** The campaign's own indicators, when `templates` holds Biểu 05. */
  readonly indicators?: readonly Indicator[];
  /** The rows the campaign adds under built-in rows (TD_Rows). */
  readonly subRows?: readonly SubRow[];
}

/** The same for given definitions, an earlier version's included. */
export function sampleFormsOf(
  defs: readonly TemplateDef[],
  seed: number,
  { blankOptional = false }: SampleOptions = {},
): Partial<Record<TemplateId, FormValues>> {
  const rand = seededRandom(seed);
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const def of defs) {
    const id = def.id;
    const inputs = emptyValues(def);
    for (const cell of inputCells(def)) {
      const [min, max] = rangeOf(cell);
      // Drawn all the same, so the seed gives the other inputs the figures it gives with none blank.
      const value = rand(min, max);
      inputs[cell.row.key]![cell.col.key] = blankOptional && !cell.required ? null : value;
    }
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const rule of def.rules)
        for (const at of contexts(def, rule))
          changed = repair(def, inputs, rule, at, rand(20, 90) / 100) || changed;
      if (!changed) break;
    }
    forms[id] = computeForm(def, inputs);
  }
  return forms;
}
