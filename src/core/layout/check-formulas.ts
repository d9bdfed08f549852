import type { Expr, RuleDef, Severity, TemplateDef } from "../catalog";
import { evaluate, inlined, references, renderFormula, type CellAt } from "../form/expr";
import {
  formCells,
  MAX_FIGURE,
  SMALLEST_LIKELY_MONEY,
  smallForMoney,
  valueAt,
  type FormCell,
  type FormValues,
} from "../form/form";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";

export const OK_MARK = "✓";
export const UNCHECKED_MARK = "—";

/** "✗ chưa nhập / blank": the Vietnamese reason, then the English one without its mark. */
const reason = (text: Text) => `${text.vi} / ${text.en.replace(/^\S+ /, "")}`;
export const REASONS = {
  blank: reason(WORDS.selfCheck.blank),
  notNumber: reason(WORDS.selfCheck.notNumber),
  tooLarge: reason(WORDS.selfCheck.tooLarge),
  negative: reason(WORDS.selfCheck.negative),
  fraction: reason(WORDS.selfCheck.fraction),
  broken: reason(WORDS.selfCheck.broken),
  review: reason(WORDS.selfCheck.review),
  spaces: reason(WORDS.selfCheck.spaces),
  formula: reason(WORDS.selfCheck.formula),
  moneySmall: reason(WORDS.selfCheck.moneySmall),
} as const;

/** A text as a formula's string literal. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * What is wrong with an input, in `validate`'s order: text (even a number stored as text, or spaces that
 * look blank), TRUE or FALSE, or an error value is no number; then too large, negative, not whole; blank
 * is wrong only where the input is required; a right figure a formula gives is worth a look, as
 * `validate` warns of one. `x` is the input, `figure` the check's figure of it (`inputFigureFormula`),
 * `marks` how a result's text is written (a literal, or a cell holding it).
 */
export function inputResultFormula(
  x: string,
  figure: string,
  cell: Pick<FormCell, "required" | "kind">,
  marks: (text: string) => string = literal,
): string {
  const formula = `IF(${formulaCondition(x)},${marks(REASONS.formula)},${marks(OK_MARK)})`;
  const right =
    cell.kind === "money"
      ? `IF(${moneySmallCondition(figure)},${marks(REASONS.moneySmall)},${formula})`
      : formula;
  const number = `IF(${figure}>${MAX_FIGURE},${marks(REASONS.tooLarge)},IF(${figure}<0,${marks(REASONS.negative)},IF(${figure}<>INT(${figure}),${marks(REASONS.fraction)},${right})))`;
  const blank = cell.required ? marks(REASONS.blank) : marks(OK_MARK);
  // Spaces look blank, but the form's own sums of them show #VALUE! (red team, round 41): said apart.
  const spaces = `IF(ISERROR(${x}),${marks(REASONS.notNumber)},IF(TRIM(${x})="",${marks(REASONS.spaces)},${marks(REASONS.notNumber)}))`;
  return `IF(ISNUMBER(${figure}),${number},IF(${blankCondition(x)},${blank},${spaces}))`;
}

/**
 * True where a cell is blank as `validate` takes it: nothing in it. A text of spaces is not (the form's
 * formulas that add it show #VALUE!, red team, round 41), nor an empty text.
 */
export const blankCondition = (x: string) => `ISBLANK(${x})`;

/**
 * True where a cell holds a formula. ISFORMULA came with Excel 2013: Excel 2010 shows #NAME? for it,
 * taken as no formula there (LibreOffice and Gnumeric compute it, as the self-check test shows).
 */
export const formulaCondition = (x: string) => `IFERROR(ISFORMULA(${x}),FALSE)`;

/**
 * True where a cell holds a number: LibreOffice's ISNUMBER takes TRUE and FALSE for 1 and 0 (red team,
 * round 41: TRUE in a count passed its check), Excel's does not.
 */
const numberCondition = (x: string) => `AND(ISNUMBER(${x}),NOT(ISLOGICAL(${x})))`;

/** True where an input holds something other than a whole number in range (a conditional format's test). */
export const inputWrongCondition = (x: string) =>
  `IF(${numberCondition(x)},OR(${x}>${MAX_FIGURE},${x}<0,${x}<>INT(${x})),NOT(${blankCondition(x)}))`;

/** True where a figure of đồng is more likely typed in thousands or millions (`validate` warns). */
const moneySmallCondition = (figure: string) => `AND(${figure}>0,${figure}<${SMALLEST_LIKELY_MONEY})`;

/** True where a sum of money typed holds such a figure (a conditional format's test). */
export const moneySmallInputCondition = (x: string) =>
  `IF(${numberCondition(x)},${moneySmallCondition(x)},FALSE)`;

/** What an input shows in the check, from a figure already read (null: blank). */
export function inputResult(value: number | null, cell: Pick<FormCell, "required" | "kind">): string {
  if (value === null) return cell.required ? REASONS.blank : OK_MARK;
  if (value > MAX_FIGURE) return REASONS.tooLarge;
  if (value < 0) return REASONS.negative;
  if (!Number.isInteger(value)) return REASONS.fraction;
  return smallForMoney(cell, value) ? REASONS.moneySmall : OK_MARK;
}

