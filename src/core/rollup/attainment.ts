import { valueAt } from "../form";
import type { Report } from "../report";
import { isMet, targetsOf } from "../targets";
import type { TargetResult } from "./types";

/** Every target of the report's templates: the result, the target and whether it is met. */
export function attainment(report: Report): TargetResult[] {
  return targetsOf(report.templates).map((target) => {
    const values = report.forms[target.template];
    const result = values ? valueAt(values, target.row, target.col) : null;
    const goal = report.targets[target.key] ?? null;
    return {
      key: target.key,
      template: target.template,
      kind: target.kind,
      result,
      target: goal,
      met: isMet(result, goal),
    };
  });
}

export const score = (results: readonly TargetResult[]) => results.filter((r) => r.met === true).length;

/** Competition ranking ("1, 2, 2, 4") by the number of targets met. */
export function rank(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}
