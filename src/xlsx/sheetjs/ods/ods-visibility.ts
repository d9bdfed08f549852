import { strFromU8 } from "fflate";
import { areaBetween, fromA1, inArea, WHOLE_SHEET, type Area } from "../../../core/grid/a1";
import type {
  CellConcealment,
  CellSizes,
  DrawingKind,
  Extent,
  GridValue,
  TextLayout,
} from "../../../core/grid/grid";
import type { RuleCondition } from "../../../core/report/rule-conditions";
import { odsRowBound, odsRuleCondition } from "./ods-rule-conditions";
import { streamXml, type XmlAttributes, type XmlHandlers } from "../../xml/xml-stream";
import { OdsCellLayouts, type OdsAlignment } from "./ods-cell-layouts";
import { OdsDateValues } from "./ods-date-values";
import { OdsCellTexts, type OdsTextRun, type UnreadableText } from "./ods-cell-texts";
import { OFFICE_NS, points, STYLE_NS } from "./odf-units";
import { DRAW_NS, OdsDrawings } from "./ods-drawings";
import type { CellLayers } from "./ods-inks";

/** The master page a sheet whose style names none prints with, as LibreOffice names it. */
const DEFAULT_MASTER = "Default";
const TABLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:table:1.0"]);
const CALCEXT_NS = new Set(["urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"]);
const [CALCEXT_URI] = CALCEXT_NS;

/** No program writes more conditional formats to a sheet, or more ranges to one. */
const MAX_CONDITIONAL_FORMATS = 10_000;
const MAX_RANGES = 1_000;

/**
 * The ranges of an ODF range list ("'Biểu 01'.C9:'Biểu 01'.C9 'Biểu 01'.A1"), whatever sheet they
 * name: a conditional format belongs to the sheet it is written in. A range that cannot be read is
 * read as the whole sheet.
 */
function odfAreas(list: string): Area[] {
  const ranges = list.match(/(?:'(?:[^']|'')*'|[^\s'])+/g) ?? [];
  if (ranges.length > MAX_RANGES) return [WHOLE_SHEET];
  return ranges.map((range) => {
    // An ODF cell is its sheet, a dot and its A1 address ("'Biểu 01'.$C$10").
    const ends = (range.match(/(?:'(?:[^']|'')*'|[^:'])+/g) ?? []).map((end) =>
      fromA1(end.slice(end.lastIndexOf(".") + 1)),
    );
    const [first, last = first] = ends;
    return first && last && ends.length <= 2 ? areaBetween(first, last) : WHOLE_SHEET;
  });
}

/**
 * An ODF list of ranges ("'Biểu 01'.A1:'Biểu 01'.K22 'Biểu 01'.N1:.X22") as a workbook names a print
 * area ("'Biểu 01'!A1:K22,'Biểu 01'!N1:X22"), of those on sheet `table` (LibreOffice prints no other):
 * each range's sheet from its first end, a second end naming another sheet left as it is (no range, so it
 * places nothing).
 */
function printRangeList(list: string, table: string): string {
  const ranges = list.match(/(?:'(?:[^']|'')*'|[^\s'])+/g) ?? [];
  return ranges
    .flatMap((range) => {
      const ends = range.match(/(?:'(?:[^']|'')*'|[^:'])+/g) ?? [];
      const split = ends.map((end) => {
        const dot = end.lastIndexOf(".");
        return { sheet: end.slice(0, Math.max(0, dot)).replace(/^\$/, ""), cell: end.slice(dot + 1) };
      });
      const [first, last] = split;
      if (!first || split.length > 2) return ["#REF!"];
      if (first.sheet !== "" && unquoted(first.sheet) !== table) return [];
      const otherSheet = last && last.sheet !== "" && last.sheet !== first.sheet;
      return [`${first.sheet}!${first.cell}${last ? `:${otherSheet ? "#REF!" : last.cell}` : ""}`];
    })
    .join(",");
}

/** A sheet's name as a range's end gives it, quoted or not ("'Biểu 01'", "'Anh''s'"). */
const unquoted = (name: string) =>
  name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;

/** LibreOffice writes a column Excel makes one character wide as 7 points wide. */
export const POINTS_PER_CHARACTER = 7;
/** LibreOffice writes each of Excel's indent levels as 10.5 pt of left margin. */
const POINTS_PER_INDENT = 10.5;
/**
 * The alignments LibreOffice draws a text indented in (`ScDrawStringsVars::SetPattern`): a style's margin
 * beside any other (Standard, centred, justified, repeated) takes no room (red team, round 40).
 */
const INDENTED = new Set(["left", "right"]);

