import { UNREADABLE_SHOWN, type GridCell, type Ink } from "../../core/grid/grid";
import { contentValue } from "../../core/report/rule-conditions";
import { HASHES, type NumberWriting } from "../../core/report/column-room";
import type { DrawnFigure } from "../../core/report/drawn-figure";
import { shownText } from "../../core/number-formats/format-pieces";
import { isPlainFormat, writingIn } from "../../core/number-formats/number-formats";
import { shownNumber } from "../number-formats/number-formats";
import type { KeptPositions } from "../sheet-geometry/sheet-areas";
import { withConditional, withFonts } from "../conditional-formats/with-conditional";
import type { XlsSheet } from "./xls-sheets";
import type { XlsStyles } from "./xls-styles";

/** A named figure or a heading's text of an .xls sheet, whose conditional formats are read. */
export interface JudgedCell {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly content: number | string;
  /** Its number format. */
  readonly format: string;
  /**
   * For a figure that fits its column: how it would show written so (else as it is) in that font size
   * (points; else its own).
   */
  readonly drawn?: (writing: NumberWriting | undefined, fontSize: number | undefined) => DrawnFigure;
}

/** What a conditional format's number format shows of a content, where it shows something else. */
function shownWith(format: string, content: number | string): string | undefined {
  if (typeof content === "number") return shownNumber(format, content);
  if (isPlainFormat(format)) return undefined;
  const shown = shownText(format, content);
  return shown === content ? undefined : shown;
}

/**
 * Writes into the judged cells of an .xls sheet what its conditional formats may make them show, in
 * what inks, and whether struck through, as the .xlsx reader does: each rule may apply. A rule whose formatting is not read makes
 * what its cells show unknown (`UNREADABLE_SHOWN`).
 */
export function applyXlsConditionals(
  cells: Map<string, GridCell>,
  judged: KeptPositions<JudgedCell>,
  sheet: XlsSheet,
  styles: XlsStyles,
): void {
  const extras = new Map<
    string,
    { mayShow: Set<string>; inks: Map<string, Ink>; struck: boolean; fonts: Set<number> }
  >();
  for (const { areas, look: given, holds } of sheet.conditionals) {
    const look = given === "unreadable" ? given : styles.underRule(given);
    for (const { row, col, address, content, format, drawn } of judged.in(areas)) {
      if (holds && !holds(contentValue(content))) continue;
      let extra = extras.get(address);
      if (!extra)
        extras.set(
          address,
          (extra = { mayShow: new Set(), inks: new Map(), struck: false, fonts: new Set() }),
        );
      if (look === "unreadable") {
        extra.mayShow.add(UNREADABLE_SHOWN);
        continue;
      }
      // A text too: a label a rule may strike through reads as cancelled.
      if (look.struck) extra.struck = true;
      const shown = look.format === undefined ? undefined : shownWith(look.format, content);
      if (shown !== undefined) extra.mayShow.add(shown);
      // Too wide for its column in the conditional format's writing or font size (red team, rounds 10
      // and 11: twelve decimals, a 26-pt font).
      const writing = typeof content === "number" ? writingIn(look.format, shown) : undefined;
      if (drawn && (writing || look.fontSize !== undefined) && drawn(writing, look.fontSize).hashes)
        extra.mayShow.add(HASHES);
      // A font size a rule may draw it in, whether or not it holds: the core judges whether it is too small
      // to read (a 3-pt one) or prints smaller.
      if (look.fontSize !== undefined) extra.fonts.add(look.fontSize);
      const xf = sheet.xfAt(row, col);
      if (xf === undefined) continue;
      for (const ink of styles.conditionalInks(xf, format, content, look))
        extra.inks.set(`${ink.text}/${ink.background}`, ink);
    }
  }
  for (const [address, { mayShow, inks, struck, fonts }] of extras) {
    const held = withConditional(cells.get(address)!, mayShow, inks.values());
    cells.set(address, {
      ...held,
      ...(struck ? { struck } : {}),
      ...(fonts.size > 0 ? { drawnSizes: withFonts(held.drawnSizes, fonts) } : {}),
    });
  }
}
