import { toA1 } from "../../core/grid/a1";
import { UNREADABLE_SHOWN, type GridValue } from "../../core/grid/grid";
import { digitsInPoints } from "../../core/report/column-room";
import { reportedInks } from "../../core/report/legible";
import type { OdsDataStyles } from "../ods/ods-data-styles";
import { POINTS_PER_CHARACTER, type OdsVisibility } from "../ods/ods-visibility";
import type { CellLooks } from "./cell-looks";

/**
 * How the cells of an .ods sheet look, as LibreOffice draws them: from its content (rows, columns,
 * drawings, cell styles) and its data styles, which SheetJS reads only in part. A number shows as
 * LibreOffice saved it and as its data styles render it, never by a format SheetJS derived.
 */
export function odsLooks(
  ods: OdsVisibility,
  styles: OdsDataStyles,
  sheet: string,
  valueAt: (r: number, c: number) => GridValue | undefined,
): CellLooks {
  // Only the conditional formats that may hold over what the cell holds (red team, round 60).
  const layers = (r: number, c: number) => ods.styleLayers(sheet, r, c, { value: valueAt(r, c) });
  return {
    xls: false,
    ownText: (r, c) => ods.ownText(sheet, r, c),
    emptyText: (r, c) => ods.emptyText(sheet, r, c),
    ownNumber: (r, c) => ods.ownNumber(sheet, r, c),
    zeroWide: () => false,
    concealment: (r, c) => ods.concealment(sheet, r, c),
    columnWidth: (c) => ods.columnWidth(sheet, c),
    defaultWidth: undefined,
    fontSize: (r, c) => styles.fontSize(layers(r, c).own),
    sizes: (r, c) => ods.sizes(sheet, r, c),
    // An .ods's widths are in points: a figure's room counts digits.
    room: (sizes) =>
      sizes.columnWidth === undefined
        ? sizes
        : { ...sizes, columnWidth: digitsInPoints(sizes.columnWidth * POINTS_PER_CHARACTER) },
    textShown: () => undefined,
    shownNumber: (cell) => cell.w,
    rendered: (r, c, value) => styles.texts(ods.cellStyles(sheet, r, c), value),
    retexted: (r, c, text) => styles.textsOf(ods.cellStyles(sheet, r, c), text),
    seenText: (r, c, rowHeight) => {
      if (ods.unreadableText(sheet, r, c)) return UNREADABLE_SHOWN;
      const runs = ods.textRuns(sheet, r, c);
      if (!runs) return undefined;
      const { own, applied } = layers(r, c);
      return styles.seenText(own, applied, runs, rowHeight);
    },
    general: (r, c) => styles.showsStandard(layers(r, c).own),
    plainWriting: () => undefined,
    textLayout: (r, c) => ods.textLayout(sheet, r, c),
    inks: (r, c, content) => {
      const { own, applied } = layers(r, c);
      return styles.inks(own, applied, content);
    },
    lineAlignments: (r, c) => ods.lineAlignments(sheet, r, c),
    bold: (r, c) => styles.bold(layers(r, c).own),
    lineRuns: (r, c) => {
      const runs = ods.textRuns(sheet, r, c);
      return runs && styles.linePieces(layers(r, c).own, runs);
    },
    inksOver: (r, c, ground, content, runs) => {
      const { own, applied } = layers(r, c);
      const under = ods.groundLayers(sheet, r, ground);
      const cells = styles.inks(own, applied, content, true).map(({ text }) => text);
      const texts = new Set(runs ? runs.flatMap((colour) => (colour ? [colour] : cells)) : cells);
      const backgrounds = new Set(
        styles.inks(under.own, under.applied, content, true).map(({ background }) => background),
      );
      return reportedInks(
        [...texts].flatMap((text) => [...backgrounds].map((background) => ({ text, background }))),
      );
    },
    struck: (r, c) => {
      const { own, applied } = layers(r, c);
      return styles.struck(own, applied);
    },
    crossed: (r, c) => {
      const { own, applied } = layers(r, c);
      return styles.crossed(own, applied);
    },
    conditionalSizes: (r, c) => {
      const { own, applied } = layers(r, c);
      return styles.conditionalFontSizes(own, applied);
    },
    drawnOver: (r, c) => ods.drawnOver(sheet, r, c),
    judge: () => {},
    // SheetJS reads no cell at all of a paragraph holding some markup (`text:meta`): the form's label
    // there went unread while LibreOffice showed another row's in its place (red team, round 18).
    finish: (cells) => {
      for (const { row, col, text } of ods.unreadableTexts(sheet)) {
        const address = toA1(row, col);
        if (!cells.has(address))
          cells.set(address, { value: { type: "string", value: text }, mayShow: [UNREADABLE_SHOWN] });
      }
    },
  };
}
