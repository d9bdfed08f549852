import type { Ink } from "../../core/grid/grid";
import { NO_FILL, seenText } from "../../core/report/legible";
import type { OdsTextRun } from "./ods-cell-texts";
import type { CellColours, Colour } from "./ods-inks";

/** A text style (`style:family="text"`) as a span's font is followed: what it sets, and its parent. */
export interface TextStyle extends CellColours {
  readonly parent: string | undefined;
}

/** How far a text style's parents are followed: past it, it sets nothing more. */
const MAX_DEPTH = 8;

/** What a span's text styles set, the innermost first, each through its parents. */
function setIn<T>(
  textStyles: ReadonlyMap<string, readonly TextStyle[]>,
  names: readonly string[],
  take: (style: TextStyle) => T | undefined,
): T | undefined {
  for (const name of [...names].reverse()) {
    let style: string | undefined = name;
    for (let depth = 0; style !== undefined && depth <= MAX_DEPTH; depth++) {
      const defined: readonly TextStyle[] = textStyles.get(style) ?? [];
      const found = defined.map(take).find((value) => value !== undefined);
      if (found !== undefined) return found;
      style = defined.find((s) => s.parent !== undefined)?.parent;
    }
  }
  return undefined;
}

/**
 * The text a person reads of an .ods cell written in `runs` of text styles, where that is not the whole of
 * it: each span's colour on each background the cell's text is drawn on (`inks`: the cell's own, black on
 * white left out), its size or the cell's (`fontSize`), raised or lowered smaller (red team, round 17:
 * LibreOffice writes an .xlsx's white 1-pt runs as spans of `fo:color="#ffffff" fo:font-size="1pt"`).
 */
export function odsSeenText(
  runs: readonly OdsTextRun[],
  textStyles: ReadonlyMap<string, readonly TextStyle[]>,
  inks: readonly Ink[],
  fontSize: number | undefined,
): string | undefined {
  const backgrounds = inks.length > 0 ? [...new Set(inks.map((ink) => ink.background))] : [NO_FILL];
  const seen = seenText(
    runs.map(({ text, styles }) => {
      const colour = setIn<Colour>(textStyles, styles, (style) => style.text);
      const size = setIn(textStyles, styles, (style) => style.fontSize) ?? fontSize;
      const scale = setIn(textStyles, styles, (style) => style.scale) ?? 1;
      return {
        text,
        inks: colour ? backgrounds.map((background) => ({ text: colour, background })) : [],
        ...(size !== undefined ? { fontSize: size * scale } : {}),
      };
    }),
  );
  return seen === runs.map(({ text }) => text).join("") ? undefined : seen;
}