/** The last column a program lays out (LibreOffice's and Excel's 16,384th): a form lies well within. */
const MAX_COLUMN = 16_383;
/** The last row a program lays out (the 1,048,576th). */
const MAX_ROW = 1_048_575;

/** What an .ods hides, which SheetJS does not read: sheets, and rows and columns of each sheet. */
export interface OdsVisibility {
  readonly hiddenSheets: ReadonlySet<string>;
  /** Each sheet's master page (its table style's `style:master-page-name`), whose headers and footers print. */
  readonly masterPages: ReadonlyMap<string, string>;
  /** Each sheet's print ranges (`table:print-ranges`), as the workbook names a print area, where it sets any. */
  readonly printRanges: ReadonlyMap<string, string>;
  /** Whether the document computes with its figures rounded as their cells show them ("precision as shown"). */
  readonly precisionAsShown: boolean;
  /** Whether a cell (row and column from 0) of a sheet sits on a hidden row or column. */
  concealment(sheet: string, row: number, col: number): CellConcealment | undefined;
  /** A cell's row height, where its row's style gives one (its column's width: `columnWidth`). */
  sizes(sheet: string, row: number): CellSizes;
  /** A column's width in characters (from 0), where its style gives one. */
  columnWidth(sheet: string, col: number): number | undefined;
  /**
   * The cell styles a cell (row and column from 0) is drawn in and may take its data style from: its own,
   * else its row's and its column's defaults, else "Default"; apart from them, those LibreOffice's own
   * conditional formats over it apply, whether or not their condition holds (given the cell's value,
   * `holding`, only those whose condition may hold over it); and whether its own styles' `style:map`s apply.
   */
  styleLayers(
    sheet: string,
    row: number,
    col: number,
    holding?: { readonly value: GridValue | undefined },
  ): StyleLayers;
  /** The same of an empty cell (none where it holds a value): what a text running on over it is drawn on. */
  groundLayers(sheet: string, row: number, col: number): StyleLayers;
  /**
   * The alignments a cell holding a value draws its text in on one line, in its own styles that neither
   * wrap, shrink nor turn it.
   */
  lineAlignments(sheet: string, row: number, col: number): readonly string[];
  /** What kind of drawing lies over a cell (row and column from 0) of a sheet, if any. */
  drawnOver(sheet: string, row: number, col: number): DrawingKind | undefined;
  /** A cell's own text, where a drawing is anchored in it (SheetJS adds the drawing's text to it). */
  ownText(sheet: string, row: number, col: number): string | undefined;
  /** The figure a date or time cell shows in a number's format, which SheetJS counts otherwise. */
  ownNumber(sheet: string, row: number, col: number): number | undefined;
  /** The runs of a cell's text, where a span of it gives a text style. */
  textRuns(sheet: string, row: number, col: number): readonly OdsTextRun[] | undefined;
  /** Whether LibreOffice shows a cell's text otherwise than its paragraphs hold it (a field, hidden text). */
  unreadableText(sheet: string, row: number, col: number): boolean;
  /** Whether a cell holds a text of no characters, which SheetJS reads as no value. */
  emptyText(sheet: string, row: number, col: number): boolean;
  /** The cells of a sheet whose text LibreOffice shows otherwise, with what their paragraphs hold. */
  unreadableTexts(sheet: string): readonly UnreadableText[];
  /** How a cell holding a value lays out a text: its own style's alignment, indent and font, its column's width. */
  textLayout(sheet: string, row: number, col: number): TextLayout;
  /** The last row and column of a cell holding a value, where any does: the used range a sheet prints. */
  used(sheet: string): { row: number; col: number } | undefined;
  /** How large an area of a sheet prints at full scale, in points: its shown columns and rows together. */
  extent(sheet: string, area: Area): Extent;
}

/** Where a spreadsheet's calculation settings are: office:document-content › office:body › office:spreadsheet › here. */
const SETTINGS_DEPTH = 3;

/** LibreOffice's default row height and column width, in points, for those no style sizes. */
const DEFAULT_ROW_POINTS = 12.8;
const DEFAULT_COLUMN_POINTS = 64;

/** How LibreOffice names a paragraph's alignment, as the .xlsx format names a cell's. */
const HORIZONTAL: Readonly<Record<string, string>> = {
  start: "left",
  left: "left",
  center: "center",
  end: "right",
  right: "right",
  justify: "justify",
};

/** How a right-to-left paragraph's alignment is drawn: its start is on the right. */
const MIRRORED: Readonly<Record<string, string>> = { start: "right", end: "left" };

/** How a cell style aligns a text: its own fixed alignment (mirrored right to left), repeated, or General. */
const horizontalOf = ({ fixed, align, rightToLeft, repeats }: OdsAlignment) =>
  repeats
    ? "fill"
    : fixed !== false && align
      ? ((rightToLeft ? MIRRORED[align] : undefined) ?? HORIZONTAL[align] ?? align)
      : "general";

