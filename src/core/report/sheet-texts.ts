import { canonicalA1Into, fromA1 } from "../grid/a1";
import type { GridCell, GridSheet } from "../grid/grid";
import { remembered } from "../remembered";
import { nameKey } from "../text/fold";
import { withoutMarks } from "../text/label-marks";
import { identityLineLanguage } from "./identity-line";

/** Every report of a round repeats the same title, headings and labels; a text's key costs microseconds. */
export const keyOf = remembered(nameKey, 20_000);

/** The key of a text without the marks at its ends, as a person reads it for the heading or label it names. */
export const bareKeyOf = (text: string): string => keysOf(text).bare;

/**
 * A text's key and its bare key, found together: finding a form reads both for every text of its sheet,
 * and one look-up of a text costs as much as its length.
 */
const keysOf = remembered((text: string): TextKeys => {
  const key = keyOf(text);
  const bare = withoutMarks(text);
  return { key, bare: bare === text ? key : keyOf(bare) };
}, 20_000);

/** What a text is read as, kept with it across reports; `line` found when first asked. */
interface TextKeys {
  readonly key: string;
  readonly bare: string;
  /** The language of the unit and period line it reads as (`identityLineLanguage`); null for none. */
  line?: "vi" | "en" | null;
}

/**
 * The language of the unit and period line a sheet's text reads as, if it reads as one: found once per
 * text across reports, for the form's lines, its judged texts and its texts of several lines alike.
 */
export function lineLanguageOf(at: SheetText): "vi" | "en" | undefined {
  at.keys.line ??= identityLineLanguage(at.text) ?? null;
  return at.keys.line ?? undefined;
}

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
  /** Its keys as kept across reports (see `lineLanguageOf`). */
  readonly keys: TextKeys;
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

/** Where the text being keyed is: its row and column are copied out, the object never kept. */
const PLACE = { row: 0, col: 0 };

function textsOf(sheet: GridSheet): SheetText[] {
  const out: SheetText[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value?.type !== "string") continue;
    const at = canonicalA1Into(address, PLACE) ? PLACE : fromA1(address);
    if (!at) continue;
    const text = cell.value.value;
    const keys = keysOf(text);
    out.push({ address, row: at.row, col: at.col, text, key: keys.key, bare: keys.bare, cell, keys });
  }
  return out;
}
