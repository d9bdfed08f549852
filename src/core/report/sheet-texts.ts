import { fromA1 } from "../grid/a1";
import type { GridCell, GridSheet } from "../grid/grid";
import { remembered } from "../remembered";
import { nameKey } from "../text/fold";
import { withoutMarks } from "../text/label-marks";

/** Every report of a round repeats the same title, headings and labels; a text's key costs microseconds. */
export const keyOf = remembered(nameKey, 20_000);

/** The key of a text without the marks at its ends, as a person reads it for the heading or label it names. */
export const bareKeyOf = (text: string): string => keysOf(text).bare;

/**
 * A text's key and its bare key, found together: finding a form reads both for every text of its sheet,
 * and one look-up of a text costs as much as its length.
 */
const keysOf = remembered((text: string) => {
  const key = keyOf(text);
  const bare = withoutMarks(text);
  return { key, bare: bare === text ? key : keyOf(bare) };
}, 20_000);

/** A text a cell of a sheet holds: its cell, where it is, and its key (`keyOf`). */
export interface SheetText {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly key: string;
  /** The key of the text without the marks at its ends (`bareKeyOf`). */
  readonly bare: string;
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
    const { key, bare } = keysOf(text);
    out.push({ address, row: at.row, col: at.col, text, key, bare, cell });
  }
  return out;
}
