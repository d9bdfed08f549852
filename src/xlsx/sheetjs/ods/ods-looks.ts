import { toA1 } from "../../../core/grid/a1";
import { UNREADABLE_SHOWN, type GridValue } from "../../../core/grid/grid";
import { digitsInPoints } from "../../../core/report/column-room";
import { reportedInks, runsInks } from "../../../core/report/legible";
import type { OdsDataStyles } from "./ods-data-styles";
import { POINTS_PER_CHARACTER, type OdsRule, type OdsVisibility, type StyleLayers } from "./ods-visibility";
import { ruleDrawings } from "../../../core/report/run-over";
import type { CellLooks } from "../cell-looks";

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
    sizes: (r) => ods.sizes(sheet, r),
    // An .ods's widths are in points: a figure's room counts digits.
    room: (sizes) =>
      sizes.columnWidth === undefined
        ? sizes
        : { ...sizes, columnWidth: digitsInPoints(sizes.columnWidth * POINTS_PER_CHARACTER) },
    textShown: () => undefined,
    shownNumber: (cell) => cell.w,
    rendered: (r, c, value) => styles.texts(ods.styleLayers(sheet, r, c), value),
    retexted: (r, c, text) => styles.textsOf(ods.styleLayers(sheet, r, c), text),
    unreadableText: (r, c) => ods.unreadableText(sheet, r, c),
    drawnRuns: (r, c, rowHeight) => {
      const runs = ods.textRuns(sheet, r, c);
      return runs && !ods.unreadableText(sheet, r, c)
        ? [styles.drawnRuns(layers(r, c), runs, rowHeight())]
        : undefined;
    },
    general: (r, c) => styles.showsStandard(layers(r, c).own),
    plainWriting: () => undefined,
    textLayout: (r, c) => ods.textLayout(sheet, r, c),
    inks: (r, c, content) => {
      const cell = layers(r, c);
      const runs = typeof content === "string" ? ods.textRuns(sheet, r, c) : undefined;
      const backgrounds = () =>
        styles.inks(cell, content, { plainToo: true }).map(({ background }) => background);
      return (
        (runs && runsInks(styles.linePieces(cell.own, runs), [...new Set(backgrounds())])) ??
        styles.inks(cell, content)
      );
    },
    lineAlignments: (r, c) => ods.lineAlignments(sheet, r, c),
    bold: (r, c) => styles.bold(layers(r, c).own),
    lineRuns: (r, c) => {
      const runs = ods.textRuns(sheet, r, c);
      return runs && styles.linePieces(layers(r, c).own, runs);
    },
    inksOver: (r, c, ground, content, runs) => {
      const line = layers(r, c);
      const under = ods.groundLayers(sheet, r, ground);
      /** The inks of a cell's styles as a rule over it draws them (its style alone), or as none does. */
      const drawn = (cell: StyleLayers, rule: OdsRule | undefined) =>
        styles.inks({ ...cell, applied: rule ? [rule.style] : [] }, content, {
          plainToo: true,
          appliedOnly: rule !== undefined,
        });
      // A rule over the text may ink it, one over the empty cell fill it (red team, round 60).
      return reportedInks(
        ruleDrawings(line.rules, under.rules, (rule) => rule.byRow).flatMap((drawing) => {
          const cells = drawn(line, drawing.line).map(({ text }) => text);
          const texts = new Set(runs ? runs.flatMap((colour) => (colour ? [colour] : cells)) : cells);
          const backgrounds = new Set(drawn(under, drawing.under).map(({ background }) => background));
          return [...texts].flatMap((text) => [...backgrounds].map((background) => ({ text, background })));
        }),
      );
    },
    struck: (r, c) => styles.struck(layers(r, c)),
    crossed: (r, c) => styles.crossed(layers(r, c)),
    conditionalSizes: (r, c) => styles.conditionalFontSizes(layers(r, c)),
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
