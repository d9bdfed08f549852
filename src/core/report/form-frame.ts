import { fromA1 } from "../grid/a1";
import type { TemplateDef } from "../catalog";
import type { GridSheet, RowCol } from "../grid/grid";
import { remembered } from "../remembered";
import { nameKey } from "../text/fold";

/**
 * Where a person reads a form on its sheet: by template column (row) key, the sheet column (row) of the
 * form's own heading (label) for it. Absent where the sheet does not carry that heading (label).
 */
export interface FormFrame {
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: ReadonlyMap<string, number>;
  /** Where the form's title is, where the sheet carries it. */
  readonly title?: RowCol;
}

/** Every report of a round repeats the same title, headings and labels; a text's key costs microseconds. */
const keyOf = remembered(nameKey, 20_000);

interface TextAt {
  readonly row: number;
  readonly col: number;
  readonly key: string;
}

/** The sheet's text cells of the `wanted` keys, top to bottom and left to right, as people read them. */
function textsOf(sheet: GridSheet, wanted: ReadonlySet<string>): TextAt[] {
  const out: TextAt[] = [];
  for (const [address, cell] of sheet.cells) {
    if (cell.value?.type !== "string") continue;
    const key = keyOf(cell.value.value);
    const at = wanted.has(key) ? fromA1(address) : null;
    if (at) out.push({ ...at, key });
  }
  return out.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The keys of a form's title, headings and labels, made once per template. */
const FORM_KEYS = new WeakMap<TemplateDef, ReadonlySet<string>>();

function formKeys(def: TemplateDef): ReadonlySet<string> {
  let keys = FORM_KEYS.get(def);
  if (!keys)
    FORM_KEYS.set(
      def,
      (keys = new Set(
        [def.title, ...def.columns.map((c) => c.label), ...def.rows.map((r) => r.label)].map((t) =>
          keyOf(t.vi),
        ),
      )),
    );
  return keys;
}

/**
 * Each item's position: the first place its text is met, or for the second item of the same text the
 * second place that text is met, and so on. A text met twice at one position counts once there.
 */
function firstPlaces(
  items: readonly { readonly key: string; readonly label: { readonly vi: string } }[],
  texts: readonly TextAt[],
  position: (text: TextAt) => number,
): Map<string, number> {
  const places = new Map<string, number[]>();
  for (const text of texts) {
    const seen = places.get(text.key) ?? [];
    if (seen.at(-1) !== position(text)) places.set(text.key, [...seen, position(text)]);
  }
  const used = new Map<string, number>();
  const out = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item.label.vi);
    const nth = used.get(key) ?? 0;
    used.set(key, nth + 1);
    const place = places.get(key)?.[nth];
    if (place !== undefined) out.set(item.key, place);
  }
  return out;
}

/**
 * The form's own headings and labels on its sheet, found by their text, as rows and columns inserted
 * move them: below the form's title (or from A1 when it was retitled), the first row above the figures
 * (`firstFigureRow`) holding a column heading is the heading row, and each column's heading is its first
 * in that row (from the left); each row's label is its first below that row (from the top). A copy of
 * the form further right or down has the same headings and labels, later.
 */
export function formFrame(def: TemplateDef, sheet: GridSheet, firstFigureRow: number): FormFrame {
  const titleKey = keyOf(def.title.vi);
  const all = textsOf(sheet, formKeys(def));
  const found = all.find((text) => text.key === titleKey);
  const title = found ?? { row: -1, col: 0 };
  const texts = all.filter((text) => text.row > title.row && text.col >= title.col);
  const headingKeys = new Set(def.columns.map((c) => keyOf(c.label.vi)));
  const headingRow = texts.find((t) => t.row < firstFigureRow && headingKeys.has(t.key))?.row;
  const columns =
    headingRow === undefined
      ? new Map<string, number>()
      : firstPlaces(
          def.columns,
          texts.filter((t) => t.row === headingRow),
          (t) => t.col,
        );
  const labelled = texts.filter((t) => t.row > (headingRow ?? title.row));
  return {
    columns,
    rows: firstPlaces(def.rows, labelled, (t) => t.row),
    ...(found ? { title: { row: found.row, col: found.col } } : {}),
  };
}
