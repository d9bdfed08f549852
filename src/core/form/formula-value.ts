import type { Formula, Operator, Reference } from "./formula-syntax";

/** An error value a spreadsheet computes (#DIV/0!, or one a cell read holds): it passes through sums. */
export interface ErrorValue {
  readonly error: string;
}

/** A value as Excel and LibreOffice compute it; null for a blank cell. */
export type Value = number | string | boolean | null | ErrorValue;

/**
 * Thrown where what a formula gives cannot be known here: a function not computed here, a text in
 * arithmetic (which programs convert differently), a range where one value is wanted, or more work
 * than the budget allows. The caller takes the formula as one it cannot check.
 */
export class Unknowable extends Error {}

/** The work one evaluation may do, in cells read and formula text read: a hostile file's is bounded. */
export class Budget {
  constructor(private left: number) {}

  /**
   * Work refused is not done, so it is not counted: a budget several cells share (see xls-empty-results)
   * keeps for the cells after it what one cell's range too large to read was refused.
   */
  spend(work: number): void {
    if (work > this.left) throw new Unknowable("budget");
    this.left -= work;
  }
}

/** A cell's value, from the sheet named or, none named, from the sheet of the formula reading it. */
export type CellValue = (sheet: string | undefined, row: number, col: number) => Value;

const isError = (value: unknown): value is ErrorValue =>
  typeof value === "object" && value !== null && "error" in value;
const DIV0: ErrorValue = { error: "#DIV/0!" };
const NUM: ErrorValue = { error: "#NUM!" };
const VALUE: ErrorValue = { error: "#VALUE!" };

interface Context {
  readonly cell: CellValue;
  readonly budget: Budget;
}

/** What the formula gives, as Excel and LibreOffice compute it; throws `Unknowable` where not known. */
export function valueOf(formula: Formula, cell: CellValue, budget: Budget): Value {
  return evaluate(formula, { cell, budget });
}

function evaluate(f: Formula, ctx: Context): Value {
  if ("number" in f) return f.number;
  if ("text" in f) return f.text;
  if ("logical" in f) return f.logical;
  if ("reference" in f) return single(f.reference, ctx);
  if ("negated" in f) return arithmetic(evaluate(f.negated, ctx), (x) => -x);
  if ("percent" in f) return arithmetic(evaluate(f.percent, ctx), (x) => x / 100);
  if ("chain" in f) {
    let left = evaluate(f.chain, ctx);
    for (const [op, right] of f.links) left = operate(op, left, evaluate(right, ctx));
    return left;
  }
  const fn = FUNCTIONS.get(f.call);
  if (!fn) throw new Unknowable(f.call);
  return fn(f.args, ctx);
}

/** A reference where one value is wanted: a single cell (a range would be intersected, not computed here). */
function single({ sheet, area }: Reference, ctx: Context): Value {
  if (area.top !== area.bottom || area.left !== area.right) throw new Unknowable("range");
  ctx.budget.spend(1);
  return ctx.cell(sheet, area.top, area.left);
}

