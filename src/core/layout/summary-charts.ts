import type { Summary } from "../rollup/types";
import { bilingual as both } from "../text/text";
import { blocBars, unitBars, type Bar, type BarSet } from "./chart-bars";
import { NUMBER_FORMATS, type PlanChart } from "./plan";
import type { SheetBuilder } from "./sheet-builder";

/** The chart sits right of its data, clear of the frozen name columns, and this many columns wide. */
const CHART_COL = 5;
const CHART_COLS = 8;
/** The bars' labels (units' or blocs' names), wrapped where longer than their column. */
const LABEL_COL = 2;
/** Rows a chart needs besides one per bar: its title, the value axis and margins. */
const CHART_FRAME_ROWS = 6;
const MIN_CHART_ROWS = 15;

/** Writes one set's data from row `top` (heading, headers, bars) and returns its chart and the first free row. */
function writeBars(sheet: SheetBuilder, top: number, set: BarSet): { chart: PlanChart; next: number } {
  // Over the data, beside the chart's top (which would cover it), on as many lines as its Vietnamese and
  // English take (review).
  sheet.put(top, 0, { value: both(set.title), style: "sectionWrapped" }).merge(top, 0, top, CHART_COL - 1);
  sheet.putRow(top + 1, 0, set.headers.map(both), { style: "header" });
  const first = top + 2;
  const rows: (Bar | string)[] = [...set.bars];
  if (set.omitted !== null) rows.splice(set.split, 0, set.omitted);
  rows.forEach((bar, i) => {
    const r = first + i;
    if (typeof bar === "string") {
      sheet
        .putRow(r, 0, [null, null], { style: "text" })
        .put(r, LABEL_COL, { value: bar, style: "rowLabel" });
      sheet.put(r, 3, { value: null, style: "text" });
      return;
    }
    sheet
      .putRow(r, 0, bar.lead, { style: "text" })
      .put(r, LABEL_COL, { value: bar.label, style: "rowLabel" });
    sheet.put(r, 3, { value: bar.value, style: "number", numFmt: NUMBER_FORMATS.points });
  });
  const last = first + rows.length - 1;
  const chartRows = Math.max(MIN_CHART_ROWS, rows.length + CHART_FRAME_ROWS);
  const chart: PlanChart = {
    title: set.title,
    categories: { top: first, left: LABEL_COL, bottom: last, right: LABEL_COL },
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
 * most MAX_BARS bars, so its labels stay readable. `labels` are the names the cells list, to size their
 * column by.
 */
export function summaryCharts(
  sheet: SheetBuilder,
  summary: Summary,
  top: number,
): { charts: PlanChart[]; labels: string[] } {
  const charts: PlanChart[] = [];
  const labels: string[] = [];
  let row = top;
  for (const set of [unitBars(summary), blocBars(summary)]) {
    if (set === null || set.bars.length === 0) continue;
    const { chart, next } = writeBars(sheet, row, set);
    charts.push(chart);
    labels.push(...set.bars.map((bar) => bar.label));
    row = next;
  }
  return { charts, labels };
}
