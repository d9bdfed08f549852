import type { Expr, RuleDef, Severity, TemplateDef } from "../catalog";
import { evaluate, inlined, references, renderFormula, type CellAt } from "../expr";
import { formCells, MAX_FIGURE, valueAt, type FormCell, type FormValues } from "../form";
import type { Text } from "../text";
import { both, en, vi } from "../vocabulary";

/**
 * A form's checks as spreadsheet formulas, rendered from the catalog's own rules so that the template
 * checks itself with nothing installed. Only IF, AND, OR, ISNUMBER, ISERROR, TRIM, INT, LEFT, SUM and
 * arithmetic: what Excel 2007 and later, LibreOffice, WPS Office and Google Sheets compute alike. Each
 * formula answers as `validate` does; test/xlsx/self-check.test.ts holds them together, recalculated by
 * LibreOffice and Gnumeric.
 */
export const CHECK_TEXT = both(vi.selfCheck, en.selfCheck);

export const OK_MARK = "✓";
export const UNCHECKED_MARK = "—";

/** "✗ chưa nhập / blank": the Vietnamese reason, then the English one without its mark. */
const reason = (text: Text) => `${text.vi} / ${text.en.replace(/^\S+ /, "")}`;
export const REASONS = {
  blank: reason(CHECK_TEXT.blank),
  notNumber: reason(CHECK_TEXT.notNumber),
  tooLarge: reason(CHECK_TEXT.tooLarge),
  negative: reason(CHECK_TEXT.negative),
  fraction: reason(CHECK_TEXT.fraction),
  broken: reason(CHECK_TEXT.broken),
  review: reason(CHECK_TEXT.review),
} as const;

/** A text as a formula's string literal. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * What is wrong with an input, in `validate`'s order: text (even a number stored as text) or an error
 * value is no number; then too large, negative, not whole; blank is wrong only where the input is required
 * (blank means only spaces, as TRIM sees it).
 */
export function inputResultFormula(x: string, required: boolean): string {
  const number = `IF(${x}>${MAX_FIGURE},${literal(REASONS.tooLarge)},IF(${x}<0,${literal(REASONS.negative)},IF(${x}<>INT(${x}),${literal(REASONS.fraction)},${literal(OK_MARK)})))`;
  const blank = required ? literal(REASONS.blank) : literal(OK_MARK);
  return `IF(ISERROR(${x}),${literal(REASONS.notNumber)},IF(ISNUMBER(${x}),${number},IF(TRIM(${x})="",${blank},${literal(REASONS.notNumber)})))`;
}

/** True where an input holds something other than a whole number in range (a conditional format's test). */
export const inputWrongCondition = (x: string) =>
  `IF(ISERROR(${x}),TRUE,IF(ISNUMBER(${x}),OR(${x}>${MAX_FIGURE},${x}<0,${x}<>INT(${x})),TRIM(${x})<>""))`;

/** True where a required input is still blank. */
export const requiredBlankCondition = (x: string) =>
  `IF(ISNUMBER(${x}),FALSE,IF(ISERROR(${x}),FALSE,TRIM(${x})=""))`;

/** What an input shows in the check, from a figure already read (null: blank). */
export function inputResult(value: number | null, required: boolean): string {
  if (value === null) return required ? REASONS.blank : OK_MARK;
  if (value > MAX_FIGURE) return REASONS.tooLarge;
  if (value < 0) return REASONS.negative;
  return Number.isInteger(value) ? OK_MARK : REASONS.fraction;
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

/** Whether an input counts for a rule: a number; for an optional input, blank too (it is 0). */
function reportedFormula(x: string, required: boolean): string {
  return required ? `ISNUMBER(${x})` : `IF(ISNUMBER(${x}),TRUE,IF(ISERROR(${x}),FALSE,TRIM(${x})=""))`;
}

function sidesFormula(check: RuleCheck, address: (cell: CellAt) => string) {
  // Not N(): Gnumeric gives #NUM! for N() of an empty cell; a blank optional input is 0 either way.
  const value = (cell: CellAt) => {
    const x = address(cell);
    return `IF(ISNUMBER(${x}),${x},0)`;
  };
  const gate = check.inputs.map((cell) => reportedFormula(address(atInputs(cell)), cell.required));
  const left = renderFormula(check.left, { row: "", col: "" }, value);
  const right = renderFormula(check.right, { row: "", col: "" }, value);
  const broken = check.rule.test === "le" ? `(${left})>(${right})` : `(${left})<>(${right})`;
  return { gate: gate.length === 1 ? gate[0]! : `AND(${gate.join(",")})`, broken };
}

/** True while the rule is broken with every figure it needs reported (a conditional format's test). */
export function ruleBrokenCondition(check: RuleCheck, address: (cell: CellAt) => string): string {
  const { gate, broken } = sidesFormula(check, address);
  return `IF(${gate},${broken},FALSE)`;
}

const brokenText = (severity: Severity) => (severity === "error" ? REASONS.broken : REASONS.review);

/** ✓, ✗ (⚠ for a warning), or — while a figure it needs is not reported. */
export function ruleResultFormula(check: RuleCheck, address: (cell: CellAt) => string): string {
  const { gate, broken } = sidesFormula(check, address);
  return `IF(${gate},IF(${broken},${literal(brokenText(check.severity))},${literal(OK_MARK)}),${literal(UNCHECKED_MARK)})`;
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
