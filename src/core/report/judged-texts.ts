import type { TemplateDef } from "../catalog";
import type { CellSizes, GridSheet, Mutable, TextLayout } from "../grid/grid";
import { FORM_WIDTHS, figureWidth, labelWidths } from "../layout/form-layout";
import { keyOf, lineLanguageOf, sheetTexts } from "./sheet-texts";
import { drawsDigitsAsSymbols } from "./symbol-fonts";

/**
 * A text left-aligned (General, a text's default, or Left) keeps its start in view wherever the template
 * aligns it: only its end may be cut, as by a narrower column.
 */
export const LEFT: ReadonlySet<string> = new Set(["general", "left"]);

/**
 * The layout a reader reports of a text, with its cell's column width, font size and row height (`sizesOf`,
 * where the file gives them, asked only then): only one that may push its start out of view (an indent, an
 * alignment not to the left, a right-to-left reading order), cut it (a turn) or turn it over, so the texts
 * of ordinary cells cost nothing (a report has hundreds).
 */
export function reportedLayout(
  layout: TextLayout,
  sizesOf: () => CellSizes | undefined,
): TextLayout | undefined {
  if (
    !(
      layout.indent > 0 ||
      layout.rightToLeft ||
      layout.rotation !== undefined ||
      layout.upsideDownBy !== undefined ||
      layout.padding !== undefined ||
      layout.shrinks ||
      layout.symbolFont !== undefined ||
      layout.horizontal.some((h) => !LEFT.has(h))
    )
  )
    return undefined;
  const sizes = sizesOf();
  // Set one by one rather than spread: every heading of every report centred in its column comes here.
  const reported: Mutable<TextLayout> = Object.assign({}, layout);
  if (sizes?.columnWidth !== undefined) reported.width = sizes.columnWidth;
  if (sizes?.fontSize !== undefined) reported.fontSize = sizes.fontSize;
  if (layout.rotation !== undefined && sizes?.rowHeight !== undefined) reported.rowHeight = sizes.rowHeight;
  return reported;
}

/**
 * The layout a reader reports of a figure: only a turned one (see `turnedCut`) or one turned over, one
 * shrunk to fit its column (`shrunkSize`) or padded (`showsHashes`), or one in a font whose digits are
 * pictures (`drawsDigitsAsSymbols`), with its sizes.
 */
export const reportedFigureLayout = (layout: TextLayout, sizesOf: () => CellSizes | undefined) =>
  layout.rotation === undefined &&
  layout.upsideDownBy === undefined &&
  layout.padding === undefined &&
  !layout.shrinks &&
  !drawsDigitsAsSymbols(layout.symbolFont)
    ? undefined
    : reportedLayout(layout, sizesOf);

/**
 * How the template lays out a text a person reads to judge the form: its alignment, its column's width in
 * characters (none for a line that runs on over the empty cells beside it), whether it wraps.
 */
export interface TemplateLook {
  readonly horizontal: "general" | "center";
  readonly width?: number;
  readonly wraps: boolean;
}

/** A text a person reads to judge the form, where it is, how its cell lays it out and how the template does. */
export interface JudgedText {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
  readonly layout: TextLayout;
  readonly look: TemplateLook;
}

/**
 * A target's goal, result and assessment, one line in a column as wide as the target block's columns are
 * at least (see `figureWidth`). The template wraps them ("Không áp dụng" in a column of counts), but a
 * reader does not say whether a file's cell still wraps: judged as one line, "Chưa đạt" read right to left
 * in a narrowed column and unwrapped is still named (red team, round 7).
 */
export const FIGURE_LOOK: TemplateLook = {
  horizontal: "general",
  width: FORM_WIDTHS.target,
  wraps: false,
};
/** A column's heading, as wide as its figures' column (see `figureWidth`). */
const headingLook = (width: number): TemplateLook => ({ horizontal: "center", width, wraps: true });
/**
 * A row or target label, as wide as the form's labels in its language (see `labelWidths`). Those widths
 * lay the blank form out thirty times: they are worked out when a label's width is first asked (a label
 * indented, aligned otherwise or cut), not for a reading thread's first report.
 */
const labelLook = (def: TemplateDef, lang: "vi" | "en"): TemplateLook => ({
  horizontal: "general",
  get width() {
    return labelWidths(def)[lang];
  },
  wraps: true,
});
/**
 * The unit and period line runs on over the cells to its right (or a merge of them): it is cut only where a
 * cell holding something stops it before its end (`TextLayout.cutBy`).
 */
const LINE_LOOK: TemplateLook = { horizontal: "general", wraps: false };

const LOOKS = new WeakMap<TemplateDef, ReadonlyMap<string, TemplateLook>>();

/** By text key, the look of each of the form's column headings and row and target labels, in both languages. */
function looksOf(def: TemplateDef): ReadonlyMap<string, TemplateLook> {
  let looks = LOOKS.get(def);
  if (!looks) {
    const out = new Map<string, TemplateLook>();
    const put = (text: string, found: TemplateLook) => {
      if (!out.has(keyOf(text))) out.set(keyOf(text), found);
    };
    for (const lang of ["vi", "en"] as const) {
      def.columns.forEach((column, i) => put(column.label[lang], headingLook(figureWidth(def, i))));
      const label = labelLook(def, lang);
      for (const item of [...def.rows, ...def.targets]) put(item.label[lang], label);
    }
    LOOKS.set(def, (looks = out));
  }
  return looks;
}

/**
 * The texts of a form's sheet a person reads to judge it, whose layout the reader reports: its column
 * headings, its row and target labels, and the unit and period lines above its figures (`above`).
 */
export function judgedTexts(def: TemplateDef, sheet: GridSheet, above: number): JudgedText[] {
  const looks = looksOf(def);
  const out: JudgedText[] = [];
  for (const at of sheetTexts(sheet)) {
    const { address, row, text, key, cell } = at;
    if (!cell.textLayout) continue;
    const found = looks.get(key) ?? (row < above && lineLanguageOf(at) ? LINE_LOOK : undefined);
    if (found) out.push({ sheet: sheet.name, address, text, layout: cell.textLayout, look: found });
  }
  return out;
}