/** A cell's styles (see `CellLayers`), with the conditional formats' rules that apply each of `applied`. */
export interface StyleLayers extends CellLayers {
  readonly rules: readonly OdsRule[];
}

/**
 * A condition of a conditional format of LibreOffice's own: the style it applies, where it is read whether
 * it may hold over a cell's value, whether it reads the row alone (holds over all of a row's cells or none).
 */
export interface OdsRule {
  readonly style: string;
  readonly holds: RuleCondition | undefined;
  readonly byRow: boolean;
}

/** A conditional format of LibreOffice's own: where it applies, and its conditions. */
interface ConditionalStyles {
  readonly areas: Area[];
  readonly rules: OdsRule[];
}

/** Rows (from 0, first and last) of a sheet, and the styles of the cells holding values in them. */
interface StyledRows {
  readonly first: number;
  readonly last: number;
  readonly cells: { first: number; last: number; styles: readonly string[] }[];
}

/** Runs of hidden rows or columns, as [first, last] from 0. */
type Runs = [number, number][];

const inRuns = (runs: Runs | undefined, at: number) => runs?.some(([a, b]) => at >= a && at <= b) ?? false;

/** `table:precision-as-shown`, refused where it is no XML boolean: programs would read it apart. */
function precisionOf(attributes: XmlAttributes): boolean {
  const value = attributes.get("precision-as-shown", TABLE_NS) ?? "false";
  if (value !== "true" && value !== "false") throw new Error(`precision-as-shown="${value.slice(0, 20)}"`);
  return value === "true";
}

/** A row or column a program does not show: collapsed, or filtered out. */
const isConcealed = (attributes: XmlAttributes) => {
  const visibility = attributes.get("visibility", TABLE_NS);
  return visibility === "collapse" || visibility === "filter";
};

const repeats = (attributes: XmlAttributes, kind: "rows" | "columns") =>
  Math.max(1, Number(attributes.get(`number-${kind}-repeated`, TABLE_NS)) || 1);

/** Hidden rows and hidden columns of each sheet, as runs. */
type Hidden = Record<"rows" | "columns", Map<string, Runs>>;

/** The family of a row's or a column's automatic style. */
const LINE_FAMILY = { rows: "table-row", columns: "table-column" } as const;

/**
 * The state of odsVisibility's one streaming pass over content.xml (after the cell styles of styles.xml),
 * and the handlers of its elements: what it gathers is read by `ReadVisibility`.
 */
class VisibilityPass {
  readonly hiddenSheets = new Set<string>();
  readonly masterPages = new Map<string, string>();
  readonly printRanges = new Map<string, string>();
  precisionAsShown = false;
  readonly hidden: Hidden = { rows: new Map(), columns: new Map() };
  readonly drawings = new OdsDrawings(points);
  readonly cellTexts = new OdsCellTexts();
  readonly dates = new OdsDateValues();
  /** Each cell style's text layout, through its parents. */
  readonly layouts = new OdsCellLayouts();
  /**
   * Each sheet's rows' heights in points, as runs in order, where their styles give one: judged against
   * the cell's own font (a row is too low under half its font's height), so none is left out here.
   */
  readonly rowHeights = new Map<string, Run[]>();
  /** Each sheet's columns' widths in characters, as runs in order, where their styles give one. */
  readonly columnWidths = new Map<string, Run[]>();
  /** Each sheet's rows with cells holding values, in order. */
  readonly styled = new Map<string, StyledRows[]>();
  /** Each sheet's rows with empty cells, in order: the fills a text running on over them is drawn on. */
  readonly grounds = new Map<string, StyledRows[]>();
  /** Each sheet's conditional formats (LibreOffice's own): where they apply, and the cell styles. */
  readonly conditional = new Map<string, ConditionalStyles[]>();
  /** The sheets whose cell styles' `style:map`s LibreOffice ignores. */
  readonly unmapped = new Set<string>();

