import { finding, type Finding } from "../findings/finding";
import type { Existence } from "../model/budget-year";
import { dmy } from "../model/period";
import type { Report } from "../report/report";
import { figureText, percentText } from "../text/figure-text";
import { fill } from "../text/text";
import { WORDS } from "../vocabulary";
import { budgetPart, latestRoundsOfYears } from "./combine-rounds";
import { budgetRows } from "./part-year-plans";

/**
 * Below this share of its budget a unit founded late in a year, its year reported to its end, may have typed
 * the year's budget for the one assigned from its founding: then it collects about the part of the year its
 * budget covers (founded on 01/07, 50 %), where collections near the budget are the rule.
 */
const LOW_SHARE = 0.6;
/** Founded this late (its budget covering at most this part of the year), a year's budget reads that low. */
const LATE_FOUNDING = 2 / 3;

/**
 * Said of a unit founded in a budget year, on today's basis (its budget from its founding to 31/12), whose
 * year, reported to its end, collected below LOW_SHARE of that budget: the form once asked such a unit for
 * the year's budget, and a clerk used to it may type one, its rate then read far too low. Worded as a
 * question, an honest low collection is told it needs no change.
 */
export function yearBudgetTyped(report: Report, existence: Existence, rounds: readonly Report[]): Finding[] {
  // A summary's budgets are its units' sums, typed by no one there: its units were asked at its own level.
  if (report.rollupUnits !== undefined) return [];
  const reported = rounds.reduce((end, r) => (r.period.end > end ? r.period.end : end), "");
  const years = latestRoundsOfYears(rounds);
  // The figures are the years' added: across a year end the next year's budget, its collection barely
  // begun, read an honest commune's founding half year as 53 % (a reviewer's round).
  if (years.size !== 1) return [];
  const late = [...years]
    .filter(([, round]) => round.budgetBasis === "from_start")
    .map(([year, round]) => ({ year, ...budgetPart(year, existence, round) }))
    .find((p) => p.days > 0 && p.covers <= LATE_FOUNDING * p.of && reported >= p.to);
  if (!late) return [];
  return budgetRows(report).flatMap(({ row, budget, collected }) => {
    if (collected >= LOW_SHARE * budget) return [];
    const text = fill(WORDS.rollup.yearBudgetTyped, {
      unit: report.unit.code,
      row: row.label,
      start: dmy(late.from),
      end: dmy(`${late.year}-12-31`),
      year: late.year,
      budget: figureText(budget),
      collected: figureText(collected),
      rate: percentText(collected / budget),
    });
    return [finding("warning", "rollup.year_budget_typed", text)];
  });
}
