import { OFFICE_NS, TABLE_NS } from "./odf-units";
import { DRAW_NS } from "./ods-drawings";
import type { XmlAttributes } from "../../xml/xml-stream";
import { cellKey as key, RepeatedCells } from "./ods-repeated-cells";

const TEXT_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:text:1.0"]);
/** More spaces than a `text:s` of a cell's text needs: a longer run is cut. */
const MAX_SPACES = 1_000;

/**
 * The marks LibreOffice reads in a cell's paragraph, anywhere its text is read: each stands for its text,
 * a bookmark or a reference mark for none (round 19: a label so marked is shown as it is).
 */
const MARKS = new Set([
  "s",
  "tab",
  "line-break",
  "soft-page-break",
  "bookmark",
  "bookmark-start",
  "bookmark-end",
  "reference-mark",
  "reference-mark-start",
  "reference-mark-end",
]);

/** A piece of a cell's text in the text styles of the spans it is in, outermost first. */
export interface OdsTextRun {
  readonly text: string;
  readonly styles: readonly string[];
}

/** A cell's text LibreOffice shows otherwise than its paragraphs hold it: where, and what they hold. */
export interface UnreadableText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** What is kept of a cell that repeats, for each of its copies. */
interface RepeatedText {
  readonly text?: string;
  readonly runs?: readonly OdsTextRun[];
  readonly unreadable?: string;
  readonly empty?: true;
}

/**
 * The most copies of repeated cells with unreadable texts a sheet may give `unreadableIn`: more than a
 * form's area holds. Past it the file is refused: copies left out would be cells SheetJS never read.
 */
const MAX_UNREADABLE_COPIES = 20_000;
/** The cell being read: its paragraphs, its runs, and whether a drawing is anchored in it. */
interface Reading {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The rows and columns the cell repeats over (its row's repeats, its own). */
  readonly rows: number;
  readonly cols: number;
  readonly key: string;
  readonly depth: number;
  /** Whether the cell holds a text (`office:value-type="string"`), its paragraphs the text. */
  readonly text: boolean;
  /**
   * Whether it holds a formula and no value type: how LibreOffice saves a formula whose result is "" (an
   * `=IF(…;"";…)`), with an empty paragraph; a formula saved without a result has none.
   */
  readonly formulaOnly: boolean;
  readonly paragraphs: string[];
  readonly runs: { text: string; styles: readonly string[] }[];
  /** The styled spans open, with their depths. */
  readonly spans: { readonly depth: number; readonly style: string }[];
  /** Whether a span of the cell's text gives a text style. */
  styled: boolean;
  /** The elements open inside the paragraph being read, with their depths. */
  readonly inside: { readonly depth: number; readonly name: string }[];
  /** Whether the paragraph holds markup whose text LibreOffice drops or replaces (see `readable`). */
  unreadable: boolean;
  drawn: boolean;
  /** The depth of the drawing being passed over, whose text is its own, not the cell's. */
  drawing: number | null;
  /** The depth of the paragraph being read. */
  paragraph: number | null;
}

/**
 * The texts of an .ods's cells a drawing is anchored in, as LibreOffice shows them: the cell's own
 * paragraphs, without the drawing's, which SheetJS joins to them ("Tỷ lệ DN …\nTỷ lệ TƯLĐTT …" of a label
 * under a text box made the label a text no form has, and the box over it went unnamed). And the runs of
 * those whose text is written in spans of text styles, a part of which a person may not see.
 */
export class OdsCellTexts {
  private readonly texts = new Map<string, string>();
  private readonly runs = new Map<string, readonly OdsTextRun[]>();
  private readonly unreadable = new Map<string, UnreadableText[]>();
  private readonly unreadableKeys = new Set<string>();
  /** The cells holding a text of no characters. */
  private readonly emptyKeys = new Set<string>();
  /**
   * By sheet, the cells that repeat (LibreOffice writes two alike cells side by side as one): each copy
   * shows the same runs, and a copy can be where a form's label is read (round 19).
   */
  private readonly repeated = new RepeatedCells<RepeatedText>();
  /** By sheet, how many cells the repeated ones of unreadable text stand for. */
  private readonly unreadableCopies = new Map<string, number>();
  private reading: Reading | null = null;

