import type { SheetBuilder } from "./sheet-builder";
import { WORDS } from "../vocabulary";

/** Rows left blank under the headings to sign and stamp in, and their height: about 3 cm in all. */
const SIGNING_ROWS = 4;
const SIGNING_ROW_POINTS = 21;

/**
 * The first column of the right-hand block: where the width is split most nearly in half, the left block
 * keeping at least the first column and the right one at least the last.
 */
function rightBlockStart(widths: readonly number[]): number {
  const total = widths.reduce((sum, w) => sum + w, 0);
  let [best, left] = [1, 0];
  let bestGap = Infinity;
  for (let col = 1; col < widths.length; col++) {
    left += widths[col - 1]!;
    const gap = Math.abs(2 * left - total);
    if (gap < bestGap) [best, bestGap] = [col, gap];
  }
  return best;
}

/**
 * The foot of an official report, from row `top`: the place and date line on the right; who prepared the
 * form (left) and the head of the unit (right), each with what to write under it, then the same in
 * English (not on a paper in Vietnamese only: `vietnameseOnly`); then room to sign and stamp. Each block
 * is merged over its half of the sheet's columns (`widths`). Returns the last row it takes.
 */
export function signatureBlock(
  sheet: SheetBuilder,
  top: number,
  widths: readonly number[],
  vietnameseOnly = false,
): number {
  const last = widths.length - 1;
  const split = rightBlockStart(widths);
  const line = (
    row: number,
    left: string | null,
    right: string,
    style: "signature" | "signatureNote" | "signatureEn",
  ) => {
    if (left !== null) sheet.put(row, 0, { value: left, style }).merge(row, 0, row, split - 1);
    sheet.put(row, split, { value: right, style }).merge(row, split, row, last);
  };
  line(top, null, WORDS.print.dateLine.vi, "signatureNote");
  line(top + 1, WORDS.print.preparer.vi, WORDS.print.head.vi, "signature");
  line(top + 2, WORDS.print.preparerSigns.vi, WORDS.print.headSigns.vi, "signatureNote");
  if (!vietnameseOnly)
    line(
      top + 3,
      `${WORDS.print.preparer.en} ${WORDS.print.preparerSigns.en}`,
      `${WORDS.print.head.en} ${WORDS.print.headSigns.en}`,
      "signatureEn",
    );
  const signing = vietnameseOnly ? top + 3 : top + 4;
  const end = signing - 1 + SIGNING_ROWS;
  for (let row = signing; row <= end; row++) sheet.rowHeight(row, SIGNING_ROW_POINTS);
  return end;
}
