import { formDef, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../form/compute";
import type { FormCell, FormValues } from "../form/form";
import { emptyValues, formCells, valueAt } from "../form/form";
import { addDays, daysBetween, type Period } from "../model/period";
import type { Report } from "../report/report";
import { unitKey } from "../model/units";
import { countedUnits } from "./counted-units";
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
 * The share of the period's plan a unit present over `span` carries. A plan (the year's budget) is for
 * the whole period: a unit present for part of it counts it for the days it existed, so a district
 * dissolved on 30 June and the communes that took over on 1 July do not each add a whole year's budget.
 */
export function planShare(span: DateSpan, period: Period): number {
  const days = (from: string, to: string) => daysBetween(from, to) + 1;
  return Math.min(1, days(span.start, span.end) / days(period.start, period.end));
}

/** A plan figure over the share of the period the unit was present, in whole units (đồng). */
const prorated = (value: number | null, share: number) =>
  value === null || share >= 1 ? value : Math.round(value * share);

/**
 * The computed cells a unit's rounds keep as combined: every count and money but a plan's own totals,
 * which are summed again from the items prorated (each prorated and rounded on its own, a total budget
 * was printed 1 đồng off its two items, and a unit collecting exactly those items read as 100 %, Đạt,
 * red team round 21).
 */
const keptAsCombined = (cell: FormCell) =>
  cell.kind !== "ratio" && !(cell.formula && cell.aggregation === "plan");

/**
 * A unit's rounds (a chain, earliest first) as one report of the longer period. Flows add up; opening
 * stocks are the first round's and closing stocks the last round's, exactly as reported (a closing figure
 * is never recomputed from an opening plus flows); plan quantities are the latest round's, prorated to
 * `present`, the part of the period the units list says the unit existed (see planShare). A stock is known only when its round reaches
 * the edge of the span the unit must cover: a missing round invents nothing.
 */
export function combineRounds(
  chain: readonly Report[],
  period: Period,
  span: DateSpan,
  present: DateSpan = span,
): Report {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const opening = first.period.start <= span.start ? first : null;
  const closing = last.period.end >= span.end ? last : null;
  const templates = inCatalogOrder(chain.flatMap((r) => r.templates));
  const share = planShare(present, period);
  // The roll-up takes only reports of the campaign's indicators: any round's are every round's.
  const indicators = chain.find((r) => r.indicators)?.indicators;
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = formDef(id, indicators);
    const combined = emptyValues(def);
    const latest = [...chain].reverse().find((r) => r.forms[id]) ?? null;
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
              : prorated(at(latest, row, col), share);
    }
    // A linked row of Biểu 05 (after the forms it reads) is its source's figure as combined here.
    forms[id] = computeForm(def, combined, combined, keptAsCombined, (at) =>
      valueAt(forms[at.template!] ?? {}, at.row, at.col),
    );
  }
  // Rounds a district summed itself: the period's report holds every unit any of them held.
  const summaries = chain.filter((r) => r.rollupUnits);
  const own = unitKey(last.unit.code);
  const held = countedUnits(summaries).filter((code) => unitKey(code) !== own);
  const rolledUp = summaries.length > 0 ? { rollupUnits: held } : {};
  const listed = indicators ? { indicators } : {};
  const marked = last.notApplicable ? { notApplicable: last.notApplicable } : {};
  return {
    unit: last.unit,
    period,
    templates,
    targets: last.targets,
    forms,
    ...marked,
    ...rolledUp,
    ...listed,
  };
}
