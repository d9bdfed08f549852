import type { Finding, SummaryView, TargetResult, UnitView } from "../../core";

export interface UnitWarning {
  readonly code: string;
  readonly warning: Finding;
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
  /** Every warning of every unit, its files' own and the roll-up's, as the CLI and the summary list them. */
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
    warnings: summary.units.flatMap((u) => u.warnings.map((warning) => ({ code: u.unit.code, warning }))),
  };
}
