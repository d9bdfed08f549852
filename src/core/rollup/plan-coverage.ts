import type { Report } from "../report/report";
import type { Finding } from "../findings/finding";
import { budgetYear, type Existence } from "../model/budget-year";
import { budgetPart, latestRoundsOfYears } from "./combine-rounds";
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
    // Each year's plan is its latest round's, on that round's basis (see planFigure): a round before it on
    // the year's basis prorates nothing.
    .filter((u) =>
      [...latestRoundsOfYears(u.used.map((r) => r.report))].some(
        ([year, round]) => budgetPart(year, u.existence, round).share < 1,
      ),
    )
    .map((u) => u.report.unit.code);
  const undated = units
    .filter((u) => u.notes.some((n) => n.rule === UNDATED_RULE))
    .map((u) => u.report.unit.code);
  const countedTo = lastDayCounted(units, years[years.length - 1]);
  return { years, prorated, undated, ...(countedTo ? { countedTo } : {}) };
}

/**
 * The last day of year `year` any unit's budget was counted to, when it is before 31/12: a province whose
 * districts the list dates to 30/06 sums their budgets for 181 days, which the level above must not prorate
 * to the province's 30/06 again.
 */
function lastDayCounted(
  units: readonly { readonly used: readonly { readonly report: Report }[]; readonly existence: Existence }[],
  year: number | undefined,
): string | undefined {
  if (year === undefined) return undefined;
  const ends = units.flatMap((u) => {
    const round = latestRoundsOfYears(u.used.map((r) => r.report)).get(year);
    return round?.forms.B03 ? [budgetPart(year, u.existence, round).to] : [];
  });
  const last = ends.reduce((a, b) => (b > a ? b : a), "");
  return last !== "" && last < `${year}-12-31` ? last : undefined;
}
