import { formDef, type RowDef } from "../catalog";
import { FEES_ABOVE_BUDGET_FACTOR } from "../catalog/b03-finance";
import { finding, type Finding } from "../findings/finding";
import { formCells, valueAt } from "../form/form";
import { spanText, type Period } from "../model/period";
import type { Report } from "../report/report";
import { figureText, percentText } from "../text/figure-text";
import { fill, joinTexts } from "../text/text";
import { WORDS } from "../vocabulary";
import { budgetYear, type Existence } from "../model/budget-year";
import { budgetPart, gapsIn, latestRoundsOfYears } from "./combine-rounds";
import type { DateSpan } from "./types";

/** The rule of a unit whose budget counts whole for want of dates: the total's note names such units too. */
export const UNDATED_RULE = "rollup.budget_whole_undated";

/** The budget years a period touches, each with the part of it the period covers. */
function yearsOf(period: DateSpan): { year: number; span: DateSpan }[] {
  const [first, last] = [period.start, period.end].map((d) => Number(d.slice(0, 4))) as [number, number];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = first + i;
    const [start, end] = [`${year}-01-01`, `${year}-12-31`];
    return {
      year,
      span: { start: period.start > start ? period.start : start, end: period.end < end ? period.end : end },
    };
  });
}

/**
 * Said of a unit the list dates part of a budget year whose collection is far above its prorated budget:
 * the budget counts the unit's days only, so a budget already assigned for those days is prorated twice (a
 * staff round: a commune founded on 01/07 typing its half year's in a form that asked for the year's,
 * 216.7 %, Đạt, nothing said; a district dissolved on 30/06 typing its budget for 01/01–30/06). `rounds`
 * are the reports `report` combines: each year's latest says what its budget covers (see BudgetBasis).
 */
export function proratedTwice(report: Report, existence: Existence, rounds: readonly Report[]): Finding[] {
  if (!report.forms.B03) return [];
  const parts = [...latestRoundsOfYears(rounds)]
    .map(([year, round]) => ({ year, ...budgetPart(year, existence, round) }))
    .filter((p) => p.days > 0 && p.share < 1);
  if (parts.length === 0) return [];
  const shares = joinTexts(
    parts.map((p) =>
      p.covers === p.of
        ? fill(WORDS.rollup.daysOfYear, { days: p.days, of: p.of, year: p.year })
        : fill(WORDS.rollup.daysOfBudget, {
            days: p.days,
            of: p.covers,
            span: spanText(p.start, p.end),
          }),
    ),
    ", ",
  );
  const dates = parts.map((p) => spanText(p.from, p.to)).join(", ");
  const covers = parts.map((p) => spanText(p.start, p.end)).join(", ");
  // A report on the year's basis was told to type the year's budget; one from the start, the budget
  // assigned from the unit's start in the year to 31/12.
  const words = rounds.some((r) => r.budgetBasis === "from_start")
    ? WORDS.rollup.budgetProratedTwiceFromStart
    : WORDS.rollup.budgetProratedTwice;
  return budgetRows(report).flatMap(({ row, budget, collected }) => {
    if (collected <= FEES_ABOVE_BUDGET_FACTOR * budget) return [];
    const text = fill(words, {
      unit: report.unit.code,
      row: row.label,
      shares,
      dates,
      covers,
      budget: figureText(budget),
      collected: figureText(collected),
      rate: percentText(collected / budget),
      limit: percentText(FEES_ABOVE_BUDGET_FACTOR),
    });
    return [finding("warning", "rollup.budget_prorated_twice", text)];
  });
}

/** The rows of a report's Biểu 03 holding a collection against a budget above 0: what a budget warning speaks of. */
export function budgetRows(report: Report): { row: RowDef; budget: number; collected: number }[] {
  const form = report.forms.B03;
  if (!form) return [];
  return formDef("B03", report.indicators, report.subRows).rows.flatMap((row) => {
    const budget = valueAt(form, row.key, "budget");
    const collected = valueAt(form, row.key, "collected");
    return budget === null || collected === null || budget <= 0 ? [] : [{ row, budget, collected }];
  });
}

/**
 * Said, without a units list, of a unit holding a budget whose rounds cover only part of a budget year the
 * period covers (a district's Đợt 1 alone, a commune's Đợt 2 alone): nothing dates it, so its budget counts
 * whole; if it existed only those days, the year counts a budget twice (a staff round: the province's
 * budget read 69.7 bn đồng for 46.9 bn, nothing said).
 */
export function undatedPartYear(reports: readonly Report[], period: Period): Finding[] {
  if (reports.length === 0 || !reports.some(holdsPlan)) return [];
  const rounds = reports.map((r) => r.period);
  const reported = new Set(rounds.map(budgetYear));
  return yearsOf(period).flatMap(({ year, span }) => {
    const inYear = rounds.filter((p) => p.start <= span.end && p.end >= span.start);
    const gaps = gapsIn(span, inYear);
    if (!reported.has(year) || gaps.length === 0) return [];
    const text = fill(WORDS.rollup.budgetWholeUndated, {
      unit: reports[0]!.unit.code,
      year,
      covered: inYear.map((p) => spanText(p.start, p.end)).join("; "),
      gaps: gaps.map((g) => spanText(g.start, g.end)).join("; "),
    });
    return [finding("warning", UNDATED_RULE, text)];
  });
}

/** Whether a report holds a plan figure (a budget) in any of its forms. */
export const holdsPlan = (report: Report) =>
  report.templates.some((id) =>
    formCells(formDef(id, report.indicators, report.subRows)).some((c) => c.aggregation === "plan"),
  );
