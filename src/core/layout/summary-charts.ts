import type { Summary, UnitRow } from "../rollup/types";
import { bilingual as both, fill, type Text } from "../text";
import { both as bothSections, en, vi } from "../vocabulary";
import { NUMBER_FORMATS, type PlanChart } from "./plan";
import type { SheetBuilder } from "./sheet-builder";
import { byRank } from "./summary-blocs";
import { SUMMARY_TEXT as T } from "./summary-text";

const C = bothSections(vi.summaryChart, en.summaryChart);

/** More bars than this and a chart's labels overlap: beyond it, the best half and the worst half are drawn. */
export const MAX_BARS = 30;

/** The chart sits right of its data, clear of the frozen name columns, and this many columns wide. */
const CHART_COL = 5;
const CHART_COLS = 8;
/** Rows a chart needs besides one per bar: its title, the value axis and margins. */
const CHART_FRAME_ROWS = 6;
const MIN_CHART_ROWS = 15;

/** One bar: two cells that explain it, its label (the category) and its figure. */
interface Bar {
  readonly lead: readonly [string | number | null, string | number | null];
  readonly label: string;
  readonly value: number;
}

interface BarSet {
  readonly title: Text;
  readonly headers: readonly Text[];
  readonly bars: readonly Bar[];
  /** The label of the row standing for the bars left out; null when every bar is drawn. */
  readonly omitted: string | null;
  /** Where the left-out bars go: after this many of the best. */
  readonly split: number;
}

/** Every bar when they fit, otherwise the best and the worst half of MAX_BARS around a row saying how many were left out. */
function select(
  ranked: readonly Bar[],
  whole: Text,
  partial: Text,
  omitted: Text,
): Pick<BarSet, "title" | "bars" | "omitted" | "split"> {
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

function unitBars(summary: Summary): BarSet {
  const ranked = summary.units
    .filter((u): u is UnitRow & { score: number } => u.score !== null)
    .sort(byRank((u) => u.rank))
    .map((u) => ({ lead: [u.rank, u.unit.code] as const, label: u.unit.name, value: u.score }));
  return {
    headers: [T.rank, T.unitCode, T.unitName, T.score],
    ...select(ranked, T.chartTitle, C.topAndBottom, C.omitted),
  };
}

/** Each bloc's average score over its units that have one; units outside every bloc form a group of their own. */
function blocBars(summary: Summary): BarSet | null {
  if (summary.blocs.length === 0) return null;
  const groups = summary.blocs.map((bloc) => ({
    label: bloc,
    units: summary.units.filter((u) => u.bloc === bloc),
  }));
  const loose = summary.units.filter((u) => u.bloc === null);
  if (loose.length > 0) groups.push({ label: T.noBloc.vi, units: loose });
  const ranked = groups
    .map(({ label, units }) => {
      const scores = units.flatMap((u) => (u.score === null ? [] : [u.score]));
      const value = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
      return { label, scored: scores.length, value };
    })
    .filter((g): g is typeof g & { value: number } => g.value !== null)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .map((g, i) => ({ lead: [i + 1, g.scored] as const, label: g.label, value: g.value }));
  return {
    headers: [T.no, C.scoredUnits, T.bloc, C.averageScore],
    ...select(ranked, C.blocTitle, C.blocTopAndBottom, C.omittedBlocs),
  };
}

/** Writes one set's data from row `top` (heading, headers, bars) and returns its chart and the first free row. */
function writeBars(sheet: SheetBuilder, top: number, set: BarSet): { chart: PlanChart; next: number } {
  sheet.put(top, 0, { value: both(set.title), style: "section" });
  sheet.putRow(top + 1, 0, set.headers.map(both), { style: "header" });
  const first = top + 2;
  const rows: (Bar | string)[] = [...set.bars];
  if (set.omitted !== null) rows.splice(set.split, 0, set.omitted);
  rows.forEach((bar, i) => {
    const r = first + i;
    if (typeof bar === "string") {
      sheet.putRow(r, 0, [null, null, bar, null], { style: "text" });
      return;
    }
    sheet.putRow(r, 0, [...bar.lead, bar.label], { style: "text" });
    sheet.put(r, 3, { value: bar.value, style: "number", numFmt: NUMBER_FORMATS.points });
  });
  const last = first + rows.length - 1;
  const chartRows = Math.max(MIN_CHART_ROWS, rows.length + CHART_FRAME_ROWS);
  const chart: PlanChart = {
    title: set.title,
    categories: { top: first, left: 2, bottom: last, right: 2 },
    values: { top: first, left: 3, bottom: last, right: 3 },
    seriesName: set.headers[3]!.vi,
    anchor: { row: top, col: CHART_COL },
    size: { rows: chartRows, cols: CHART_COLS },
  };
  return { chart, next: top + Math.max(last - top + 1, chartRows) + 1 };
}

/**
 * The summary's charts and the cells they draw from, from row `top` down: the units' scores, and each
 * bloc's average when the campaign has blocs. However many units (or blocs) there are, a chart holds at
 * most MAX_BARS bars, so its labels stay readable.
 */
export function summaryCharts(sheet: SheetBuilder, summary: Summary, top: number): PlanChart[] {
  const charts: PlanChart[] = [];
  let row = top;
  for (const set of [unitBars(summary), blocBars(summary)]) {
    if (set === null || set.bars.length === 0) continue;
    const { chart, next } = writeBars(sheet, row, set);
    charts.push(chart);
    row = next;
  }
  return charts;
}