/** A value in arithmetic: a blank is 0, TRUE 1; a text is left unknown, for programs convert it apart. */
function numberOf(value: Value): number | ErrorValue {
  if (typeof value === "number" || isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  throw new Unknowable("text");
}

const finite = (x: number): number | ErrorValue => (Number.isFinite(x) ? x : NUM);

function arithmetic(value: Value, op: (x: number) => number): Value {
  const x = numberOf(value);
  return isError(x) ? x : finite(op(x));
}

const ARITHMETIC: ReadonlyMap<Operator, (a: number, b: number) => number | ErrorValue> = new Map([
  ["+", (a, b) => a + b],
  ["-", (a, b) => a - b],
  ["*", (a, b) => a * b],
  ["/", (a, b) => (b === 0 ? DIV0 : a / b)],
  ["^", (a, b) => (a === 0 && b <= 0 ? NUM : a ** b)],
] as const);

function operate(op: Operator, left: Value, right: Value): Value {
  if (isError(left)) return left;
  if (isError(right)) return right;
  const arithmetic = ARITHMETIC.get(op);
  if (arithmetic) {
    const [a, b] = [numberOf(left), numberOf(right)];
    if (isError(a)) return a;
    if (isError(b)) return b;
    const result = arithmetic(a, b);
    return isError(result) ? result : finite(result);
  }
  return compare(op, left, right);
}

/**
 * A comparison of two numbers (a blank is 0), two logical values or, for equality, two texts in any case.
 * Others (a text against a number, texts in order) are left unknown: programs order them apart.
 */
function compare(op: Operator, left: Value, right: Value): boolean {
  const a = left ?? (typeof right === "string" ? "" : typeof right === "boolean" ? false : 0);
  const b = right ?? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0);
  if (typeof a !== typeof b) throw new Unknowable("mixed comparison");
  if (typeof a === "string") {
    const same = a.toUpperCase() === (b as string).toUpperCase();
    if (op === "=") return same;
    if (op === "<>") return !same;
    throw new Unknowable("text order");
  }
  const [x, y] = [Number(a), Number(b)];
  if (op === "=") return x === y;
  if (op === "<>") return x !== y;
  if (op === "<") return x < y;
  if (op === ">") return x > y;
  if (op === "<=") return x <= y;
  return x >= y;
}

/** A value as a condition: a number is true unless 0, a blank false; a text is left unknown. */
function logicalOf(value: Value): boolean | ErrorValue {
  if (typeof value === "boolean" || isError(value)) return value;
  if (typeof value === "number") return value !== 0;
  if (value === null) return false;
  throw new Unknowable("text condition");
}

/** Each cell's value of a range a function takes, row by row, its cells spent from the budget first. */
function* rangeValues({ sheet, area }: Reference, ctx: Context): Generator<Value> {
  ctx.budget.spend((area.bottom - area.top + 1) * (area.right - area.left + 1));
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) yield ctx.cell(sheet, row, col);
}

/**
 * The values a function of many arguments takes (SUM, MIN, AND…): each argument's value, and every cell
 * of a reference that holds a number, or a logical value where `logicals` keeps them (AND and OR do, SUM
 * passes them over); texts and blanks in a range are passed over, as in Excel and LibreOffice. The first
 * error met, where one is.
 */
function collected(
  args: readonly Formula[],
  ctx: Context,
  logicals: boolean,
): (number | boolean)[] | ErrorValue {
  const out: (number | boolean)[] = [];
  for (const arg of args) {
    if ("reference" in arg) {
      for (const value of rangeValues(arg.reference, ctx)) {
        if (isError(value)) return value;
        if (typeof value === "number" || (logicals && typeof value === "boolean")) out.push(value);
      }
      continue;
    }
    const value = evaluate(arg, ctx);
    if (isError(value)) return value;
    if (typeof value !== "number" && typeof value !== "boolean") throw new Unknowable("text argument");
    out.push(value);
  }
  return out;
}

type Fn = (args: readonly Formula[], ctx: Context) => Value;

const arity =
  (min: number, max: number, fn: Fn): Fn =>
  (args, ctx) => {
    if (args.length < min || args.length > max) throw new Unknowable("arity");
    return fn(args, ctx);
  };

const overNumbers = (fold: (numbers: number[]) => number): Fn =>
  arity(1, 255, (args, ctx) => {
    const values = collected(args, ctx, false);
    return isError(values) ? values : finite(fold(values.map(Number)));
  });

const overLogicals = (fold: (values: boolean[]) => boolean): Fn =>
  arity(1, 255, (args, ctx) => {
    const values = collected(args, ctx, true);
    if (isError(values)) return values;
    return values.length === 0 ? VALUE : fold(values.map((v) => v !== 0 && v !== false));
  });

/** The numbers a function of fixed arguments takes, each argument's value as arithmetic reads it. */
function numberArgs(args: readonly Formula[], ctx: Context): number[] | ErrorValue {
  const out: number[] = [];
  for (const arg of args) {
    const x = numberOf(evaluate(arg, ctx));
    if (isError(x)) return x;
    out.push(x);
  }
  return out;
}

