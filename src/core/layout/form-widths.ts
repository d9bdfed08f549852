import type { ColumnDef, TemplateDef } from "../catalog";
import { largestFittedScale } from "./page";

/**
 * The widths of a form's columns of figures, in characters. A form of many columns must print on one page
 * with its figures readable (issue 64: Biểu 02's fifteen columns of 15, beside labels of 48 and 34, printed
 * its figures 3.7 pt high), so each is as wide as its kind of figure needs: a count as 9,999,999 in bold as
 * LibreOffice draws Calibri where it lacks Carlito (DejaVu Sans Bold), a rate as "100.0%"; money as
 * 999,999,999,999,999 đồng (red team, round 32: at 15 a province's 1,730,373,147,812 đồng showed "###").
 * A parent's larger figures widen their columns (see widenedForFigures); a clerk may widen one too. A form
 * of fewer than three columns has room to spare, and two more columns under it for its target block
 * (target, result, assessment): each of its columns is as wide as 99,999,999 or "Chưa đạt". The three
 * columns the target block stands in are as wide as "Chưa đạt" indented a level (`target`), which clerks
 * do to sub-rows: narrower, it is judged cut (see cut-texts).
 */
export const FORM_WIDTHS = { count: 8, ratio: 8, money: 21, fewColumns: 14, target: 10 } as const;

/** The widths a form's row labels may take, in characters, narrowest first (see widestPrint). */
const LABEL_CANDIDATES = { vi: [20, 24, 30, 36, 42], en: [10, 12, 14, 16, 20, 24] } as const;

export interface LabelWidths {
  readonly vi: number;
  readonly en: number;
}

/** A form of fewer columns than its target block needs: its columns are wider, and two are added. */
const fewColumns = (def: TemplateDef) => def.columns.length < 3;

/** How wide a form's column of figures, its `index`th, is in characters (see FORM_WIDTHS). */
export function figureWidth(def: TemplateDef, index: number): number {
  const column: ColumnDef = def.columns[index]!;
  const own = fewColumns(def) && column.kind !== "money" ? FORM_WIDTHS.fewColumns : FORM_WIDTHS[column.kind];
  return def.targets.length > 0 && index < TARGET_BLOCK_COLUMNS ? Math.max(own, FORM_WIDTHS.target) : own;
}

/** The columns of figures a target block stands in: its target, result and assessment. */
const TARGET_BLOCK_COLUMNS = 3;

/** A form's column widths: its row labels in Vietnamese and in English, then its figures'. */
export const formColumnWidths = (def: TemplateDef, labels: LabelWidths): number[] => [
  labels.vi,
  labels.en,
  ...def.columns.map((_, index) => figureWidth(def, index)),
  ...(fewColumns(def) ? [FORM_WIDTHS.fewColumns, FORM_WIDTHS.fewColumns] : []),
];

/**
 * The row labels' widths that print a form largest on one page, given the printed size of the form laid
 * out with them: wider labels wrap onto fewer lines, so a form of many rows and few columns, held by its
 * height, gains from them; one of many columns, held by its width, loses. The narrowest on a tie.
 */
export function widestPrint(
  def: TemplateDef,
  sizeWith: (labels: LabelWidths) => { width: number; height: number },
): LabelWidths {
  let best: { labels: LabelWidths; scale: number } = {
    labels: { vi: LABEL_CANDIDATES.vi[0], en: LABEL_CANDIDATES.en[0] },
    scale: 0,
  };
  for (const vi of LABEL_CANDIDATES.vi)
    for (const en of LABEL_CANDIDATES.en) {
      const scale = largestFittedScale(sizeWith({ vi, en }), 1);
      if (scale > best.scale) best = { labels: { vi, en }, scale };
    }
  return best.labels;
}
