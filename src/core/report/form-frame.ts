import { toA1 } from "../grid/a1";
import type { TemplateDef } from "../catalog";
import { showsWords, UNREADABLE_SHOWN, type GridCell, type GridSheet, type RowCol } from "../grid/grid";
import { smallSizesOf } from "./drawn-sizes";
import { hiddenFromView } from "./hidden-from-view";
import { tooSmall } from "./legible";
import { mayShowOf } from "./seen-text";
import { bareKeyOf, keyOf, sheetTexts, type SheetText } from "./sheet-texts";

/** A heading or label of the form a person cannot read where the form has it. */
export interface UnseenText {
  readonly label: string;
  /** A1 of its cell. */
  readonly address: string;
}

/**
 * Where a person reads a form on its sheet: by template column (row) key, the sheet column (row) of the
 * form's own heading (label) for it. Absent where the sheet does not carry that heading (label) where a
 * person sees it. `unseen`: the form's headings and labels found where the form has them, but which a
 * person cannot read there, while the figures beside them show.
 */
export interface FormFrame {
  readonly columns: ReadonlyMap<string, number>;
  readonly rows: ReadonlyMap<string, number>;
  /** Where the form's title is, where the sheet carries it where a person sees it. */
  readonly title?: RowCol;
  /** Where each of its headings and labels a person sees is: what its printout must hold beside its figures. */
  readonly texts: readonly RowCol[];
  /**
   * Where a copy of the form on its sheet starts: its title shown again past `title`, or half or more of
   * its row labels shown again past the form's own (a copy retitled "Biểu 01 - …" reads as the form too).
   */
  readonly copiedAt?: RowCol;
  readonly unseen?: readonly UnseenText[];
  /** Its title, headings and labels a picture lies over: read, but some of their words may be hidden. */
  readonly pictured?: readonly UnseenText[];
  /** Its headings and labels whose English, where the template writes it, shows another text. */
  readonly english?: readonly EnglishOther[];
}

/** A heading's or label's English cell showing another text (`shown`) than the template's (`label`). */
export interface EnglishOther extends UnseenText {
  readonly shown: string;
}

interface TextAt {
  readonly row: number;
  readonly col: number;
  readonly key: string;
  /** Whether this is the cell's own text (rather than one a conditional format may show instead). */
  readonly own: boolean;
  /** Whether a person reads this text there. */
  readonly seen: boolean;
  /** The line that hides it, with every figure on it, if one does: its row or its column. */
  readonly line?: "row" | "column";
  /** A picture lies over it (and nothing else hides it). */
  readonly pictured?: true;
}

/**
 * Whether a person sees a cell's text at all: not on a hidden row or column, under a merge, a graphic or
 * a drawing other than a picture, on a row, column or font too small, or in an ink its background hides.
 * A picture over a text (a clerk's logo over the start of the title lines) leaves it read, named apart.
 */
const isSeen = (cell: GridCell): boolean => !hiddenFromView(cell) && !showsWords(cell.underDrawing);

/** The row or column a cell's text is hidden with, if that is what hides it. */
function hidingLine(cell: GridCell): "row" | "column" | undefined {
  const sizes = smallSizesOf(cell);
  const small = sizes && tooSmall(sizes);
  if (cell.hidden === "row" || small === "rowHeight") return "row";
  if (cell.hidden === "column" || small === "columnWidth") return "column";
  return undefined;
}

/**
 * The texts a person may read in a cell besides its own: where a conditional format may show another,
 * those others (the cell's own may never be seen). A text no program is sure to show is none.
 */
export const othersShown = (text: string, cell: GridCell): readonly string[] =>
  mayShowOf(cell)?.filter((shown) => shown !== text) ?? [];

/**
 * The wanted key a text (of key `key`) reads as: its own, or the one it reads as once its ends' marks are
 * read past (red team, round 19: the state-owned row's label retyped as the next row's + " (*)" left the
 * next row's label read on its own row, and the figures beside the retyped one passed as state-owned).
 */
function wantedKey(key: string, bare: string, wanted: ReadonlySet<string>): string | undefined {
  if (wanted.has(key)) return key;
  return bare !== key && wanted.has(bare) ? bare : undefined;
}