  private readonly hiddenStyles = new Set<string>();
  /** Each table style's master page, whose headers and footers a sheet in it prints. */
  private readonly tableMasters = new Map<string, string>();
  /** Every row style's height and column style's width, in points, by family and name: to place drawings. */
  private readonly lengths = new Map<string, number>();
  /** The depth of the sheet's `table:shapes`, while it is read: the drawings anchored to the sheet. */
  private shapesDepth: number | null = null;
  /** The cell being read, where a drawing anchored to it is. */
  private cellAt = { row: 0, col: 0 };
  private conditionalFormats = 0;
  private format: ConditionalStyles | null = null;
  /**
   * Whether a conditional format of LibreOffice's own was met in the sheet or before it: once it has read
   * one, LibreOffice applies no cell style's `style:map` to the cells of the sheets it ends after.
   */
  private conditionalMet = false;
  /** The current sheet's columns' default cell styles, as runs. */
  private columnStyles: { first: number; last: number; style: string | undefined }[] = [];
  /** The row being read: its first row, how many it repeats, its cells' default style. */
  private rowRun: { first: number; count: number; cellStyle: string | undefined } | null = null;
  /** The depth of the cell being read: what is inside it (a nested table's rows) is not the sheet's. */
  private cellDepth: number | null = null;
  private family = "";
  private style: string | null = null;
  private anyStyle: string | null = null;
  private sheet: string | null = null;
  /** Tables inside a table's cells are not sheets: their rows are not the sheet's. */
  private nested = 0;
  /** Whether the spreadsheet's calculation settings are being read. */
  private settingsOpen = false;
  private row = 0;
  private col = 0;

  constructor(styles: Uint8Array | undefined) {
    this.layouts.readPart(styles);
  }

  /** Whether the element read is the sheet's own, outside any cell and any table nested in one. */
  private inSheet(): boolean {
    return this.sheet !== null && this.nested === 0 && this.cellDepth === null;
  }

  open(name: string, attributes: XmlAttributes, namespace: string, depth: number): void {
    this.layouts.open(namespace, name, attributes, depth);
    if (STYLE_NS.has(namespace)) this.openStyle(name, attributes);
    if (namespace === CALCEXT_URI && this.inSheet()) this.openConditional(name, attributes);
    if (this.sheet !== null && this.nested === 0 && (this.shapesDepth !== null || this.cellDepth !== null))
      this.openDrawn(this.sheet, name, attributes, namespace, depth);
    if (TABLE_NS.has(namespace)) this.openTable(name, attributes, depth);
  }

  /** A style: a table style's display and master page, a row's height, a column's width. */
  private openStyle(name: string, attributes: XmlAttributes): void {
    if (name === "style") {
      this.family = attributes.get("family", STYLE_NS) ?? "";
      this.anyStyle = attributes.get("name", STYLE_NS) ?? null;
      this.style = this.family === "table" ? this.anyStyle : null;
      const master = attributes.get("master-page-name", STYLE_NS);
      if (this.style !== null && master !== undefined) this.tableMasters.set(this.style, master);
    } else if (name === "table-properties" && this.style !== null) {
      if (attributes.get("display", TABLE_NS) === "false") this.hiddenStyles.add(this.style);
    } else if (this.anyStyle !== null)
      this.openLineProperties(name, attributes, `${this.family}:${this.anyStyle}`);
  }

  /** A row style's height or a column style's width. */
  private openLineProperties(name: string, attributes: XmlAttributes, key: string): void {
    const measured =
      name === "table-row-properties" && this.family === "table-row"
        ? { rowHeight: points(attributes.get("row-height", STYLE_NS)) }
        : name === "table-column-properties" && this.family === "table-column"
          ? {
              columnWidth: (points(attributes.get("column-width", STYLE_NS)) ?? NaN) / POINTS_PER_CHARACTER,
            }
          : {};
    const [[kind, value] = []] = Object.entries(measured);
    if (value !== undefined && Number.isFinite(value))
      this.lengths.set(key, kind === "columnWidth" ? value * POINTS_PER_CHARACTER : value);
  }

  /** A conditional format of LibreOffice's own (`calcext:`), and each of its conditions. */
  private openConditional(name: string, attributes: XmlAttributes): void {
    if (name === "conditional-formats") this.conditionalMet = true;
    if (name === "conditional-format") {
      if (++this.conditionalFormats > MAX_CONDITIONAL_FORMATS)
        throw new Error("too many conditional formats");
      this.format = { areas: odfAreas(attributes.get("target-range-address", CALCEXT_NS) ?? ""), rules: [] };
      const list = this.conditional.get(this.sheet!) ?? [];
      this.conditional.set(this.sheet!, list);
      list.push(this.format);
    }
    const applied = attributes.get("apply-style-name", CALCEXT_NS);
    if (this.format && applied !== undefined && this.format.rules.length < MAX_RANGES) {
      const condition = attributes.get("value", CALCEXT_NS) ?? "";
      this.format.rules.push({
        style: applied,
        holds: odsRuleCondition(condition, attributes.get("base-cell-address", CALCEXT_NS)),
        byRow: odsRowBound(condition),
      });
    }
  }

