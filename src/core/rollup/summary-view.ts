import type { Summary, UnitRow } from "./types";

/**
 * A unit as a screen shows it: without its full report, which only the summary workbook needs, and with
 * how many of its targets were judged rather than each target's result (three quarters of a unit's size).
 */
export type UnitView = Omit<UnitRow, "report" | "scoring" | "attainment"> & { readonly judged: number };

/**
 * What a screen shows of a roll-up. Each unit's report, the total report and the blank-cell listing are
 * most of a summary's size; a page that received them for thousands of units froze while copying them.
 */
export interface SummaryView
  extends Omit<Summary, "units" | "total" | "unreported" | "campaign" | "missing"> {
  readonly units: readonly UnitView[];
  /** Null when no campaign or units list said which units must report: then nobody can say who is missing. */
  readonly missing: Summary["missing"] | null;
}

const unitView = (u: UnitRow): UnitView => ({
  unit: u.unit,
  bloc: u.bloc,
  sources: u.sources,
  status: u.status,
  gaps: u.gaps,
  span: u.span,
  warnings: u.warnings,
  judged: u.attainment.filter((a) => a.met !== null).length,
  met: u.met,
  score: u.score,
  grade: u.grade,
  rank: u.rank,
  blocRank: u.blocRank,
  received: u.received,
  due: u.due,
  daysLate: u.daysLate,
});

export const summaryView = (s: Summary): SummaryView => ({
  period: s.period,
  scoring: s.scoring,
  grades: s.grades,
  blocs: s.blocs,
  previous: s.previous,
  parent: s.parent,
  templates: s.templates,
  units: s.units.map(unitView),
  totalAttainment: s.totalAttainment,
  stocks: s.stocks,
  rejected: s.rejected,
  duplicates: s.duplicates,
  expected: s.expected,
  missing: s.expected ? s.missing : null,
});
