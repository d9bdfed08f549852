import { formDef, mergedSubRows, inCatalogOrder, type TemplateDef, type TemplateId } from "../catalog";
import { computeForm, unreportedCells } from "../form/compute";
import type { FormCell, FormValues } from "../form/form";
import { emptyValues, formCells, valueAt } from "../form/form";
import { budgetDays, budgetYear, type Existence } from "../model/budget-year";
import { addDays, daysBetween, type Period } from "../model/period";
import type { Report } from "../report/report";
import { unitKey } from "../model/units";
import { countedUnits } from "./counted-units";
import { combinedShort } from "./combined-short";
import { sumReported } from "./sums";
import type { DateSpan } from "./types";

/** One round of a unit, as the roll-up holds it. */
export interface RoundReport<T> {
  readonly report: Report;
  readonly tag: T;
}

/**
 * The rounds that make up a period, earliest first, without overlaps: of two overlapping rounds the
 * longer is kept (a half-year report over the quarter inside it, an 11-month report over the quarter it
 * overlaps), then the earlier start, then the id, so the choice never depends on the order of the files.
 * The others are superseded, to be listed, never added.
 */
export function chainRounds<T>(rounds: readonly RoundReport<T>[]): {
  chain: RoundReport<T>[];
  superseded: RoundReport<T>[];
} {
  const longestFirst = [...rounds].sort(
    (a, b) =>
      daysBetween(b.report.period.start, b.report.period.end) -
        daysBetween(a.report.period.start, a.report.period.end) ||
      a.report.period.start.localeCompare(b.report.period.start) ||
      a.report.period.id.localeCompare(b.report.period.id),
  );
  const chain: RoundReport<T>[] = [];
  const superseded: RoundReport<T>[] = [];
  const overlap = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;
  for (const round of longestFirst) {
    if (chain.some((kept) => overlap(kept.report.period, round.report.period))) superseded.push(round);
    else chain.push(round);
  }
  chain.sort((a, b) => a.report.period.start.localeCompare(b.report.period.start));
  return { chain, superseded };
}

/** The parts of `span` that no round covers. */
export function gapsIn(span: DateSpan, rounds: readonly Period[]): DateSpan[] {
  const gaps: DateSpan[] = [];
  let from = span.start;
  for (const p of rounds) {
    if (p.end < from) continue;
    if (p.start > span.end) break;
    if (p.start > from) gaps.push({ start: from, end: addDays(p.start, -1) });
    from = addDays(p.end, 1);
  }
  if (from <= span.end) gaps.push({ start: from, end: span.end });
  return gaps;
}

/**
 * The share of year `year`'s plan a unit carries (`share`): the days it existed within that year ÷ the days
 * its typed plan covers, as the round that typed it says (see BudgetBasis, budgetDays). A district dissolved
 * on 30 June carries 181/365 of its year's budget; a ward founded on 1 July typing the budget assigned for
 * 01/07–31/12 carries it whole (184/184), or, in a report made before the basis was written, 184/365 of the
 * year's budget its form asked for; whichever period of the year is rolled up (a round is progress towards
 * the year's plan, never a share of it by days), so the year never counts a budget twice.
 */
export const budgetPart = (
  year: number,
  existence: Existence,
  round: Pick<Report, "budgetBasis" | "budgetCountedTo">,
) => budgetDays(year, existence, round.budgetBasis ?? "year", round.budgetCountedTo);

/** A plan figure over the share of its year the unit existed, in whole units (đồng). */
const prorated = (value: number | null, share: number) =>
  value === null || share >= 1 ? value : Math.round(value * share);

/** Each budget year's latest round among `rounds` (earliest first). */
export function latestRoundsOfYears(rounds: readonly Report[]): Map<number, Report> {
  const latestOfYear = new Map<number, Report>();
  for (const round of rounds) latestOfYear.set(budgetYear(round.period), round);
  return latestOfYear;
}

/**
 * The units a summary's earlier round of a year held that its latest round of that year does not (a
 * district dissolved on 30/6, in Đợt 1's summary and not in Đợt 2's): a summary carries its units' plans
 * summed, so theirs are in no total the year can take, and the year's plan is not known from the rounds
 * (a staff round: the level above's year of a province's two round summaries counted 14,663,312,277 đồng
 * of budget for 17,934,771,896, its collection 159.4 % for 130.3 %, without a word).
 */
export function unitsLeftBefore(rounds: readonly Report[]): string[] {
  const latestOfYear = latestRoundsOfYears(rounds);
  const left = new Set<string>();
  for (const round of rounds) {
    const latest = latestOfYear.get(budgetYear(round.period))!;
    if (round === latest || !round.rollupUnits || !latest.rollupUnits) continue;
    const kept = new Set(latest.rollupUnits.map(unitKey));
    for (const code of round.rollupUnits) if (!kept.has(unitKey(code))) left.add(code);
  }
  return [...left];
}

/**
 * A unit's plan figure over a period: for each budget year its rounds report, the year's figure as the
 * latest round of that year reports it, prorated to the days the unit existed in that year (over the days
 * that round's budget covers, see budgetPart); the years
 * added. A period across a year end (25/10/2017–31/3/2018) thus holds the 2017 budget plus the 2018
 * budget, and its collections are judged against both; a five-year review against five years' budgets.
 * A year no round reports adds nothing: a missing round invents nothing; a summary's rounds whose units
 * changed give none (`unitsLeftBefore`).
 */
