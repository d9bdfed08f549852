import type { Summary } from "../../core";

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Bars a narrow pane can still read: beyond this many units only the best and the last are drawn. */
export const MOST_BARS = 30;

/**
 * Units by score, highest first; with more units than {@link MOST_BARS}, the top and bottom halves of
 * that many, so the chart stays readable at any number of units.
 */
export function scoreBars(summary: Summary): { readonly bars: readonly Bar[]; readonly of: number } {
  const scored = summary.units
    .filter((u) => u.score !== null)
    .map((u) => ({ label: u.unit.code, value: u.score! }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const half = MOST_BARS / 2;
  const bars = scored.length <= MOST_BARS ? scored : [...scored.slice(0, half), ...scored.slice(-half)];
  return { bars, of: scored.length };
}

/** Each bloc's share of targets met: targets met by its units over targets judged, a ratio of sums. */
export function blocBars(summary: Summary): readonly Bar[] {
  return summary.blocs.flatMap((bloc) => {
    const units = summary.units.filter((u) => u.bloc === bloc);
    const judged = units.reduce((s, u) => s + u.attainment.filter((a) => a.met !== null).length, 0);
    const met = units.reduce((s, u) => s + u.met, 0);
    return judged > 0 ? [{ label: bloc, value: met / judged }] : [];
  });
}

/** How many units reached each grade, highest grade first; units without a score are left out. */
export const gradeBars = (summary: Summary): readonly Bar[] =>
  summary.grades.map((g) => ({
    label: g.grade,
    value: summary.units.filter((u) => u.grade === g.grade).length,
  }));