const onNumbers = (count: number, fn: (...x: number[]) => number | ErrorValue): Fn =>
  arity(count, count, (args, ctx) => {
    const numbers = numberArgs(args, ctx);
    if (isError(numbers)) return numbers;
    const result = fn(...numbers);
    return isError(result) ? result : finite(result);
  });

/**
 * COUNT (`numbers`: the figures) and COUNTA (the values that are not blank), as Excel and LibreOffice count:
 * in a reference, a range's errors are counted by COUNTA and passed over by COUNT, never returned. Where the
 * two programs count apart, it is left unknown: a logical value in a range (a number to LibreOffice, which
 * COUNT counts, and not to Excel), an empty text (a blank to LibreOffice where a file holds it), and an
 * argument given as a text or an error rather than a reference.
 */
const counting = (numbers: boolean): Fn =>
  arity(1, 255, (args, ctx) => {
    let count = 0;
    for (const arg of args) {
      if ("reference" in arg) {
        for (const value of rangeValues(arg.reference, ctx)) count += counted(value, numbers);
        continue;
      }
      const value = evaluate(arg, ctx);
      if (typeof value !== "number" && typeof value !== "boolean") throw new Unknowable("count argument");
      count++;
    }
    return count;
  });

/** Whether a range's cell is counted: 1 or 0. */
function counted(value: Value, numbers: boolean): number {
  if (typeof value === "boolean" || value === "") throw new Unknowable("counted apart");
  if (value === null) return 0;
  return !numbers || typeof value === "number" ? 1 : 0;
}

/** Excel's ROUND: halves away from zero, on the figure as shown to 15 digits (2.675 rounds to 2.68). */
function round(x: number, digits: number): number {
  const scale = 10 ** Math.trunc(digits);
  const scaled = Number((Math.abs(x) * scale).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / scale;
}

/**
 * The functions computed here: those the templates' own formulas use, and SUM, MIN, MAX, COUNT and COUNTA
 * over ranges, which a clerk uses to add up or count a figure from a sheet of their own.
 */
const FUNCTIONS: ReadonlyMap<string, Fn> = new Map<string, Fn>([
  ["SUM", overNumbers((numbers) => numbers.reduce((a, b) => a + b, 0))],
  ["MIN", overNumbers((numbers) => (numbers.length === 0 ? 0 : Math.min(...numbers)))],
  ["MAX", overNumbers((numbers) => (numbers.length === 0 ? 0 : Math.max(...numbers)))],
  ["COUNT", counting(true)],
  ["COUNTA", counting(false)],
  ["AND", overLogicals((values) => values.every(Boolean))],
  ["OR", overLogicals((values) => values.some(Boolean))],
  ["TRUE", arity(0, 0, () => true)],
  ["FALSE", arity(0, 0, () => false)],
  ["NOT", arity(1, 1, ([arg], ctx) => negation(logicalOf(evaluate(arg!, ctx))))],
  ["ROUND", onNumbers(2, round)],
  ["INT", onNumbers(1, Math.floor)],
  ["MOD", onNumbers(2, (a, b) => (b === 0 ? DIV0 : a - b * Math.floor(a / b)))],
  [
    "IF",
    arity(2, 3, ([test, then, otherwise], ctx) => {
      const holds = logicalOf(evaluate(test!, ctx));
      if (isError(holds)) return holds;
      if (holds) return evaluate(then!, ctx);
      return otherwise ? evaluate(otherwise, ctx) : false;
    }),
  ],
  [
    "IFERROR",
    arity(2, 2, ([tried, fallback], ctx) => {
      const value = evaluate(tried!, ctx);
      return isError(value) ? evaluate(fallback!, ctx) : value;
    }),
  ],
]);

const negation = (value: boolean | ErrorValue): Value => (isError(value) ? value : !value);
