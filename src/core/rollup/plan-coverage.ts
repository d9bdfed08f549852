import type { Report } from "../report/report";
import type { Finding } from "../findings/finding";
import { budgetYear, type Existence } from "../model/budget-year";
import { yearShare } from "./combine-rounds";
import { UNDATED_RULE } from "./part-year-plans";
import type { PlanCoverage } from "./types";

/** The budget years a roll-up's plans add, and the units whose plans count only their days (see planFigure). */
export function planCoverage(
  units: readonly {
    readonly used: readonly { readonly report: Report }[];
    readonly report: Report;
    readonly existence: Existence;
    readonly notes: readonly Finding[];
  }[],
): PlanCoverage {
  const years = [...new Set(units.flatMap((u) => u.used.map((r) => budgetYear(r.report.period))))].sort();
  const prorated = units
    .filter((u) =>
      u.used.some(({ report }) => yearShare(budgetYear(report.period), u.existence, report.budgetBasis) < 1),
    )
    .map((u) => u.report.unit.code);
  const undated = units
    .filter((u) => u.notes.some((n) => n.rule === UNDATED_RULE))
    .map((u) => u.report.unit.code);
  return { years, prorated, undated };
}
