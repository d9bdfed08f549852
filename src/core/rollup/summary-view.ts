import { proposeAwards, type AwardProposals } from "./awards";
import { packTargets, unpackTargets, type TargetLine } from "./target-lines";
import type { Summary, UnitRow } from "./types";

/**
 * A unit as a screen shows it: without its full report, which only the summary workbook needs, and with
 * its targets packed (see `packTargets`): as objects they were three quarters of a unit's size.
 */
export type UnitView = Omit<UnitRow, "report" | "scoring" | "attainment"> & {
  /** How many of its targets were judged (met or not). */
  readonly judged: number;
  /** Its targets in the order of `SummaryView.targetKeys`; read them with `unitTargetLines`. */
  readonly targets: Float64Array;
  /** How its score was made, where it has one: the points of the targets that count, out of their most. */
  readonly points: ScoreMade | null;
};

/** A score's making: earned ÷ possible × 100, plus the bonus, less the points taken off. */
export interface ScoreMade {
  readonly earned: number;
  readonly possible: number;
  readonly bonus: number;
  readonly off: number;
}

const scoreMade = ({ score, earned, possible, bonus, penalties }: UnitRow["scoring"]): ScoreMade | null =>
  score === null
    ? null
    : { earned, possible, bonus, off: (penalties ?? []).reduce((sum, p) => sum + p.points, 0) };

/**
 * What a screen shows of a roll-up. Each unit's report, the total report and the blank-cell listing are
 * most of a summary's size; a page that received them for thousands of units froze while copying them.
 */
export interface SummaryView
  extends Omit<Summary, "units" | "total" | "unreported" | "campaign" | "missing"> {
  readonly units: readonly UnitView[];
  /** The targets of the summary's forms, in the order each unit's `targets` holds them. */
  readonly targetKeys: readonly string[];
  /** Null when no campaign or units list said which units must report: then nobody can say who is missing. */
  readonly missing: Summary["missing"] | null;
  /**
   * The award proposals, drawn where the summary is (the worker): the campaign they are drawn from does
   * not reach the screen. Null without award rules.
   */
  readonly awards: AwardProposals | null;
}

const unitView = (u: UnitRow, keys: readonly string[]): UnitView => ({
  unit: u.unit,
  bloc: u.bloc,
  sources: u.sources,
  status: u.status,
  gaps: u.gaps,
  ...(u.shortInside ? { shortInside: u.shortInside } : {}),
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
  rounds: u.rounds,
  targets: packTargets(keys, u.attainment, u.scoring),
  points: scoreMade(u.scoring),
});

export function summaryView(s: Summary): SummaryView {
  const targetKeys = s.totalAttainment.map((t) => t.key);
  return {
    period: s.period,
    scoring: s.scoring,
    grades: s.grades,
    blocs: s.blocs,
    previous: s.previous,
    parent: s.parent,
    templates: s.templates,
    ...(s.indicators ? { indicators: s.indicators } : {}),
    units: s.units.map((u) => unitView(u, targetKeys)),
    targetKeys,
    totalAttainment: s.totalAttainment,
    stocks: s.stocks,
    plans: s.plans,
    rejected: s.rejected,
    duplicates: s.duplicates,
    expected: s.expected,
    missing: s.expected ? s.missing : null,
    awards: proposeAwards(s),
  };
}

/** One unit's result on each target, with its target, whether it is met and the points it earned. */
export const unitTargetLines = (view: SummaryView, unit: UnitView): TargetLine[] =>
  unpackTargets(view.targetKeys, unit.targets, view.scoring, view.indicators);