/**
 * The sheet's texts of the `wanted` keys (see `wantedKey`), top to bottom and left to right, as people
 * read them: each cell's own text, seen or not, and the others a conditional format may show instead.
 */
function textsOf(sheet: GridSheet, wanted: ReadonlySet<string>): TextAt[] {
  const out: TextAt[] = [];
  // Every text of every report passes here: a spread of the address took most of a form's frame.
  const place = (at: SheetText, key: string, own: boolean, seen: boolean, line?: TextAt["line"]) => {
    const { row, col } = at;
    const pictured = seen && at.cell.underDrawing === "picture";
    const text: TextAt = line ? { row, col, key, own, seen, line } : { row, col, key, own, seen };
    out.push(pictured ? { ...text, pictured } : text);
  };
  for (const at of sheetTexts(sheet)) {
    const others = othersShown(at.text, at.cell);
    const key = wantedKey(at.key, at.bare, wanted);
    // Most of a sheet's texts are not the form's and show as themselves: whether they are seen is not asked.
    if (key === undefined && others.length === 0) continue;
    const seen = isSeen(at.cell);
    if (key !== undefined) place(at, key, true, seen && others.length === 0, hidingLine(at.cell));
    if (!seen) continue;
    for (const other of others) {
      const otherKey =
        other === UNREADABLE_SHOWN ? undefined : wantedKey(keyOf(other), bareKeyOf(other), wanted);
      if (otherKey !== undefined) place(at, otherKey, false, true);
    }
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

type Item = { readonly key: string; readonly label: { readonly vi: string } };
type Bilingual = { readonly key: string; readonly label: { readonly vi: string; readonly en: string } };

/**
 * The items' English cells, where the template writes them beside (`at`) their Vietnamese as read, that
 * show another text (red team, round 19: two rows' English labels swapped passed as ready). A blank or
 * hidden English cell misleads no one and is passed over, as is one holding a figure (the English column
 * deleted) and one beside a Vietnamese text read elsewhere than written (named already as unseen).
 */
function englishOther(
  items: readonly Bilingual[],
  read: ReadonlyMap<string, TextAt>,
  written: ReadonlyMap<string, TextAt>,
  sheet: GridSheet,
  at: (text: TextAt) => RowCol,
): EnglishOther[] {
  return items.flatMap((item) => {
    const [text, ownAt] = [read.get(item.key), written.get(item.key)];
    if (!text || (ownAt && (ownAt.row !== text.row || ownAt.col !== text.col))) return [];
    const { row, col } = at(text);
    const address = toA1(row, col);
    const cell = sheet.cells.get(address);
    // A figure there is the form's, its English column taken out: read as no label (red team, round 25).
    if (cell?.value?.type === "number") return [];
    const other = otherShown(cell, item.label.en);
    return other === undefined ? [] : [{ label: item.label.en, address, shown: other }];
  });
}

/**
 * What a cell where the template writes `wanted` shows instead, if it shows another text: a blank or
 * hidden cell misleads no one; one a conditional format may show otherwise shows each of its texts.
 */
export function otherShown(cell: GridCell | undefined, wanted: string): string | undefined {
  if (cell?.value === undefined || hiddenFromView(cell)) return undefined;
  const own = String(cell.value.value);
  const others = othersShown(own, cell);
  if (others.length === 0 && (own === wanted || own.trim() === "")) return undefined;
  const key = keyOf(wanted);
  const shown = others.length === 0 ? [own] : others;
  return shown.find((text) => text === UNREADABLE_SHOWN || keyOf(text) !== key);
}

/**
 * Each item's text: the first place its text is met, or for the second item of the same text the
 * second place that text is met, and so on. A text met twice at one position counts once there.
 */
function firstPlaces(
  items: readonly Item[],
  texts: readonly TextAt[],
  position: (text: TextAt) => number,
): Map<string, TextAt> {
  const places = new Map<string, TextAt[]>();
  for (const text of texts) {
    let seen = places.get(text.key);
    if (seen === undefined) places.set(text.key, (seen = []));
    const last = seen.at(-1);
    if (!last || position(last) !== position(text)) seen.push(text);
  }
  const used = new Map<string, number>();
  const out = new Map<string, TextAt>();
  for (const item of items) {
    const key = keyOf(item.label.vi);
    const nth = used.get(key) ?? 0;
    used.set(key, nth + 1);
    const place = places.get(key)?.[nth];
    if (place !== undefined) out.set(item.key, place);
  }
  return out;
}

/** By column (row) key, the text of the form's heading (label) for it, among `texts`; and its title. */
interface Placed {
  readonly columns: ReadonlyMap<string, TextAt>;
  readonly rows: ReadonlyMap<string, TextAt>;
  readonly title?: TextAt;
}

/**
 * The form's own headings and labels among `texts`, as rows and columns inserted move them: below the
 * form's title (or from A1 when it was retitled), the first row above the figures (`firstFigureRow`)
 * holding a column heading is the heading row, and each column's heading is its first in that row (from
 * the left); each row's label is its first below that row (from the top). A copy of the form further
 * right or down has the same headings and labels, later.
 */
function placed(def: TemplateDef, all: readonly TextAt[], firstFigureRow: number): Placed {
  const titleKey = keyOf(def.title.vi);
  const found = all.find((text) => text.key === titleKey);
  const title = found ?? { row: -1, col: 0 };
  const texts = all.filter((text) => text.row > title.row && text.col >= title.col);
  const headingKeys = new Set(def.columns.map((c) => keyOf(c.label.vi)));
  const headingRow = texts.find((t) => t.row < firstFigureRow && headingKeys.has(t.key))?.row;
  const columns =
    headingRow === undefined
      ? new Map<string, TextAt>()
      : firstPlaces(
          def.columns,
          texts.filter((t) => t.row === headingRow),
          (t) => t.col,
        );
  const labelled = texts.filter((t) => t.row > (headingRow ?? title.row));
  return {
    columns,
    rows: firstPlaces(def.rows, labelled, (t) => t.row),
    ...(found ? { title: found } : {}),
  };
}

const positions = (places: ReadonlyMap<string, TextAt>, position: (text: TextAt) => number) =>
  new Map([...places].map(([key, text]) => [key, position(text)]));

/**
 * The form's headings (labels) found where the form has them, which a person cannot read there and
 * reads elsewhere or not at all: a heading on a hidden row, a label in an ink its fill hides, a label a
 * conditional format may show as another. A label on a hidden row hides with the figures beside it, as
 * a heading on a hidden column with those under it: those are judged with the figures.
 */
function unseenOf(
  items: readonly Item[],
  written: ReadonlyMap<string, TextAt>,
  read: ReadonlyMap<string, TextAt>,
  line: "row" | "column",
): UnseenText[] {
  return items.flatMap((item) => {
    const text = written.get(item.key);
    const shown = read.get(item.key);
    if (!text || text.seen || text.line === line) return [];
    if (shown && shown.row === text.row && shown.col === text.col) return [];
    return [{ label: item.label.vi, address: toA1(text.row, text.col) }];
  });
}

/** The items' texts, as read, a picture lies over. */
const picturedOf = (items: readonly Item[], read: ReadonlyMap<string, TextAt>): UnseenText[] =>
  items.flatMap((item) => {
    const text = read.get(item.key);
    return text?.pictured ? [{ label: item.label.vi, address: toA1(text.row, text.col) }] : [];
  });

interface RowKeys {
  readonly keys: ReadonlySet<string>;
  /** The targets' labels: the target block names each target once below the form. */
  readonly named: ReadonlySet<string>;
  /** The labels whose English is their Vietnamese, written one cell right of it. */
  readonly alike: ReadonlySet<string>;
}

/** The keys of a form's row labels, made once per template. */
const ROW_KEYS = new WeakMap<TemplateDef, RowKeys>();

function rowKeys(def: TemplateDef): RowKeys {
  let found = ROW_KEYS.get(def);
  if (found) return found;
  const keys = new Set(def.rows.map((row) => keyOf(row.label.vi)));
  // The target block names each target once below the form: an own indicator with no unit of measure
  // has its row's label there, which is no copy (a copy shows it once more).
  const named = new Set(def.targets.map((target) => keyOf(target.label.vi)));
  // An indicator with no English name is labelled in English by its Vietnamese name, one cell right of it
  // (on the form and in the target block): that is the label's English, no copy; a copy shows the
  // Vietnamese label again, which counts.
  const alike = new Set(
    [...def.rows, ...def.targets].flatMap((item) =>
      keyOf(item.label.en) === keyOf(item.label.vi) ? [keyOf(item.label.vi)] : [],
    ),
  );
  ROW_KEYS.set(def, (found = { keys, named, alike }));
  return found;
}

/**
 * The first of the form's row labels shown again on its sheet, past those the form's own rows are read by,
 * where half of its labels or more are (red team, round 56: a copy of Biểu 01 titled "Biểu 01 - …", its
 * figures printed first); none where fewer are, as a label may be written twice by chance.
 */
function labelsAgain(def: TemplateDef, seen: readonly TextAt[], own: ReadonlyMap<string, TextAt>): TextAt[] {
  const { keys, named, alike } = rowKeys(def);
  const placed = new Set(own.values());
  // Gathered in a loop: flatMap's array of one text each, for every text of the sheet, cost more (issue 67).
  const at = new Set<string>();
  for (const text of seen) if (alike.has(text.key)) at.add(`${text.key}@${text.row}:${text.col}`);
  const english = (text: TextAt) => alike.has(text.key) && at.has(`${text.key}@${text.row}:${text.col - 1}`);
  const extra = new Map<string, TextAt[]>();
  for (const text of seen)
    if (keys.has(text.key) && !placed.has(text) && !english(text)) {
      const texts = extra.get(text.key);
      if (texts === undefined) extra.set(text.key, [text]);
      else texts.push(text);
    }
  const byPlace = (a: TextAt, b: TextAt) => a.row - b.row || a.col - b.col;
  const again = [...extra].flatMap(([key, texts]) =>
    texts.sort(byPlace).slice(named.has(key) ? 1 : 0, named.has(key) ? 2 : 1),
  );
  return keys.size >= 2 && again.length * 2 >= keys.size ? again : [];
}

/**
 * The form's own headings and labels on its sheet (see `placed`), as a person reads them: a text a person
 * cannot see is none, and one a conditional format may show as another stands as that other. Those
 * found where the form has them only when texts no one sees count are `unseen`.
 */
export function formFrame(def: TemplateDef, sheet: GridSheet, firstFigureRow: number): FormFrame {
  const all = textsOf(sheet, formKeys(def));
  const seen = all.filter((t) => t.seen);
  const read = placed(def, seen, firstFigureRow);
  const titleKey = keyOf(def.title.vi);
  const copiedAt = [
    ...seen.filter((t) => t.key === titleKey && t !== read.title),
    ...labelsAgain(def, seen, read.rows),
  ].sort((a, b) => a.row - b.row || a.col - b.col)[0];
  const own = all.filter((t) => t.own);
  // Where every text is the cell's own and seen, as on most sheets, the form is written where it is read.
  const written =
    own.length === all.length && seen.length === all.length ? read : placed(def, own, firstFigureRow);
  const unseen = [
    ...unseenOf(def.columns, written.columns, read.columns, "column"),
    ...unseenOf(def.rows, written.rows, read.rows, "row"),
  ];
  const english = [
    ...englishOther(def.rows, read.rows, written.rows, sheet, ({ row, col }) => ({ row, col: col + 1 })),
    ...englishOther(def.columns, read.columns, written.columns, sheet, ({ row, col }) => ({
      row: row + 1,
      col,
    })),
  ];
  const pictured = [
    ...picturedOf([{ key: "", label: def.title }], new Map(read.title ? [["", read.title]] : [])),
    ...picturedOf(def.columns, read.columns),
    ...picturedOf(def.rows, read.rows),
  ];
  return {
    columns: positions(read.columns, (t) => t.col),
    rows: positions(read.rows, (t) => t.row),
    texts: [...read.columns.values(), ...read.rows.values()].map(({ row, col }) => ({ row, col })),
    ...(read.title ? { title: { row: read.title.row, col: read.title.col } } : {}),
    ...(copiedAt ? { copiedAt: { row: copiedAt.row, col: copiedAt.col } } : {}),
    ...(unseen.length > 0 ? { unseen } : {}),
    ...(pictured.length > 0 ? { pictured } : {}),
    ...(english.length > 0 ? { english } : {}),
  };
}
