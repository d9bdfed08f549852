import type { Ink } from "../../../core/grid/grid";
import { isDrawnSize, seenText } from "../../../core/report/legible";
import { symbolFontOf } from "../../../core/report/symbol-fonts";
import type { OdsTextRun } from "./ods-cell-texts";
import type { TextStyleLook } from "./ods-inks";
import type { ColouredPiece } from "../../../core/report/run-over";

/** LibreOffice's default font size, where neither the span nor the cell gives one. */
const DEFAULT_SIZE = 10;

/**
 * The text a person reads of an .ods cell written in `runs` of text styles, where that is not the whole of
 * it: each span's colour on each background the cell's text is drawn on (`inks`, every one), its size or
 * the cell's (`fontSize`, else LibreOffice's default), raised, lowered or squeezed smaller (red team, round 17: LibreOffice writes an
 * .xlsx's white 1-pt runs as spans of `fo:color="#ffffff" fo:font-size="1pt"`). A span's style is one of
 * content.xml's automatic styles (`textStyles`), whose own properties alone LibreOffice draws it in; a
 * name given twice hides the span where either definition does.
 */
export function odsSeenText(
  runs: readonly OdsTextRun[],
  textStyles: ReadonlyMap<string, readonly TextStyleLook[]>,
  inks: readonly Ink[],
  fontSize: number | undefined,
  rowHeight: number | undefined,
): string | undefined {
  const backgrounds = [...new Set(inks.map((ink) => ink.background))];
  return seenText(
    runs.map(({ text, styles }) => {
      // LibreOffice reads one span deep: a span in a span is refused before (see OdsCellTexts).
      const defined = textStyles.get(styles[styles.length - 1] ?? "") ?? [];
      const colours = defined.flatMap(({ text }) => (text ? [text] : []));
      // A span's own size stands for the cell's, larger or smaller; of two definitions, the one that hides.
      const sizes = defined.map((style) => (style.fontSize ?? fontSize ?? DEFAULT_SIZE) * (style.scale ?? 1));
      const judged =
        sizes.find((points) => !isDrawnSize(points)) ?? (sizes.length > 0 ? Math.max(...sizes) : fontSize);
      // Of two definitions, one that strikes the span or sets a font of symbols hides it.
      const struck = defined.some((style) => style.struck);
      const spacings = defined.flatMap(({ spacing }) => (spacing !== undefined ? [spacing] : []));
      const font = defined.find((style) => symbolFontOf(style.font) !== undefined)?.font;
      return {
        text,
        inks: colours.flatMap((colour) => backgrounds.map((background) => ({ text: colour, background }))),
        ...(judged !== undefined ? { fontSize: judged } : {}),
        ...(struck ? { struck } : {}),
        ...(spacings.length > 0 ? { letterSpacing: Math.min(...spacings) } : {}),
        ...(font !== undefined ? { font } : {}),
      };
    }),
    rowHeight,
  );
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