  /** What is inside the sheet's shapes or a cell: a drawing, a note shown, a cell's paragraphs. */
  private openDrawn(
    sheet: string,
    name: string,
    attributes: XmlAttributes,
    namespace: string,
    depth: number,
  ) {
    const cell = this.shapesDepth !== null ? undefined : this.cellAt;
    if (cell && OFFICE_NS.has(namespace) && name === "annotation")
      if (attributes.get("display", OFFICE_NS)?.trim() === "true")
        this.drawings.note(sheet, attributes, depth);
    this.drawings.element(sheet, DRAW_NS.has(namespace), name, attributes, depth, cell);
    this.cellTexts.element(namespace, name, attributes, depth);
  }

  /** An element of the table namespace: the calculation settings, a sheet, its shapes, rows, columns, cells. */
  private openTable(name: string, attributes: XmlAttributes, depth: number): void {
    if (name === "calculation-settings") this.precisionAsShown = precisionOf(attributes);
    // LibreOffice reads a document's day 0 only in its calculation settings (a child of the spreadsheet).
    if (name === "calculation-settings" && depth === SETTINGS_DEPTH) this.settingsOpen = true;
    if (name === "null-date" && this.settingsOpen && depth === SETTINGS_DEPTH + 1)
      this.dates.readNullDate(attributes);
    if (name === "shapes" && this.inSheet()) this.shapesDepth = depth;
    if (name === "table") {
      if (this.sheet !== null) this.nested++;
      else this.openSheet(attributes);
    } else if (this.inSheet() && (name === "table-row" || name === "table-column"))
      this.openLine(name === "table-row" ? "rows" : "columns", attributes);
    else if (this.inSheet() && this.rowRun && (name === "table-cell" || name === "covered-table-cell"))
      this.openCell(this.sheet!, this.rowRun, attributes, depth);
  }

  /** A sheet: whether its table style hides it, its master page, its print ranges. */
  private openSheet(attributes: XmlAttributes): void {
    const sheet = attributes.get("name", TABLE_NS) ?? "";
    this.sheet = sheet;
    [this.row, this.col] = [0, 0];
    this.columnStyles = [];
    const tableStyle = attributes.get("style-name", TABLE_NS);
    if (tableStyle !== undefined && this.hiddenStyles.has(tableStyle)) this.hiddenSheets.add(sheet);
    if (!this.masterPages.has(sheet))
      this.masterPages.set(
        sheet,
        (tableStyle !== undefined && this.tableMasters.get(tableStyle)) || DEFAULT_MASTER,
      );
    const printed = attributes.get("print-ranges", TABLE_NS);
    // A sheet set not to print and given no range prints nothing (red team, round 53: the form's page
    // left out of the signed copy); given ranges, LibreOffice prints those of the sheet, and the whole
    // sheet where none is its own or the list is blank but not empty (round 56: a range of another
    // sheet, " ", or an empty list on a sheet that prints, refused while LibreOffice printed the form).
    if (!this.printRanges.has(sheet)) {
      const own = printed ? printRangeList(printed, sheet) : "";
      if (own !== "") this.printRanges.set(sheet, own);
      else if (!printed && attributes.get("print", TABLE_NS) === "false") this.printRanges.set(sheet, "");
    }
  }

  /**
   * A row, or a run of columns, repeated so many times: hidden or not, its height or width (to place
   * drawings, and a column's to judge its figures by), its cells' default style. A row starts the cells
   * read after it.
   */
  private openLine(kind: "rows" | "columns", attributes: XmlAttributes): void {
    const sheet = this.sheet!;
    const first = kind === "rows" ? this.row : this.col;
    const count = repeats(attributes, kind);
    const concealed = isConcealed(attributes);
    if (concealed) hide(this.hidden[kind], sheet, first, count);
    const style = attributes.get("style-name", TABLE_NS);
    const length = this.lengths.get(`${LINE_FAMILY[kind]}:${style}`);
    this.drawings.sized(kind, sheet, first, count, length, concealed);
    const cellStyle = attributes.get("default-cell-style-name", TABLE_NS);
    if (kind === "rows") {
      if (length !== undefined && length > 0) pushRun(this.rowHeights, sheet, first, count, length);
      this.rowRun = { first, count, cellStyle };
      [this.row, this.col] = [first + count, 0];
    } else {
      if (length !== undefined && first <= MAX_COLUMN)
        pushRun(this.columnWidths, sheet, first, count, length / POINTS_PER_CHARACTER);
      this.columnStyles.push({ first, last: first + count - 1, style: cellStyle });
      this.col = first + count;
    }
  }

