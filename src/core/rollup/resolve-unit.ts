import { formsText } from "../catalog";
import { finding, type Finding } from "../findings/finding";
import { addDays, dmy, samePeriodDates, spanText, type Period } from "../model/period";
import type { Report } from "../report/report";
import { fill } from "../text/text";
import type { Existence } from "../model/budget-year";
import { chainRounds, combineRounds, gapsIn, unitsLeftBefore } from "./combine-rounds";
import { continuityFindings } from "./continuity";
import { holdsPlan, proratedTwice, undatedPartYear } from "./part-year-plans";
import { yearBudgetTyped } from "./year-budget-typed";
import type { CellPlaces } from "./cell-places";
import type { DateSpan, Duplicate, Gap, SourceFile } from "./types";
import { WORDS } from "../vocabulary";

/** A received report that passed validation. */
export interface Accepted {
  readonly source: SourceFile;
  readonly report: Report;
  readonly warnings: readonly Finding[];
  /** Where each form cell was found, by defined name. */
  readonly cells: CellPlaces;
}

export interface ResolvedUnit {
  /** The reports used, earliest first: one, or the rounds combined into the period. */
  readonly used: readonly Accepted[];
  readonly report: Report;
  readonly gaps: readonly Gap[];
  /**
   * The part of the period the unit had to report (or was taken to): its opening stocks are at
   * `span.start`, its closing stocks at `span.end` (a unit founded or dissolved inside the period covers
   * only part of it).
   */
  readonly span: DateSpan;
  readonly continuity: readonly Finding[];
  /** What choosing the reports left out or assumed: forms of a replaced file, a start taken from the first report. */
  readonly notes: readonly Finding[];
  readonly duplicates: readonly Duplicate[];
}

const DAY_MS = 86_400_000;

/**
 * When a file was saved, as far as it can be believed: a save time the workbook records after the file
 * reached us (2099, say) would win every duplicate, so it counts as a day after the file's arrival.
 */
export function savedAt(source: SourceFile): string {
  const saved = source.modifiedAt ?? "";
  const arrived = source.receivedAt ? Date.parse(source.receivedAt) : NaN;
  if (!saved || Number.isNaN(arrived)) return saved;
  const latest = new Date(arrived + DAY_MS).toISOString();
  return saved > latest ? latest : saved;
}

/**
 * Newest first; the content hash breaks ties so the choice never depends on the order of the files. The
 * same file received more than once counts as saved when its latest copy says, and of its copies the one
 * that arrived first is kept: a unit's report sent again unchanged after the due date ("… (1).xlsx", as
 * mail and Zalo name it) made the unit late, the copy chosen by its name.
 */
function newestFirst(reports: readonly Accepted[]): Accepted[] {
  const latest = new Map<string, string>();
  for (const { source } of reports) {
    const saved = savedAt(source);
    if ((latest.get(source.sha256) ?? "") <= saved) latest.set(source.sha256, saved);
  }
  const savedOf = (r: Accepted) => latest.get(r.source.sha256) ?? "";
  return [...reports].sort(
    (a, b) =>
      savedOf(b).localeCompare(savedOf(a)) ||
      a.source.sha256.localeCompare(b.source.sha256) ||
      (a.source.receivedAt ?? "").localeCompare(b.source.receivedAt ?? "") ||
      a.source.name.localeCompare(b.source.name),
  );
}

/**
 * A warning for each replaced file holding forms the file kept does not: a unit that re-sends only its
 * corrected Biểu 01 replaces the whole earlier file, and its other forms must not vanish unsaid.
 */
function droppedForms(kept: Accepted, dropped: readonly Accepted[]): Finding[] {
  return dropped.flatMap((d) => {
    const lost = d.report.templates.filter((id) => !kept.report.templates.includes(id));
    if (lost.length === 0) return [];
    const text = fill(WORDS.rollup.formsDropped, {
      unit: kept.report.unit.code,
      kept: kept.source.name,
      dropped: d.source.name,
      forms: formsText(lost),
    });
    return [finding("warning", "rollup.forms_dropped", text)];
  });
}

/**
 * A warning for each replaced file saved at the very time of the file kept with other figures: nothing
 * tells which is the correction (a program that keeps the template's save time, files unpacked from one
 * zip), so the content hash chose, and staff must ask the unit.
 */
function sameTimeDropped(kept: Accepted, dropped: readonly Accepted[]): Finding[] {
  const figures = JSON.stringify(kept.report.forms);
  return dropped.flatMap((d) => {
    if (savedAt(d.source) !== savedAt(kept.source) || JSON.stringify(d.report.forms) === figures) return [];
    const text = fill(WORDS.rollup.duplicateSameTime, {
      unit: kept.report.unit.code,
      kept: kept.source.name,
      dropped: d.source.name,
    });
    return [finding("warning", "rollup.duplicate_same_time", text)];
  });
}

/** What replacing older files must say: forms they held that are lost, a choice no save time made. */
const replacedNotes = (kept: Accepted, dropped: readonly Accepted[]) => [
  ...droppedForms(kept, dropped),
  ...sameTimeDropped(kept, dropped),
];

/**
 * Said of a report spanning years that holds a plan (a budget): one figure, taken as its last year's
 * (see planFigure), so the other years' budgets are not known.
 */
