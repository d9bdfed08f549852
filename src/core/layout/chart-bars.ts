import { inBloc } from "../campaign/bloc-groups";
import type { UnitRow } from "../rollup/types";
import { fill, type Text } from "../text/text";
import { byRank } from "../rollup/rank-order";
import { WORDS } from "../vocabulary";

/** More bars than this and a chart's labels overlap: beyond it, the best half and the worst half are drawn. */
export const MAX_BARS = 30;

/** What the charts need of a unit: a summary's rows and a screen's view of them both have it. */
type ChartedUnit = Pick<UnitRow, "unit" | "bloc" | "score" | "rank">;

/** What the charts need of a roll-up, whole or as a screen sees it. */
export interface ChartSource {
  readonly blocs: readonly string[];
  readonly units: readonly ChartedUnit[];
}

/** One bar: two cells that explain it, its label (the category) and its figure. */
export interface Bar {
  readonly lead: readonly [string | number | null, string | number | null];
  readonly label: string;
  /**
   * The label where little room is left for it: it starts with what tells the bar from every other
   * (a unit's code), so a label cut short still names its bar.
   */
  readonly short: string;
  readonly value: number;
}

/** A bloc's bar: besides its cells, how many of its units have a score, which its average is of. */
export interface BlocBar extends Bar {
  readonly scored: number;
}

export interface BarSet<B extends Bar = Bar> {
  readonly title: Text;
  readonly headers: readonly Text[];
  readonly bars: readonly B[];
  /** The label of the row standing for the bars left out; null when every bar is drawn. */
  readonly omitted: string | null;
  /** Where the left-out bars go: after this many of the best. */
  readonly split: number;
}

/** Every bar when they fit, otherwise the best and the worst half of MAX_BARS around a row saying how many were left out. */
function select<B extends Bar>(
  ranked: readonly B[],
  whole: Text,
  partial: Text,
  omitted: Text,
): Pick<BarSet<B>, "title" | "bars" | "omitted" | "split"> {
  if (ranked.length <= MAX_BARS) return { title: whole, bars: ranked, omitted: null, split: ranked.length };
  const best = Math.ceil(MAX_BARS / 2);
  const worst = MAX_BARS - best;
  const left = ranked.length - MAX_BARS;
  return {
    title: fill(partial, { best, worst, count: ranked.length }),
    bars: [...ranked.slice(0, best), ...ranked.slice(-worst)],
    omitted: fill(omitted, { count: left }).vi,
    split: best,
  };
}

/** The units by score, best first: every one when they fit, the best and the worst otherwise. */
export function unitBars(summary: ChartSource): BarSet {
  const ranked = summary.units
    .filter((u): u is ChartedUnit & { score: number } => u.score !== null)
    .sort(byRank((u) => u.rank))
    .map((u) => ({
      lead: [u.rank, u.unit.code] as const,
      label: u.unit.name,
      short: `${u.unit.code} ${u.unit.name}`,
      value: u.score,
    }));
  return {
    headers: [WORDS.summary.rank, WORDS.summary.unitCode, WORDS.summary.unitName, WORDS.summary.score],
    ...select(ranked, WORDS.summary.chartTitle, WORDS.summaryChart.topAndBottom, WORDS.summaryChart.omitted),
  };
}

/** Each bloc's average score over its units that have one; units outside every bloc form a group of their own. */
export function blocBars(summary: ChartSource): BarSet<BlocBar> | null {
  if (summary.blocs.length === 0) return null;
  const groups = summary.blocs.map((bloc) => ({
    label: bloc,
    units: summary.units.filter(inBloc(bloc)),
  }));
  const loose = summary.units.filter((u) => u.bloc === null);
  if (loose.length > 0) groups.push({ label: WORDS.summary.noBloc.vi, units: loose });
  const ranked = groups
    .map(({ label, units }) => {
      const scores = units.flatMap((u) => (u.score === null ? [] : [u.score]));
      const value = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      return { label, scored: scores.length, value };
    })
    .filter((g): g is typeof g & { value: number } => g.value !== null)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .map(
      (g, i): BlocBar => ({
        lead: [i + 1, g.scored],
        label: g.label,
        short: g.label,
        value: g.value,
        scored: g.scored,
      }),
    );
  return {
    headers: [
      WORDS.summary.no,
      WORDS.summaryChart.scoredUnits,
      WORDS.summary.bloc,
      WORDS.summaryChart.averageScore,
    ],
    ...select(
      ranked,
      WORDS.summaryChart.blocTitle,
      WORDS.summaryChart.blocTopAndBottom,
      WORDS.summaryChart.omittedBlocs,
    ),
  };
}
