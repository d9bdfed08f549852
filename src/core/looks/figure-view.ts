import type { ValueKind } from "../catalog";
import type { GridCell } from "../grid/grid";
import { shownTexts } from "../report/cell-compare";
import { figureText, percentText } from "../text/figure-text";
import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";
import type { FigureView } from "./cell-lie";

/** A figure as a form writes it: a ratio as a percentage; none, where there is no result. */
export const shownText = (kind: ValueKind, value: number | null): Text =>
  value === null ? WORDS.report.noResult : kind === "ratio" ? percentText(value) : figureText(value);

/** The judge's view of a cell holding a figure of `kind`, `computed` by the template's formula or not. */
export function figureView(read: GridCell, kind: ValueKind, computed: boolean): FigureView {
  const held = read.value;
  const value = held?.type === "number" && Number.isFinite(held.value) ? held.value : null;
  const texts = shownTexts(read);
  return {
    read,
    kind,
    computed,
    value,
    texts,
    drawn: texts[0] ?? String(value),
    mustShow: !computed && value !== null && value !== 0,
  };
}
