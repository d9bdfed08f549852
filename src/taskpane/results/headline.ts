import {
  unitWarnings,
  type FindingGroup,
  type SummaryView,
  type TargetResult,
  type UnitView,
} from "../../core";

/** One rule a unit's warnings name, at one or more cells of a sheet. */
export interface UnitWarning {
  readonly code: string;
  readonly group: FindingGroup;
}

/** What a staff member must act on after a roll-up, before any unit's detail. */
export interface Headline {
  readonly received: number;
  /** Units the campaign or the units list expects; null when nobody said which. */
  readonly expected: number | null;
  /** The province's totals against its targets, only those with a verdict. */
  readonly totals: readonly TargetResult[];
  readonly totalsMet: number;
  /** Late units, the latest first. */
  readonly late: readonly UnitView[];
  readonly partial: readonly UnitView[];
  /**
   * Every unit's warnings, its files' own and the roll-up's, one per rule of a sheet as the CLI and the
   * summary list them: the headline counts these, the things to look at, not the blank cells behind them.
   */
  readonly warnings: readonly UnitWarning[];
}

export function headlineOf(summary: SummaryView): Headline {
  const totals = summary.totalAttainment.filter((r) => r.met !== null);
  return {
    received: summary.units.length,
    expected: summary.expected?.length ?? null,
    totals,
    totalsMet: totals.filter((r) => r.met).length,
    late: summary.units.filter((u) => u.daysLate !== null).sort((a, b) => b.daysLate! - a.daysLate!),
    partial: summary.units.filter((u) => u.status === "partial"),
    warnings: unitWarnings(summary.units).map(({ unit, group }) => ({ code: unit.code, group })),
  };
}