/** One rule of a form at one of its rows (or once, for single-column forms). */
export interface RuleCheck {
  readonly def: TemplateDef;
  readonly rule: RuleDef;
  readonly severity: Severity;
  /** The row the rule is checked on; "" for a rule checked once. */
  readonly row: string;
  /** Where `validate` names a broken rule: the first cell its left side reads. */
  readonly anchor: CellAt;
  /** The cells the rule names, marked on the form while it is broken. */
  readonly cells: readonly CellAt[];
  /** Both sides over inputs alone, references absolute. */
  readonly left: Expr;
  readonly right: Expr;
  /** The inputs under both sides, each once: the rule is checked once all are reported. */
  readonly inputs: readonly FormCell[];
}

const place = (at: CellAt) => `${at.row}\u0000${at.col}`;

/** Every rule of the form at every place `validate` checks it, in the catalog's order. */
export function ruleChecks(def: TemplateDef): RuleCheck[] {
  const cells = new Map(
    formCells(def).map((cell) => [place({ row: cell.row.key, col: cell.col.key }), cell]),
  );
  const formulaAt = (at: CellAt) => cells.get(place(at))?.formula;
  return def.rules.flatMap((rule) => {
    const contexts: CellAt[] =
      rule.over === "rows"
        ? def.rows.filter((r) => !r.formula).map((r) => ({ row: r.key, col: "" }))
        : [{ row: "", col: def.columns[0]!.key }];
    return contexts.map((at): RuleCheck => {
      const left = inlined(rule.left, at, formulaAt);
      const right = inlined(rule.right, at, formulaAt);
      const named = [...references(rule.left, at), ...references(rule.right, at)];
      const inputs = new Map<string, FormCell>();
      for (const ref of [...references(left, at), ...references(right, at)])
        inputs.set(place(ref), cells.get(place(ref))!);
      return {
        def,
        rule,
        severity: rule.severity,
        row: at.row,
        anchor: references(rule.left, at)[0]!,
        cells: [...new Map(named.map((c) => [place(c), c])).values()],
        left,
        right,
        inputs: [...inputs.values()],
      };
    });
  });
}

const atInputs = (cell: FormCell): CellAt => ({ row: cell.row.key, col: cell.col.key });

/** The two sides compared, each input rendered by `value`, and the comparison that breaks the rule. */
function brokenFormula(check: RuleCheck, value: (cell: CellAt) => string): string {
  const left = renderFormula(check.left, { row: "", col: "" }, value);
  const right = renderFormula(check.right, { row: "", col: "" }, value);
  return check.rule.test === "le" ? `(${left})>(${right})` : `(${left})<>(${right})`;
}

/**
 * True while the rule is broken with every figure it needs reported (a conditional format's test, over
 * the form's own cells): every required input a number, every optional one a number or blank, and then
 * blanks count as 0 (SUM of one cell; Gnumeric's N() of an empty cell is #NUM!).
 */
export function ruleBrokenCondition(check: RuleCheck, address: (cell: CellAt) => string): string {
  const required = check.inputs.filter((cell) => cell.required).map((cell) => address(atInputs(cell)));
  const optional = check.inputs.filter((cell) => !cell.required).map((cell) => address(atInputs(cell)));
  const gate = [
    ...required.map(numberCondition),
    ...optional.map((x) => `OR(${numberCondition(x)},${blankCondition(x)})`),
  ];
  const broken = brokenFormula(check, (cell) => `SUM(${address(cell)})`);
  return gate.length === 0 ? broken : `IF(AND(${gate.join(",")}),${broken},FALSE)`;
}

/**
 * The figure a check uses of an input: the number typed, 0 for an optional input left blank, and an
 * empty text for anything else (a required blank, text, an error), which no rule can use.
 */
export function inputFigureFormula(x: string, required: boolean): string {
  const number = numberCondition(x);
  return required ? `IF(${number},${x},"")` : `IF(${number},${x},IF(${blankCondition(x)},0,""))`;
}

const brokenText = (severity: Severity) => (severity === "error" ? REASONS.broken : REASONS.review);

/**
 * ✓, ✗ (⚠ for a warning), or — while a figure it needs is not reported, over the figures the check sheet
 * took of its inputs (`figure`: the cell holding an input's `inputFigureFormula`).
 */
export function ruleResultFormula(
  check: RuleCheck,
  figure: (cell: CellAt) => string,
  marks: (text: string) => string = literal,
): string {
  const figures = check.inputs.map((cell) => figure(atInputs(cell)));
  const broken = brokenFormula(check, figure);
  return `IF(COUNT(${figures.join(",")})=${figures.length},IF(${broken},${marks(brokenText(check.severity))},${marks(OK_MARK)}),${marks(UNCHECKED_MARK)})`;
}

/** What the rule shows in the check, from figures already read: the cached result of its formula. */
export function ruleResult(check: RuleCheck, values: FormValues): string {
  const read = (cell: FormCell) => valueAt(values, cell.row.key, cell.col.key);
  if (!check.inputs.every((cell) => !cell.required || read(cell) !== null)) return UNCHECKED_MARK;
  const lookup = (at: CellAt) => valueAt(values, at.row, at.col) ?? 0;
  const left = evaluate(check.left, { row: "", col: "" }, lookup) ?? 0;
  const right = evaluate(check.right, { row: "", col: "" }, lookup) ?? 0;
  const broken = check.rule.test === "le" ? left > right : left !== right;
  return broken ? brokenText(check.severity) : OK_MARK;
}

/** Whether a result shown in the check counts as an error. */
export const isErrorResult = (result: string) => result.startsWith("✗");