  /**
   * A cell opening (row and column from 0), repeated over `rows` rows and `cols` columns: one without a
   * string value of its own is read.
   */
  cell(
    sheet: string,
    row: number,
    col: number,
    attributes: XmlAttributes,
    depth: number,
    rows = 1,
    cols = 1,
  ): void {
    this.reading =
      attributes.get("string-value", OFFICE_NS) === undefined
        ? {
            sheet,
            row,
            col,
            rows,
            cols,
            key: key(sheet, row, col),
            depth,
            text: attributes.get("value-type", OFFICE_NS) === "string",
            formulaOnly:
              attributes.get("value-type", OFFICE_NS) === undefined &&
              attributes.get("formula", TABLE_NS) !== undefined,
            paragraphs: [],
            runs: [],
            spans: [],
            styled: false,
            inside: [],
            unreadable: false,
            drawn: false,
            drawing: null,
            paragraph: null,
          }
        : null;
  }

  /** Text of the paragraph being read, in the spans open: runs are kept from the first styled span on. */
  private add(reading: Reading, text: string): void {
    reading.paragraphs.push(reading.paragraphs.pop()! + text);
    if (!reading.styled) return;
    const styles = reading.spans.map(({ style }) => style);
    const last = reading.runs[reading.runs.length - 1];
    if (last && last.styles.length === styles.length && last.styles.every((s, i) => s === styles[i]))
      last.text += text;
    else reading.runs.push({ text, styles });
  }

  /** An element inside the cell being read. */
  element(namespace: string, name: string, attributes: XmlAttributes, depth: number): void {
    const reading = this.reading;
    if (!reading || reading.drawing !== null) return;
    if (DRAW_NS.has(namespace)) [reading.drawn, reading.drawing] = [true, depth];
    else if (!TEXT_NS.has(namespace)) {
      if (reading.paragraph !== null) reading.unreadable = true;
      return;
    } else if (depth === reading.depth + 1 && (name === "p" || name === "h")) {
      reading.paragraph = depth;
      if (reading.styled) reading.runs.push({ text: "\n", styles: [] });
      reading.paragraphs.push("");
    } else if (reading.paragraph !== null) {
      if (!readable(name, reading.inside)) reading.unreadable = true;
      reading.inside.push({ depth, name });
      const style = name === "span" ? attributes.get("style-name", TEXT_NS) : undefined;
      if (style !== undefined) {
        // Most cells' texts have no styled span: what came before the first is one unstyled run.
        if (!reading.styled) {
          const before = reading.paragraphs.join("\n");
          if (before) reading.runs.push({ text: before, styles: [] });
          reading.styled = true;
        }
        reading.spans.push({ depth, style });
        return;
      }
      const spaces = Math.min(MAX_SPACES, Number(attributes.get("c", TEXT_NS) ?? 1) || 1);
      const added =
        name === "s" ? " ".repeat(spaces) : name === "tab" ? "\t" : name === "line-break" ? "\n" : "";
      if (added) this.add(reading, added);
    }
  }

  text(chunk: string): void {
    const reading = this.reading;
    if (reading && reading.drawing === null && reading.paragraph !== null) this.add(reading, chunk);
  }

  closed(depth: number): void {
    const reading = this.reading;
    if (!reading) return;
    if (depth === reading.drawing) reading.drawing = null;
    if (depth === reading.inside[reading.inside.length - 1]?.depth) reading.inside.pop();
    if (depth === reading.spans[reading.spans.length - 1]?.depth) reading.spans.pop();
    else if (depth === reading.paragraph) reading.paragraph = null;
    else if (depth === reading.depth) {
      this.keep(reading);
      this.reading = null;
    }
  }

