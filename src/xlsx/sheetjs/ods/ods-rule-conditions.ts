import {
  cellValueCondition,
  errorsCondition,
  operandFigure,
  type RuleCondition,
} from "../../../core/report/rule-conditions";
import { rowBoundFormula } from "../../../core/report/row-bound";
import { odsReferencesAsA1 } from "./ods-formula-references";

/** LibreOffice's comparisons of a cell's value (`calcext:value`, and after `cell-content()` in a style:map). */
const COMPARISONS: Record<string, string> = {
  "=": "equal",
  "!=": "notEqual",
  ">": "greaterThan",
  "<": "lessThan",
  ">=": "greaterThanOrEqual",
  "<=": "lessThanOrEqual",
};
const COMPARED = /^(<=|>=|!=|=|<|>)(.+)$/s;
const BETWEEN = /^(not-)?between\(([^,;]+)[,;]([^,;]+)\)$/s;
/** An error test of a relative reference ("formula-is(ISERROR([.C9]))"). */
const ERROR_TEST =
  /^(?:formula-is|is-true-formula)\(\s*(?:ISERROR|ISERR|ISNA)\(\s*\[[^\]$.]*\.([A-Z]{1,3}\d+)\]\s*\)\s*\)$/is;

/**
 * The condition of an .ods conditional style, where this reads it (see `RuleCondition`): a cell's value
 * compared with figures, errors, an error test of the cell itself (its reference the base cell's); a
 * condition of another kind may hold anywhere. `baseCell`: the cell its references are relative to
 * ("'Biểu 01'.A1").
 */
export function odsRuleCondition(condition: string, baseCell: string | undefined): RuleCondition | undefined {
  const text = condition
    .trim()
    .replace(/^cell-content\(\)\s*/, "")
    .replace(/^cell-content-is-/, "");
  if (text === "is-error") return errorsCondition(true);
  if (text === "is-no-error") return errorsCondition(false);
  const between = BETWEEN.exec(text);
  if (between)
    return cellValueCondition(between[1] ? "notBetween" : "between", [
      operandFigure(between[2]!),
      operandFigure(between[3]!),
    ]);
  const tested = ERROR_TEST.exec(text);
  if (tested) {
    const base = baseCell?.slice(baseCell.lastIndexOf(".") + 1).replace(/\$/g, "");
    return base !== undefined && tested[1]!.toUpperCase() === base.toUpperCase()
      ? errorsCondition(true)
      : undefined;
  }
  const compared = COMPARED.exec(text);
  return compared ? cellValueCondition(COMPARISONS[compared[1]!]!, [operandFigure(compared[2]!)]) : undefined;
}

/** A formula condition ("formula-is(MOD(ROW();2)=1)"): its formula. */
const FORMULA = /^(?:formula-is|is-true-formula)\((.*)\)$/s;

/**
 * Whether an .ods conditional style's condition is a formula reading the row alone (see core's
 * `rowBoundFormula`), its references read as A1's (`[.$A3]` as `$A3`); one naming a sheet may point anywhere.
 */
export function odsRowBound(condition: string): boolean {
  const formula = FORMULA.exec(condition.trim());
  return formula !== null && rowBoundFormula(odsReferencesAsA1(formula[1]!));
}
