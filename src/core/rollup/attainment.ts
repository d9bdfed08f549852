import { formDef, type Indicator, type TemplateDef, type TemplateId } from "../catalog";
import { isReported } from "../form/compute";
import type { CellAt } from "../form/expr";
import { getCell, valueAt, type FormValues } from "../form/form";
import type { Report } from "../report/report";
import { isMet, targetsOf } from "../model/targets";
import type { TargetResult } from "./types";

/**
 * Whether a rate's denominator was reported (as 0 when the rate has no figure), not left blank: a summary
 * of rounds whose units changed leaves its budget blank, and its collection rate, unknown, was taken for a
 * rate over a budget of 0, left out of its possible points (a helper round: the province ranked first).
 */
function denominatorReported(def: TemplateDef, values: FormValues, at: CellAt): boolean {
  const formula = getCell(def, at.row, at.col).formula;
  const denominator = formula && "ratio" in formula ? formula.ratio[1] : undefined;
  if (!denominator || !("ref" in denominator) || denominator.ref.template) return true;
  const { row = at.row, col = at.col } = denominator.ref;
  return isReported(def, values, { row, col });
}

/**
 * Every target of `templates` (the report's own by default): the result, the target, whether it applies
 * and is met. A target of a form the report lacks is not reported: no result, no points. Biểu 05's
 * targets are those of the report's own indicators, or where it holds none of the roll-up's (`indicators`):
 * a unit that left the form out, or a summary whose form was set aside, is scored on every rule as the
 * units that sent it are, not on fewer.
 */
export function attainment(
  report: Report,
  notApplicable: ReadonlySet<string> = new Set(),
  templates: readonly TemplateId[] = report.templates,
  indicators?: readonly Indicator[],
): TargetResult[] {
  return targetsOf(templates, report.indicators ?? indicators).map((target) => {
    const values = report.forms[target.template];
    const at = { row: target.row, col: target.col };
    const def = formDef(target.template, report.indicators, report.subRows);
    const reported = values !== undefined && isReported(def, values, at);
    const result = reported ? valueAt(values, target.row, target.col) : null;
    // Reported, yet no figure: a rate whose denominator the unit reported as 0.
    const nothingToMeasure = reported && result === null && denominatorReported(def, values, at);
    const applicable = !notApplicable.has(target.key);
    const goal = applicable ? (report.targets[target.key] ?? null) : null;
    return {
      key: target.key,
      template: target.template,
      kind: target.kind,
      result,
      target: goal,
      met: applicable ? isMet(result, goal) : null,
      applicable,
      ...(nothingToMeasure ? { nothingToMeasure } : {}),
    };
  });
}

export const targetsMet = (results: readonly TargetResult[]) => results.filter((r) => r.met === true).length;