export function planFigure(
  rounds: readonly Report[],
  read: (report: Report) => number | null,
  existence: Existence,
): number | null {
  if (unitsLeftBefore(rounds).length > 0) return null;
  const latestOfYear = latestRoundsOfYears(rounds);
  return sumReported(
    [...latestOfYear].map(([year, round]) => prorated(read(round), budgetPart(year, existence, round).share)),
  );
}

/**
 * The computed cells a unit's rounds keep as combined: every count and money but a plan's own totals,
 * which are summed again from the items prorated (each prorated and rounded on its own, a total budget
 * was printed 1 đồng off its two items, and a unit collecting exactly those items read as 100 %, Đạt,
 * red team round 21).
 */
const keptAsCombined = (cell: FormCell) =>
  cell.kind !== "ratio" && !(cell.formula && cell.aggregation === "plan");

/**
 * A plan's total over items none of which is known (a summary's rounds whose units changed leave each
 * budget blank) is not known either: summed as the sheet sums blanks, it read 0 đồng of budget on the
 * unit's row and the total row of the level above's year (a helper's staff round).
 */
function withoutUnknownPlans(def: TemplateDef, values: FormValues): FormValues {
  const unknown = unreportedCells(def, values).filter((c) => c.aggregation === "plan");
  if (unknown.length === 0) return values;
  const out = Object.fromEntries(Object.entries(values).map(([row, cols]) => [row, { ...cols }]));
  for (const cell of unknown) out[cell.row.key]![cell.col.key] = null;
  return out;
}

/**
 * A unit's rounds (a chain, earliest first) as one report of the longer period. Flows add up; opening
 * stocks are the first round's and closing stocks the last round's, exactly as reported (a closing figure
 * is never recomputed from an opening plus flows); plan quantities are each budget year's, prorated to
 * the days the units list says the unit existed in that year, the years added (see planFigure). A stock
 * is known only when its round reaches the edge of the span the unit must cover: a missing round invents
 * nothing.
 */
export function combineRounds(
  chain: readonly Report[],
  period: Period,
  span: DateSpan,
  existence: Existence = {},
): Report {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const opening = first.period.start <= span.start ? first : null;
  const closing = last.period.end >= span.end ? last : null;
  const templates = inCatalogOrder(chain.flatMap((r) => r.templates));
  // The roll-up takes only reports of the campaign's indicators and sub-rows: any round's are every round's.
  const indicators = chain.find((r) => r.indicators)?.indicators;
  const subRows = mergedSubRows(chain.map((r) => r.subRows));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = formDef(id, indicators, subRows);
    const combined = emptyValues(def);
    const holding = chain.filter((r) => r.forms[id]);
    const at = (report: Report | null, row: string, col: string) => {
      const form = report?.forms[id];
      return form ? valueAt(form, row, col) : null;
    };
    for (const cell of formCells(def)) {
      if (cell.kind === "ratio") continue;
      const [row, col] = [cell.row.key, cell.col.key];
      combined[row]![col] =
        cell.aggregation === "flow"
          ? sumReported(chain.map((r) => at(r, row, col)))
          : cell.aggregation === "stock_start"
            ? at(opening, row, col)
            : cell.aggregation === "stock_end"
              ? at(closing, row, col)
              : planFigure(holding, (r) => at(r, row, col), existence);
    }
    // A linked row of Biểu 05 (after the forms it reads) is its source's figure as combined here.
    forms[id] = withoutUnknownPlans(
      def,
      computeForm(def, combined, combined, keptAsCombined, (at) =>
        valueAt(forms[at.template!] ?? {}, at.row, at.col),
      ),
    );
  }
  // Rounds a district summed itself: the period's report holds every unit any of them held.
  const summaries = chain.filter((r) => r.rollupUnits);
  const own = unitKey(last.unit.code);
  const held = countedUnits(summaries).filter((code) => unitKey(code) !== own);
  // Whose codes they are: the latest round's campaign's (a unit's rounds are one level's summaries).
  const campaign = summaries[summaries.length - 1]?.rollupCampaign;
  // What any round lacked the period lacks: a province's Đợt 2 summary missing X02 leaves the year short.
  const short = combinedShort(summaries, held);
  const rolledUp =
    summaries.length > 0
      ? {
          rollupUnits: held,
          ...(campaign ? { rollupCampaign: campaign } : {}),
          ...(short ? { rollupShort: short } : {}),
        }
      : {};
  const listed = { ...(indicators ? { indicators } : {}), ...(subRows ? { subRows } : {}) };
  const marked = last.notApplicable ? { notApplicable: last.notApplicable } : {};
  // Each round's proposals are its own: the period's list holds them all, each saying whose round it is
  // where there are several (one report's lines are cited as that file's).
  const tagged = (r: Report) =>
    chain.length > 1 ? (r.nominations ?? []).map((n) => ({ ...n, round: r.period })) : (r.nominations ?? []);
  const proposing = chain.some((r) => r.nominations) ? { nominations: chain.flatMap(tagged) } : {};
  return {
    unit: last.unit,
    period,
    templates,
    targets: last.targets,
    forms,
    ...marked,
    ...rolledUp,
    ...listed,
    ...proposing,
  };
}