  /** A cell, repeated so many times along its row: the styles it is drawn in, its text, its date. */
  private openCell(
    sheet: string,
    rowRun: { first: number; count: number; cellStyle: string | undefined },
    attributes: XmlAttributes,
    depth: number,
  ): void {
    const { col } = this;
    const count = repeats(attributes, "columns");
    const last = rowRun.first + rowRun.count - 1;
    const own = attributes.get("style-name", TABLE_NS);
    const defaults = [
      rowRun.cellStyle,
      this.columnStyles.find(({ first, last }) => col >= first && col <= last)?.style,
    ].filter((s): s is string => s !== undefined);
    const styles = own !== undefined ? [own] : defaults.length > 0 ? defaults : ["Default"];
    const into = attributes.get("value-type", OFFICE_NS) !== undefined ? this.styled : this.grounds;
    const list = into.get(sheet) ?? [];
    into.set(sheet, list);
    let rows = list[list.length - 1];
    if (rows?.first !== rowRun.first) list.push((rows = { first: rowRun.first, last, cells: [] }));
    rows.cells.push({ first: col, last: col + count - 1, styles });
    this.cellAt = { row: rowRun.first, col };
    this.cellTexts.cell(sheet, rowRun.first, col, attributes, depth, rowRun.count, count);
    this.dates.cell(sheet, rowRun.first, col, attributes, rowRun.count, count);
    this.col = col + count;
    this.cellDepth = depth;
  }

  text(chunk: string): void {
    this.drawings.text(chunk);
    this.cellTexts.text(chunk);
  }

  close(name: string, namespace: string, depth: number): void {
    this.drawings.closed(depth);
    this.cellTexts.closed(depth);
    this.layouts.close(depth);
    if (STYLE_NS.has(namespace) && name === "style") this.style = this.anyStyle = null;
    if (depth === SETTINGS_DEPTH) this.settingsOpen = false;
    if (depth === this.cellDepth) this.cellDepth = null;
    if (depth === this.shapesDepth) this.shapesDepth = null;
    if (namespace === CALCEXT_URI && name === "conditional-format") this.format = null;
    if (!TABLE_NS.has(namespace)) return;
    if (name === "table") {
      if (this.nested > 0) this.nested--;
      else {
        if (this.conditionalMet && this.sheet !== null) this.unmapped.add(this.sheet);
        this.sheet = null;
      }
    } else if (name === "table-row" && this.nested === 0 && this.cellDepth === null) this.rowRun = null;
  }
}

/** Adds an entry to a sheet's list. */
function pushTo<T>(lists: Map<string, T[]>, sheet: string, entry: T): void {
  const list = lists.get(sheet) ?? [];
  lists.set(sheet, list);
  list.push(entry);
}

/** Adds `count` hidden rows or columns from `first` to a sheet's runs. */
const hide = (runs: Map<string, Runs>, sheet: string, first: number, count: number) =>
  pushTo(runs, sheet, [first, first + count - 1]);

/**
 * The sheets whose table style says `table:display="false"`, and each sheet's rows and columns whose
 * `table:visibility` is collapse or filter. SheetJS reads every .ods sheet, row and column as visible,
 * so a form hidden behind a visible look-alike, or a figure on a hidden row, would be read unseen.
 */
export function odsVisibility(content: Uint8Array, styles?: Uint8Array): OdsVisibility {
  const reader = odsVisibilityReader(styles);
  streamXml(strFromU8(content), reader.content);
  return reader.done();
}

/**
 * odsVisibility in steps, for a pass over content.xml that other readers share: styles.xml read at once,
 * content.xml's elements handed to `content`, and what they say made by `done` once it has read them all.
 */
export function odsVisibilityReader(styles?: Uint8Array): {
  readonly content: XmlHandlers;
  done(): OdsVisibility;
} {
  const pass = new VisibilityPass(styles);
  return {
    content: {
      open: (name, attributes, _, namespace, depth) => pass.open(name, attributes, namespace, depth),
      text: (chunk) => pass.text(chunk),
      close: (name, namespace, depth) => pass.close(name, namespace, depth),
    },
    done: () => new ReadVisibility(pass),
  };
}

/** What the pass over a document gathered, asked of a sheet's cells. */
class ReadVisibility implements OdsVisibility {
  readonly hiddenSheets: ReadonlySet<string>;
  readonly masterPages: ReadonlyMap<string, string>;
  readonly printRanges: ReadonlyMap<string, string>;
  readonly precisionAsShown: boolean;

  constructor(private readonly pass: VisibilityPass) {
    ({
      hiddenSheets: this.hiddenSheets,
      masterPages: this.masterPages,
      printRanges: this.printRanges,
      precisionAsShown: this.precisionAsShown,
    } = pass);
  }

