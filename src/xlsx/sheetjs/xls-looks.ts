import type * as XLSX from "@e965/xlsx";
import { relativeFontSize } from "../../core/report/column-room";
import { KeptPositions } from "../sheet-geometry/sheet-areas";
import { formatOf, plainLooks, type CellLooks } from "./cell-looks";
import { applyXlsConditionals, type JudgedCell } from "./xls-conditional-cells";
import { inArea } from "../../core/grid/a1";
import { contentValue } from "../../core/report/rule-conditions";
import { xlsDrawnOver, type XlsSheet } from "./xls-sheets";
import type { XlsStyles } from "./xls-styles";
import type { XlsConditional, XlsConditionalLook } from "./xls-conditional-formats";
import { ruleDrawings, type RuleDrawing } from "../../core/report/run-over";
import { DEFAULT_ROW_POINTS } from "./xls-extent";

/**
 * How the cells of an .xls sheet look, from its own records (cell styles, column widths, drawings,
 * conditional formats), which SheetJS does not keep; number formats as SheetJS reads them.
 */
export function xlsLooks(
  sheet: XlsSheet,
  styles: XlsStyles,
  cellAt: (r: number, c: number) => XLSX.CellObject | undefined,
): CellLooks {
  const judged = new KeptPositions<JudgedCell>();
  const format = (r: number, c: number) => formatOf(cellAt(r, c));
  /** The conditional formats over a cell whose formatting is read, that may hold over its `content`. */
  const rulesAt = (r: number, c: number, content?: string) =>
    sheet.conditionals.filter(
      ({ areas, look, holds }) =>
        look !== "unreadable" &&
        (!holds || holds(content === undefined ? undefined : contentValue(content))) &&
        areas.some((area) => inArea(area, r, c)),
    );
  /** A rule's look as Excel draws it and as LibreOffice does. */
  const drawn = (look: XlsConditional["look"]): XlsConditionalLook[] =>
    look === "unreadable" ? [] : [look, ...[styles.underRule(look)].filter((made) => made !== "unreadable")];
  /** The looks a drawing's rules give the text and the empty cell: one rule over both, each its own way alike. */
  const lookPairs = ({ line, under }: RuleDrawing<XlsConditional>) => {
    const [lines, unders] = [line ? drawn(line.look) : [undefined], under ? drawn(under.look) : [undefined]];
    return line && line === under
      ? lines.map((look, i) => ({ line: look, under: unders[i] }))
      : lines.flatMap((look) => unders.map((ground) => ({ line: look, under: ground })));
  };
  return {
    ...plainLooks(true, styles.defaultFontSize),
    // A column of no width, by its COLINFO or, without one, by the sheet's default, is hidden, as Excel
    // and LibreOffice show it (red team, round 12: a COLINFO's coldx of 0, a STANDARDWIDTH of 0).
    zeroWide: (column) => (column ? column.width === 0 : sheet.defaultWidth === 0),
    ownNumber: (r, c) => sheet.formulaNumberAt?.(r, c),
    defaultWidth: sheet.defaultWidth,
    stackedRowHeight: sheet.defaultRowHeight ?? DEFAULT_ROW_POINTS,
    fontSize: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf === undefined ? undefined : styles.fontSize(xf);
    },
    room: (sizes) => ({ ...sizes, fontSize: relativeFontSize(sizes.fontSize, styles.defaultFontSize) }),
    textLayout: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf === undefined ? undefined : styles.textLayout(xf);
    },
    inks: (r, c, content) => {
      const xf = sheet.xfAt(r, c);
      if (xf === undefined) return [];
      return typeof content === "number"
        ? styles.numberInks(xf, format(r, c), content)
        : styles.textInks(xf, format(r, c));
    },
    bold: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf !== undefined && styles.bold(xf);
    },
    lineAlignments: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf === undefined ? [] : styles.lineAlignments(xf);
    },
    lineRuns: (r, c) => {
      const [xf, string] = [sheet.xfAt(r, c), sheet.stringAt?.(r, c)];
      return xf === undefined || string === undefined ? undefined : styles.linePieces(xf, string);
    },
    inksOver: (r, c, ground, content, runs) => {
      const xf = sheet.xfAt(r, c);
      if (xf === undefined) return [];
      const under = sheet.groundXfAt(r, ground);
      // A rule over the text may ink it, one over the empty cell fill it (red team, round 59).
      return ruleDrawings(rulesAt(r, c, content), rulesAt(r, ground), (rule) => rule.byRow === true)
        .flatMap(lookPairs)
        .flatMap(({ line, under: fill }) =>
          styles.textInksOn(xf, format(r, c), under, {
            ...(line ? { line } : {}),
            ...(fill ? { under: fill } : {}),
            ...(runs ? { runs } : {}),
          }),
        );
    },
    struck: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf !== undefined && styles.struck(xf);
    },
    crossed: (r, c) => {
      const xf = sheet.xfAt(r, c);
      return xf !== undefined && styles.crossed(xf);
    },
    unreadableText: () => false,
    drawnRuns: (r, c, rowHeight) => {
      const [xf, string] = [sheet.xfAt(r, c), sheet.stringAt?.(r, c)];
      const drawn =
        xf === undefined || string === undefined ? undefined : styles.drawnRuns(xf, string, rowHeight);
      return drawn && [drawn];
    },
    sizes: (r) => {
      const rowHeight = sheet.rowHeightAt?.(r);
      return rowHeight === undefined ? undefined : { rowHeight };
    },
    drawnOver: (r, c) => xlsDrawnOver(sheet, r, c),
    judge: (cell) => judged.add(cell),
    finish: (cells) => applyXlsConditionals(cells, judged, sheet, styles),
  };
}