function budgetYearAssumed(used: Accepted): Finding[] {
  const { period, unit } = used.report;
  const [first, last] = [period.start, period.end].map((d) => Number(d.slice(0, 4))) as [number, number];
  if (first === last || !holdsPlan(used.report)) return [];
  const others = Array.from({ length: last - first }, (_, i) => first + i).join(", ");
  const text = fill(WORDS.rollup.budgetYearAssumed, {
    unit: unit.code,
    file: used.source.name,
    span: spanText(period.start, period.end),
    year: last,
    others,
  });
  return [finding("warning", "rollup.budget_year_assumed", text)];
}

/**
 * Said of a summary's rounds combined whose units changed, its plans left blank (`unitsLeftBefore`): the
 * year's budget is in no round's total, and the summary of the whole period is what tells it.
 */
function plansUnknown(used: readonly Accepted[]): Finding[] {
  const reports = used.map((u) => u.report);
  const left = unitsLeftBefore(reports);
  const last = used[used.length - 1];
  if (left.length === 0 || !last || !reports.some(holdsPlan)) return [];
  const text = fill(WORDS.rollup.plansUnknown, {
    unit: last.report.unit.code,
    units: left.join(", "),
    file: last.source.name,
  });
  return [finding("warning", "rollup.plans_unknown", text)];
}

/** Said when no list tells when a unit starts: the part of the period before its first report is not counted as missing. */
function startAssumed(first: Accepted, period: Period): Finding[] {
  const start = first.report.period.start;
  if (start <= period.start) return [];
  const text = fill(WORDS.rollup.startAssumed, {
    unit: first.report.unit.code,
    start: dmy(start),
    span: spanText(period.start, addDays(start, -1)),
  });
  return [finding("warning", "rollup.start_assumed", text)];
}

const overlapping = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;

function duplicate(kept: Accepted, dropped: readonly Accepted[], period: Period): Duplicate {
  return {
    unitCode: kept.report.unit.code,
    periodId: period.id,
    periodLabel: period.label,
    kept: kept.source,
    dropped: dropped.map((d) => d.source),
  };
}

/**
 * One unit's reports for a period: the newest per round; a report of the whole period wins over rounds;
 * otherwise the rounds are combined (see combineRounds) over `span`, the part of the period the unit had
 * to report (it may start mid-year). Superseded and repeated files are listed as duplicates. Its plans
 * (budgets) are prorated to `existence`, the days the units list says it existed, in a report of the
 * whole period as in rounds combined.
 */
export function resolveUnit(
  reports: readonly Accepted[],
  period: Period,
  span: DateSpan | null,
  existence: Existence = {},
): ResolvedUnit {
  const byPeriod = new Map<string, Accepted[]>();
  for (const r of reports) {
    const key = `${r.report.period.id}\u0000${r.report.period.start}\u0000${r.report.period.end}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), r]);
  }
  const duplicates: Duplicate[] = [];
  const notes: Finding[] = [];
  const newest: Accepted[] = [];
  for (const [, group] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = newestFirst(group);
    newest.push(sorted[0]!);
    if (sorted.length > 1) {
      duplicates.push(duplicate(sorted[0]!, sorted.slice(1), sorted[0]!.report.period));
      notes.push(...replacedNotes(sorted[0]!, sorted.slice(1)));
    }
  }

  const whole = newestFirst(newest.filter((r) => samePeriodDates(r.report.period, period)))[0];
  if (whole) {
    const others = newest.filter((r) => r !== whole);
    if (others.length > 0) {
      duplicates.push(duplicate(whole, others, period));
      // The whole period's report wins over rounds by its dates, not by a save time: two saved at one time
      // (a year's summary and Đợt 1's, copied in together) are no question of which is the correction.
      notes.push(...droppedForms(whole, others));
    }
    const covered = span ?? { start: period.start, end: period.end };
    notes.push(...budgetYearAssumed(whole));
    const dated = existence.from !== undefined || existence.to !== undefined;
    // A district dissolved on 30/6 sending the year's one report carries half its year's budget.
    const report = dated ? combineRounds([whole.report], period, covered, existence) : whole.report;
    notes.push(
      ...proratedTwice(report, existence, [whole.report]),
      ...yearBudgetTyped(report, existence, [whole.report]),
    );
    return {
      used: [whole],
      report,
      span: covered,
      gaps: [],
      continuity: [],
      notes,
      duplicates,
    };
  }

  const { chain, superseded } = chainRounds(newest.map((a) => ({ report: a.report, tag: a })));
  const used = chain.map((c) => c.tag);
  // Each superseded round is listed once, under the first kept round it overlaps.
  const keptFor = (s: Accepted) => used.find((u) => overlapping(u.report.period, s.report.period));
  for (const kept of used) {
    const dropped = superseded.map((s) => s.tag).filter((s) => keptFor(s) === kept);
    if (dropped.length > 0) duplicates.push(duplicate(kept, dropped, period));
  }
  const covered = span ?? { start: used[0]!.report.period.start, end: period.end };
  const rounds = used.map((u) => u.report);
  if (!span) notes.push(...startAssumed(used[0]!, period), ...undatedPartYear(rounds, period));
  notes.push(...used.flatMap(budgetYearAssumed), ...plansUnknown(used));
  // A start assumed from the first report is no date of existence: the plan is prorated by the list's only.
  const report = combineRounds(rounds, period, covered, existence);
  notes.push(...proratedTwice(report, existence, rounds), ...yearBudgetTyped(report, existence, rounds));
  return {
    used,
    report,
    gaps: gapsIn(
      covered,
      used.map((u) => u.report.period),
    ),
    span: covered,
    continuity: continuityFindings(used),
    notes,
    duplicates,
  };
}