  private layersIn(
    list: readonly StyledRows[] | undefined,
    name: string,
    r: number,
    c: number,
    holding?: { readonly value: GridValue | undefined },
  ): StyleLayers {
    const rows = lastStartingBy(list ?? [], r);
    // A style the document lacks LibreOffice draws in its named Default (red team, round 28).
    const own = (
      rows && r >= rows.first && r <= rows.last
        ? (rows.cells.find(({ first, last }) => c >= first && c <= last)?.styles ?? [])
        : []
    ).map((style) => this.pass.layouts.ownStyle(style));
    const rules = (this.pass.conditional.get(name) ?? []).flatMap(({ areas, rules }) =>
      areas.some((area) => inArea(area, r, c))
        ? rules.filter(({ holds }) => !holding || !holds || holds(holding.value))
        : [],
    );
    return { own, applied: rules.map(({ style }) => style), mapped: !this.pass.unmapped.has(name), rules };
  }

  /**
   * The styles a cell's conditional formats may apply: `applied`, and its own styles' `style:map`s where
   * LibreOffice reads them (`mapped`).
   */
  private conditionalStyles({ own, applied, mapped }: CellLayers): string[] {
    return mapped ? [...applied, ...own.flatMap((style) => this.pass.layouts.mapped(style))] : [...applied];
  }

  styleLayers(name: string, r: number, c: number, holding?: { readonly value: GridValue | undefined }) {
    return this.layersIn(this.pass.styled.get(name), name, r, c, holding);
  }

  groundLayers(name: string, r: number, c: number) {
    return this.layersIn(this.pass.grounds.get(name), name, r, c);
  }

  /**
   * Whether LibreOffice prints a cell blank (its own style says so, or a conditional one it may take), or
   * may draw its text out of it.
   */
  private laidOut(name: string, r: number, c: number, what: "unprinted" | "displaced") {
    const layers = this.styleLayers(name, r, c);
    return [...layers.own, ...this.conditionalStyles(layers)].some(
      (style) => this.pass.layouts.of(style)[what],
    );
  }

  extent(name: string, area: Area): Extent {
    const hiddenRows = mergedRuns(this.pass.hidden.rows.get(name));
    const hiddenColumns = mergedRuns(this.pass.hidden.columns.get(name));
    const widths = this.pass.columnWidths.get(name);
    const heights = this.pass.rowHeights.get(name);
    let width = 0;
    for (let c = area.left; c <= Math.min(area.right, MAX_COLUMN); c++)
      if (!inMerged(hiddenColumns, c)) {
        const characters = runAt(widths, c);
        width += characters !== undefined ? characters * POINTS_PER_CHARACTER : DEFAULT_COLUMN_POINTS;
      }
    let height = 0;
    for (let r = area.top; r <= Math.min(area.bottom, MAX_ROW); r++)
      if (!inMerged(hiddenRows, r)) height += runAt(heights, r) ?? DEFAULT_ROW_POINTS;
    return { width, height };
  }

  used(name: string) {
    const list = this.pass.styled.get(name);
    if (!list || list.length === 0) return undefined;
    let col = 0;
    for (const { cells } of list) for (const { last } of cells) col = Math.max(col, last);
    return { row: list[list.length - 1]!.last, col };
  }

  lineAlignments(name: string, r: number, c: number) {
    const own = this.styleLayers(name, r, c).own.map((style) => this.pass.layouts.of(style));
    return own
      .filter(({ wraps, shrinks, rotation }) => !wraps && !shrinks && rotation === undefined)
      .map(horizontalOf);
  }

  textLayout(name: string, r: number, c: number): TextLayout {
    const layers = this.styleLayers(name, r, c);
    const cellLayouts = layers.own.map((style) => this.pass.layouts.of(style));
    // A conditional style lays the cell out as its own while its condition holds (red team, round 38: one
    // repeating or indenting the figure printed 1,4421,4421,442 or ###): its alignment and indent are
    // read too, where it sets them, of a calcext:conditional-format or of the cell style's own style:map
    // (round 40).
    const conditionalLayouts = this.conditionalStyles(layers).map((style) => this.pass.layouts.of(style));
    const symbolFont = [...cellLayouts, ...conditionalLayouts].find(
      (layout) => layout.symbolFont,
    )?.symbolFont;
    const conditionalHorizontals = conditionalLayouts
      .filter(({ fixed, align, repeats }) => repeats || (fixed !== false && align))
      .map(horizontalOf);
    const horizontal = [...new Set([...cellLayouts.map(horizontalOf), ...conditionalHorizontals])];
    const margin = horizontal.some((h) => INDENTED.has(h))
      ? Math.max(0, ...[...cellLayouts, ...conditionalLayouts].map((layout) => layout.margin ?? 0))
      : 0;
    return {
      horizontal,
      indent: margin / POINTS_PER_INDENT,
      // An indent's room is a length, as the column's width is (red team, round 40: 1.2 in of margin
      // counted as levels of 1.5 digits left 1,442 room in a column of 1.46 in, where LibreOffice
      // printed "###").
      ...(margin > 0 ? { indentWidth: margin } : {}),
      ...(cellLayouts.some(({ rightToLeft }) => rightToLeft) ? { rightToLeft: true } : {}),
      ...turnOf(cellLayouts),
      ...paddingOf(cellLayouts),
      ...(cellLayouts.some(({ shrinks }) => shrinks) ? { shrinks: true } : {}),
      ...(symbolFont !== undefined ? { symbolFont } : {}),
    };
  }

