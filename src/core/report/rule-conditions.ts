import type { GridValue } from "../grid/grid";

/**
 * Whether a conditional format's rule may hold over a cell holding `value` (none: empty, or a formula
 * whose result was not saved). A rule whose condition is not read may hold anywhere; one that is read is
 * ruled out only where it cannot hold in Excel or LibreOffice (red team, round 60: a clerk's white font
 * for zeros, or for errors, over the whole form read the title, headings and a 10 as unseen).
 */
export type RuleCondition = (value: GridValue | undefined) => boolean;

/** A figure or a text a cell shows, as the grid holds it: what a rule's condition is asked of. */
export const contentValue = (content: number | string): GridValue =>
  typeof content === "number" ? { type: "number", value: content } : { type: "string", value: content };

/** A cell-value rule's comparisons (Excel's `cellIs` operators), of a figure with its operands. */
const COMPARISONS: Record<string, (figure: number, operands: readonly number[]) => boolean | undefined> = {
  equal: (x, [a]) => a !== undefined && x === a,
  notEqual: (x, [a]) => a !== undefined && x !== a,
  greaterThan: (x, [a]) => a !== undefined && x > a,
  lessThan: (x, [a]) => a !== undefined && x < a,
  greaterThanOrEqual: (x, [a]) => a !== undefined && x >= a,
  lessThanOrEqual: (x, [a]) => a !== undefined && x <= a,
  between: (x, [a, b]) => a !== undefined && b !== undefined && x >= Math.min(a, b) && x <= Math.max(a, b),
  notBetween: (x, [a, b]) => a !== undefined && b !== undefined && (x < Math.min(a, b) || x > Math.max(a, b)),
};

/** The relative difference under which two figures may compare as equal. */
const NEXT_TO = 1e-14;

const nextTo = (a: number, b: number) => Math.abs(a - b) <= NEXT_TO * Math.max(Math.abs(a), Math.abs(b));

/** A plain figure written as a rule's operand ("0", "-1.5"); undefined for any other formula. */
export function operandFigure(formula: string): number | undefined {
  const text = formula.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?$/i.test(text) ? Number(text) : undefined;
}

/**
 * A cell-value rule comparing with figures (`operands`, each undefined where it is another formula): it
 * holds for a figure as compared; a text is never equal to a figure (it may compare otherwise, as Excel
 * orders texts after figures). Undefined where an operand is not a figure or the operator is not known.
 */
export function cellValueCondition(
  operator: string,
  operands: readonly (number | undefined)[],
): RuleCondition | undefined {
  const compare = Object.prototype.hasOwnProperty.call(COMPARISONS, operator)
    ? COMPARISONS[operator]
    : undefined;
  if (!compare || operands.length === 0 || operands.some((operand) => operand === undefined))
    return undefined;
  const figures = operands as readonly number[];
  return (value) => {
    // A figure next to an operand may compare either way: Excel compares at 15 digits, LibreOffice within
    // a relative 2^-48 (0.1 + 0.2 equals 0.3 in both).
    if (value?.type === "number" && figures.some((figure) => nextTo(value.value, figure))) return true;
    if (value?.type === "number") return compare(value.value, figures) ?? true;
    if (value?.type === "string") return operator !== "equal";
    return true;
  };
}

/** A rule on errors: an error holds for `containsErrors`, anything else for `notContainsErrors`. */
export const errorsCondition =
  (contains: boolean): RuleCondition =>
  (value) =>
    value === undefined || (value.type === "error") === contains;

/** A rule on blanks: a text of spaces alone or nothing holds for `containsBlanks`, else `notContainsBlanks`. */
export const blanksCondition =
  (contains: boolean): RuleCondition =>
  (value) => {
    if (value === undefined) return true;
    const blank = value.type === "string" && value.value.trim() === "";
    return blank === contains;
  };

/** A condition holding where either holds; undefined (holding anywhere) where either is. */
export const eitherCondition = (
  a: RuleCondition | undefined,
  b: RuleCondition | undefined,
): RuleCondition | undefined => (a && b ? (value) => a(value) || b(value) : undefined);
