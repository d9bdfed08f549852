import type { ValueKind } from "../catalog";
import { shownTexts } from "../report/cell-compare";
import type { CellRead } from "../report/form-read";
import { figureText, percentText } from "../text/figure-text";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";
import type { FigureView } from "./cell-lie";

/** A figure as a form writes it: a ratio as a percentage; none, where there is no result. */
export const shownText = (kind: ValueKind, value: number | null): Text =>
  value === null ? WORDS.report.noResult : kind === "ratio" ? percentText(value) : figureText(value);

/** The judge's view of a form cell; `given`: a roll-up's closing stock given as a figure. */
export function figureView(read: CellRead, given: boolean): FigureView {
  const held = read.value;
  const value = held?.type === "number" && Number.isFinite(held.value) ? held.value : null;
  const texts = shownTexts(read);
  return {
    read,
    value,
    texts,
    drawn: texts[0] ?? String(value),
    mustShow: (!read.cell.formula || given) && value !== null && value !== 0,
    given,
  };
}
