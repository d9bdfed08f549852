import { fromA1 } from "../grid/a1";
import type { GridCell, GridSheet } from "../grid/grid";
import { remembered } from "../remembered";
import { nameKey } from "../text/fold";

/** Every report of a round repeats the same title, headings and labels; a text's key costs microseconds. */
export const keyOf = remembered(nameKey, 20_000);

/** A text a cell of a sheet holds: its cell, where it is, and its key (`keyOf`). */
export interface SheetText {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly key: string;
  readonly cell: GridCell;
}

const TEXTS = new WeakMap<GridSheet, readonly SheetText[]>();

/**
 * A sheet's texts, in the order it holds them (row by row), each placed and keyed once: finding a form
 * on its sheet reads them for its headings, labels, lines and notes, and a report has hundreds.
 */
export function sheetTexts(sheet: GridSheet): readonly SheetText[] {
  let texts = TEXTS.get(sheet);
  if (!texts) TEXTS.set(sheet, (texts = textsOf(sheet)));
  return texts;
}

function textsOf(sheet: GridSheet): SheetText[] {
  const out: SheetText[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value?.type !== "string") continue;
    const at = fromA1(address);
    if (!at) continue;
    const text = cell.value.value;
    out.push({ address, row: at.row, col: at.col, text, key: keyOf(text), cell });
  }
  return out;
}