  drawnOver(name: string, r: number, c: number) {
    return this.pass.drawings.drawnOver(name, r, c);
  }

  columnWidth(name: string, c: number) {
    return runAt(this.pass.columnWidths.get(name), c);
  }

  ownText(name: string, r: number, c: number) {
    return this.pass.cellTexts.textOf(name, r, c);
  }

  ownNumber(name: string, r: number, c: number) {
    return this.pass.dates.numberAt(name, r, c);
  }

  textRuns(name: string, r: number, c: number) {
    return this.pass.cellTexts.runsOf(name, r, c);
  }

  unreadableText(name: string, r: number, c: number) {
    return this.pass.cellTexts.unreadableAt(name, r, c);
  }

  emptyText(name: string, r: number, c: number) {
    return this.pass.cellTexts.emptyAt(name, r, c);
  }

  unreadableTexts(name: string) {
    return this.pass.cellTexts.unreadableIn(name);
  }

  concealment(name: string, r: number, c: number): CellConcealment | undefined {
    return inRuns(this.pass.hidden.rows.get(name), r)
      ? "row"
      : inRuns(this.pass.hidden.columns.get(name), c)
        ? "column"
        : this.laidOut(name, r, c, "unprinted")
          ? "unprinted"
          : this.laidOut(name, r, c, "displaced")
            ? "displaced"
            : undefined;
  }

  sizes(name: string, r: number): CellSizes {
    const rowHeight = runAt(this.pass.rowHeights.get(name), r);
    return rowHeight !== undefined ? { rowHeight } : {};
  }
}

/** Hidden runs sorted and merged, to be looked up by halving. */
function mergedRuns(runs: Runs | undefined): Run[] {
  const merged: { first: number; last: number; size: number }[] = [];
  for (const [first, last] of [...(runs ?? [])].sort((a, b) => a[0] - b[0])) {
    const end = merged[merged.length - 1];
    if (end && first <= end.last + 1) end.last = Math.max(end.last, last);
    else merged.push({ first, last, size: 0 });
  }
  return merged;
}

const inMerged = (runs: readonly Run[], at: number) => runAt(runs, at) !== undefined;

/** Rows or columns from `first` to `last` (from 0) of one size. */
interface Run {
  readonly first: number;
  readonly last: number;
  readonly size: number;
}

/** Adds `count` rows or columns from `first` of one size to a sheet's runs, kept in order as they are read. */
function pushRun(runs: Map<string, Run[]>, sheet: string, first: number, count: number, size: number): void {
  const list = runs.get(sheet) ?? [];
  runs.set(sheet, list);
  list.push({ first, last: first + count - 1, size });
}

/** Of runs kept in order, the last that starts at or before row or column `at`. */
function lastStartingBy<T extends { readonly first: number }>(list: readonly T[], at: number): T | undefined {
  let [lo, hi] = [0, list.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (list[mid]!.first <= at) lo = mid;
    else hi = mid - 1;
  }
  return list[lo];
}

/** The size of the run holding row or column `at`. */
function runAt(list: readonly Run[] | undefined, at: number): number | undefined {
  const run = list && lastStartingBy(list, at);
  return run && at >= run.first && at <= run.last ? run.size : undefined;
}

/** The most room across a cell's styles' padding takes, where any pads it. */
function paddingOf(layouts: readonly OdsAlignment[]): Pick<TextLayout, "padding"> {
  const padding = Math.max(0, ...layouts.map((layout) => layout.padding ?? 0));
  return padding > 0 ? { padding } : {};
}

/** The turn of a cell's styles, the first that turns its text: stacked before any angle. */
function turnOf(layouts: readonly OdsAlignment[]): Pick<TextLayout, "rotation" | "upsideDownBy"> {
  if (layouts.some(({ rotation }) => rotation === "stacked")) return { rotation: "stacked" };
  const turned = layouts.find((layout) => layout.rotation !== undefined || layout.upsideDownBy !== undefined);
  return {
    ...(turned?.rotation !== undefined ? { rotation: turned.rotation } : {}),
    ...(turned?.upsideDownBy !== undefined ? { upsideDownBy: turned.upsideDownBy } : {}),
  };
}
