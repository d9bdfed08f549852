import { formDef, type TemplateId } from "../catalog";
import { cellLabel, getCell } from "../form/form";
import { blankFromRoundsMissed, formsLeftOut } from "../rollup/unreported";
import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { wrappedLines } from "./row-heights";
import type { SheetBuilder } from "./sheet-builder";
import { listSheet, type ListSheet } from "./summary-common";
import { WORDS } from "../vocabulary";

const HEADERS = [WORDS.summary.no, WORDS.summary.template, WORDS.summary.indicator, WORDS.summary.unitCode];
/** A figure's label wrapped, the units' codes the widest: one page wide, turned. */
const COLUMN_WIDTHS = [6, 14, 50, 90];

const LIST: ListSheet = {
  name: WORDS.summary.blanksSheet,
  heading: WORDS.summary.unreportedTitle,
  headers: HEADERS,
  columnWidths: COLUMN_WIDTHS,
};
/** The width the codes of the units that left a figure blank wrap in. */
const CODES_WIDTH = COLUMN_WIDTHS[3]!;
/**
 * Lines of codes a row holds at most: Excel shows and prints no row over 409 points (27 lines), so the codes of
 * 500 units in one row, 36 lines, showed 378 of them.
 */
const CODES_LINES = 20;

/** `codes` in rows of at most CODES_LINES lines each, in order. */
function codeRows(codes: readonly string[]): string[] {
  const rows: string[] = [];
  for (let from = 0; from < codes.length; ) {
    // The most codes from `from` that fit: at least one, however long.
    let fits = 1;
    let over = codes.length - from + 1;
    while (over - fits > 1) {
      const mid = (fits + over) >> 1;
      if (wrappedLines(codes.slice(from, from + mid).join(", "), CODES_WIDTH) <= CODES_LINES) fits = mid;
      else over = mid;
    }
    rows.push(codes.slice(from, from + fits).join(", "));
    from += fits;
  }
  return rows;
}

/**
 * "Số liệu để trống": the figures units left blank, each with the codes of the units that did (the totals
 * hold only what the others reported). A unit that sent a form with none of its figures is listed once for
 * the form, not on each figure: 500 units without Biểu 01 took a row of 500 codes for each of its 21
 * figures. A sheet of its own so that its headings print on every page: above Tình trạng nộp's list of units
 * they printed on the first page alone (a sheet repeats one block of rows, there the list's). None when no
 * unit left a figure blank.
 */
export function blanksSheet(summary: Summary): SheetPlan | null {
  if (summary.unreported.length === 0) return null;
  return listSheet(summary, LIST, (sheet, first) => blankRows(summary, sheet, first));
}

/**
 * The units that sent `template` in a round but missed another (a round left out, or its file refused)
 * that its figures blank for the period come from (Biểu 01's, all closing figures, of the last), not a form
 * the unit never sent, as the sheet said of Đắk Nông's KCN (a helper round). A form it sent blank in a round
 * is not one of them, whatever round it missed: a province without Đợt 1 whose Đợt 2 summary left its own
 * plans blank was said to have missed the round they come from.
 */
function roundMissed(summary: Summary, template: TemplateId): ReadonlySet<string> {
  const def = formDef(template, summary.indicators, summary.subRows);
  const sent = summary.units.filter(
    (u) => u.report.templates.includes(template) && blankFromRoundsMissed(u, def),
  );
  return new Set(sent.map((u) => u.unit.code));
}

/** Each figure left blank, from row `first` on, with the codes of the units that left it blank. */
function blankRows(summary: Summary, sheet: SheetBuilder, first: number): void {
  let r = first;
  let listed = 0;
  const list = (sheetName: string, label: string, codes: readonly string[]) =>
    codeRows(codes).forEach((row, k) => {
      // A figure's codes past its first row run on under it, the cells beside them empty but ruled.
      sheet.putRow(r, 0, k === 0 ? [++listed, sheetName] : [null, null], { style: "text" });
      sheet.putRow(r++, 2, [k === 0 ? label : null, row], { style: "rowLabel" });
    });
  const leftOut = formsLeftOut(summary);
  summary.unreported.forEach((u, i) => {
    const def = formDef(u.template, summary.indicators, summary.subRows);
    const whole = leftOut.get(u.template);
    if (whole && summary.unreported[i - 1]?.template !== u.template) {
      const missed = roundMissed(summary, u.template);
      const [none, inRounds] = [
        [...whole].filter((c) => !missed.has(c)),
        [...whole].filter((c) => missed.has(c)),
      ];
      if (none.length > 0) list(def.sheetName, WORDS.summary.everyFigure.vi, none);
      if (inRounds.length > 0) list(def.sheetName, WORDS.summary.everyFigureRoundMissing.vi, inRounds);
    }
    const others = whole ? u.units.filter((code) => !whole.has(code)) : u.units;
    if (others.length > 0) list(def.sheetName, cellLabel(def, getCell(def, u.row, u.col)).vi, others);
  });
}