  private keep(reading: Reading): void {
    const { sheet, row, col, rows, cols, key, paragraphs } = reading;
    const text = reading.drawn || reading.unreadable ? paragraphs.join("\n") : undefined;
    // A text of no characters (`<text:p/>`, a formula's "" kept as a value): SheetJS reads a stub, while
    // LibreOffice holds a text its formulas that add it show #VALUE! for (red team, round 42).
    const empty =
      (reading.text || (reading.formulaOnly && paragraphs.length > 0)) &&
      !reading.drawn &&
      paragraphs.every((p) => p === "");
    if (rows > 1 || cols > 1) {
      if (!reading.drawn && !reading.styled && !reading.unreadable && !empty) return;
      if (reading.unreadable) {
        const copies = (this.unreadableCopies.get(sheet) ?? 0) + rows * cols;
        if (copies > MAX_UNREADABLE_COPIES)
          throw new Error(`more than ${MAX_UNREADABLE_COPIES} unreadable copies`);
        this.unreadableCopies.set(sheet, copies);
      }
      this.repeated.add(sheet, row, col, rows, cols, {
        ...(reading.drawn ? { text } : {}),
        ...(reading.styled ? { runs: reading.runs } : {}),
        ...(reading.unreadable ? { unreadable: text } : {}),
        ...(empty ? { empty: true as const } : {}),
      });
      return;
    }
    if (empty) this.emptyKeys.add(key);
    if (reading.drawn) this.texts.set(key, text!);
    if (reading.styled) this.runs.set(key, reading.runs);
    if (!reading.unreadable) return;
    this.unreadableKeys.add(key);
    const texts = this.unreadable.get(sheet) ?? [];
    texts.push({ row, col, text: text! });
    this.unreadable.set(sheet, texts);
  }

  /** Whether a cell holds a text of no characters, which looks blank and is no figure. */
  emptyAt(sheet: string, row: number, col: number): boolean {
    return this.emptyKeys.has(key(sheet, row, col)) || this.repeated.at(sheet, row, col)?.empty === true;
  }

  /** Whether LibreOffice shows a cell's text otherwise than its paragraphs hold it (see `readable`). */
  unreadableAt(sheet: string, row: number, col: number): boolean {
    return (
      this.unreadableKeys.has(key(sheet, row, col)) ||
      this.repeated.at(sheet, row, col)?.unreadable !== undefined
    );
  }

  /** The texts of a sheet's cells LibreOffice shows otherwise than their paragraphs hold them. */
  unreadableIn(sheet: string): readonly UnreadableText[] {
    const out = [...(this.unreadable.get(sheet) ?? [])];
    for (const { row, col, rows, cols, value } of this.repeated.of(sheet)) {
      const { unreadable } = value;
      if (unreadable === undefined) continue;
      for (let r = row; r < row + rows; r++)
        for (let c = col; c < col + cols; c++) out.push({ row: r, col: c, text: unreadable });
    }
    return out;
  }

  /** The runs of a cell's text, where a span of it gives a text style. */
  runsOf(sheet: string, row: number, col: number): readonly OdsTextRun[] | undefined {
    return this.runs.get(key(sheet, row, col)) ?? this.repeated.at(sheet, row, col)?.runs;
  }

  /** The cell's own text, where a drawing is anchored in it. */
  textOf(sheet: string, row: number, col: number): string | undefined {
    return this.texts.get(key(sheet, row, col)) ?? this.repeated.at(sheet, row, col)?.text;
  }
}

/**
 * Whether LibreOffice shows the text of an element met inside a cell's paragraph, within the elements
 * open around it (`inside`): the marks, one span (in a link or not) and one link. It drops the text of
 * anything else (hidden or conditional text, a span in a span, ruby, a heading inside the paragraph…) and
 * writes its own in a field's place (the document's title, the sheet's name, the date), so the cell shows
 * words its paragraphs do not hold, or lacks some they do (red team, round 18: Gnumeric writes a word
 * both bold and coloured as a span in a span, which LibreOffice shows as nothing).
 */
function readable(name: string, inside: readonly { readonly name: string }[]): boolean {
  if (MARKS.has(name)) return true;
  if (name === "span") return inside.every((open) => open.name === "a");
  if (name === "a") return inside.length === 0;
  return false;
}
