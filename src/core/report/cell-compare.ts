import { quoteSheet } from "../grid/a1";
import type { GridCell } from "../grid/grid";
import { shown, type Text } from "../text/text";
import { plainSpaces } from "./column-room";
import { mayShowOf } from "./seen-text";

/** Equal but for floating-point noise: a result as a program caches it against the same result computed. */
export const sameFigure = (computed: number, held: number) =>
  Math.abs(computed - held) <= 1e-9 * Math.max(1, Math.abs(computed));

/** Text from a received file, cut short so a hostile file cannot flood messages and sheets. */
const QUOTED_MAX = 80;
export const quoted = (text: string) => shown(plainSpaces(text), QUOTED_MAX);

/** Such a text as a message's parameter, the same in both languages. */
export function quotedText(text: string): Text {
  const cut = quoted(text);
  return { vi: cut, en: cut };
}

/** A reference from a cell of `sheet` to `to`, as the templates write one: bare on the same sheet. */
export const referenceFrom = (sheet: string, to: { readonly sheet: string; readonly address: string }) =>
  to.sheet === sheet ? to.address : `${quoteSheet(to.sheet)}!${to.address}`;

/** What a program may show in a cell, where the reader says it: its format's text, a conditional format's. */
export const shownTexts = (cell: GridCell): string[] => [
  ...(cell.shown !== undefined ? [cell.shown] : []),
  ...(mayShowOf(cell) ?? []),
];
