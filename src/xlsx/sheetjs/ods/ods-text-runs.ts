import type { DrawnRuns, Ink } from "../../../core/grid/grid";
import type { OdsTextRun } from "./ods-cell-texts";
import type { TextStyleLook } from "./ods-inks";
import type { ColouredPiece } from "../../../core/report/run-over";

/** LibreOffice's default font size, where neither the span nor the cell gives one. */
const DEFAULT_SIZE = 10;

/**
 * An .ods cell written in `runs` of text styles as LibreOffice draws it, for the core to judge what a
 * person reads of it: each span's colour on each background the cell's text is drawn on (`inks`, every
 * one), its size or the cell's (`fontSize`, else LibreOffice's default), raised, lowered or squeezed
 * smaller (red team, round 17: LibreOffice writes an .xlsx's white 1-pt runs as spans of
 * `fo:color="#ffffff" fo:font-size="1pt"`). A span's style is one of content.xml's automatic styles
 * (`textStyles`), whose own properties alone LibreOffice draws it in; a name given twice gives each
 * definition's size, colour and font, struck where either strikes it, spaced as the closer sets it.
 */
export function odsDrawnRuns(
  runs: readonly OdsTextRun[],
  textStyles: ReadonlyMap<string, readonly TextStyleLook[]>,
  inks: readonly Ink[],
  fontSize: number | undefined,
  rowHeight: number | undefined,
): DrawnRuns {
  const backgrounds = [...new Set(inks.map((ink) => ink.background))];
  return {
    runs: runs.map(({ text, styles }) => {
      // LibreOffice reads one span deep: a span in a span is refused before (see OdsCellTexts).
      const defined = textStyles.get(styles[styles.length - 1] ?? "") ?? [];
      const colours = defined.flatMap(({ text }) => (text ? [text] : []));
      // A span's own size stands for the cell's, larger or smaller.
      const sizes = defined.map((style) => (style.fontSize ?? fontSize ?? DEFAULT_SIZE) * (style.scale ?? 1));
      const fontSizes = sizes.length > 0 ? sizes : fontSize !== undefined ? [fontSize] : undefined;
      const struck = defined.some((style) => style.struck);
      const spacings = defined.flatMap(({ spacing }) => (spacing !== undefined ? [spacing] : []));
      const fonts = defined.flatMap(({ font }) => (font !== undefined ? [font] : []));
      return {
        text,
        inks: colours.flatMap((colour) => backgrounds.map((background) => ({ text: colour, background }))),
        ...(fontSizes !== undefined ? { fontSizes } : {}),
        ...(struck ? { struck } : {}),
        ...(spacings.length > 0 ? { letterSpacing: Math.min(...spacings) } : {}),
        ...(fonts.length > 0 ? { fonts } : {}),
      };
    }),
    ...(rowHeight !== undefined ? { rowHeight } : {}),
  };
}

/**
 * The runs an .ods cell's text is written in as a line run on over the cells beside it is measured and
 * inked: each span's size (points) and colours, of either definition of its style (red team, round 59:
 * a 28-pt span of the period, a grey one, ran on over grey cells).
 */
export function odsLinePieces(
  runs: readonly OdsTextRun[],
  textStyles: ReadonlyMap<string, readonly TextStyleLook[]>,
  fontSize: number | undefined,
): ColouredPiece[] {
  return runs.map(({ text, styles }) => {
    const defined = textStyles.get(styles[styles.length - 1] ?? "") ?? [];
    const sizes = defined.map((style) => (style.fontSize ?? fontSize ?? DEFAULT_SIZE) * (style.scale ?? 1));
    const largest = sizes.length > 0 ? Math.max(...sizes) : fontSize;
    return {
      text,
      colours: defined.flatMap((style) => (style.text ? [style.text] : [])),
      ...(largest !== undefined ? { fontSize: largest } : {}),
    };
  });
}
