import type { Report } from "../report/report";
import { budgetYear, yearShare, type Existence } from "./combine-rounds";
import type { PlanCoverage } from "./types";

/** The budget years a roll-up's plans add, and the units whose plans count only their days (see planFigure). */
export function planCoverage(
  units: readonly {
    readonly used: readonly { readonly report: Report }[];
    readonly report: Report;
    readonly existence: Existence;
  }[],
): PlanCoverage {
  const years = [...new Set(units.flatMap((u) => u.used.map((r) => budgetYear(r.report.period))))].sort();
  const prorated = units
    .filter((u) => years.some((year) => yearShare(year, u.existence) < 1))
    .map((u) => u.report.unit.code);
  return { years, prorated };
}
