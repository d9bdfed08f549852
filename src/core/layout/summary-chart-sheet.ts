import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { summaryCharts } from "./summary-charts";
import { namesWidth, summaryAbout, title } from "./summary-common";
import { WORDS } from "../vocabulary";

/** Below the title block: the first chart's heading. */
const FIRST_ROW = 3;
/**
 * Rank, code and name of a bar, its figure, a gap, then the chart's eight columns (see summaryCharts):
 * narrow enough to print upright where the charts take more than a page, a chart of the most bars whole.
 * The names' column is as wide as the longest name, within LABEL_WIDTH: beyond it a name wraps, its row
 * grows and the chart over it with the row.
 */
const LEAD_WIDTHS = [6, 12];
const LABEL_WIDTH = { least: 30, most: 40 } as const;
const TRAIL_WIDTHS = [10, 1, ...Array<number>(8).fill(7)];
const LAST_COL = LEAD_WIDTHS.length + TRAIL_WIDTHS.length;

/**
 * The summary's charts on a sheet of their own, with the figures they draw: the units' scores and each
 * bloc's average. Printed, each chart keeps to a page under its own headings; under the overview's
 * table they printed below that table's repeated headings ("Mã đơn vị" over the number of units scored,
 * red team, round 36). None when there is nothing to draw.
 */
export function chartSheet(summary: Summary): SheetPlan | null {
  const sheet = new SheetBuilder(WORDS.summary.chartSheet.vi, WORDS.summary.chartSheet);
  title(sheet, summary, LAST_COL, false);
  const { charts, labels } = summaryCharts(sheet, summary, FIRST_ROW);
  if (charts.length === 0) return null;
  const plan = sheet.build({
    columnWidths: [...LEAD_WIDTHS, namesWidth(labels, LABEL_WIDTH.least, LABEL_WIDTH.most), ...TRAIL_WIDTHS],
    protect: false,
    charts,
  });
  return printable(plan, { about: summaryAbout(summary) });
}
