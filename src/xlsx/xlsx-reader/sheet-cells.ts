import { canonicalA1Into, toA1 } from "../../core/grid/a1";
import {
  UNREADABLE_SHOWN,
  type DrawnRuns,
  type GridCell,
  type GridValue,
  type Ink,
  type Mutable,
} from "../../core/grid/grid";
import type { CellStyles } from "./cell-styles";
import { FileError } from "../errors";
import type { ReadLimits } from "../limits";
import { StringItems, type StyledRun } from "./shared-strings";
import { corrupt } from "./sheet-attributes";
import { holdsValue, valueOf } from "./sheet-cell-values";
import { KeptPositions, MAX_COLUMNS, type Position, type RowState } from "../sheet-geometry/sheet-areas";
import { MetPositions } from "./met-positions";
import { ConditionalFormats } from "./sheet-conditional-formats";
import { SheetFormulas, type CellFormula } from "./sheet-formulas";
import { SheetVisibility, WHOLE_NUMBER } from "./sheet-visibility";
import type { SheetViewReader } from "./sheet-view";
import type { PageTextsReader } from "./sheet-page-texts";
import type { PageSetupReader } from "./sheet-page-setup";
import { markDrawnOver } from "./sheet-drawings";
import { markLegacyDrawnOver } from "./sheet-vml";
import { LineGrounds } from "./line-grounds";
import { RELATIONSHIP_ATTRIBUTE_NS, SPREADSHEET_NS } from "../xml/read-namespaces";
import { streamXml, type XmlAttributes } from "../xml/xml-stream";
import { WORDS } from "../../core/vocabulary";

export interface SheetScan {
  readonly sheet: string;
  /** Whether a cell (A1 without "$") is one the caller needs; only those are returned. */
  readonly wanted: (address: string) => boolean;
  /** The wanted cells as a list, where they are one: an array formula's area may cover one absent here. */
  readonly listed?: ReadonlySet<string>;
  /**
   * Whether the other cells holding a string are kept, as that string alone (a form's title, headings and
   * labels, to find where a person reads the form, and a copy of it).
   */
  readonly texts?: boolean;
  /**
   * Whether the other cells holding a number are kept, as that number alone: a row a clerk inserted inside
   * a form and typed figures on without a label is known by them (`insertedRowsOf`).
   */
  readonly figures?: boolean;
  readonly strings: readonly string[];
  /** The styled runs of the shared strings written in some, by index (see `StyledRun`). */
  readonly stringRuns?: ReadonlyMap<number, readonly StyledRun[]>;
  /** The shared strings holding `_xHHHH_` escapes as written, by index (see `StringItems.takenLiteral`). */
  readonly stringLiterals?: ReadonlyMap<number, string>;
  /** Whether the workbook counts dates from 1904 (`workbookPr date1904`). */
  readonly date1904: boolean;
  /** How the workbook's cell styles (a cell's `s`) and conditional formats' styles show a number. */
  readonly styles: CellStyles;
  readonly file: string;
  readonly limits: ReadLimits;
  /** Cells holding something, counted over every sheet read so far, against the cap. */
  readonly counted: { cells: number };
  /** Rows to read at most: the scan stops at the next one (what follows the cells is not read either). */
  readonly rows?: number;
  /** Given the sheet's views where the caller wants to know where it opens. */
  readonly view?: SheetViewReader;
  /** Where the sheet's headers and footers are read into, where they are wanted. */
  readonly pageTexts?: PageTextsReader;
  /** Where the sheet's page setup is read into, and the size of what it prints, where they are wanted. */
  readonly pageSetup?: PageSetupReader;
  /** The drawing part a `drawing` element's relationship id names, if the sheet has that part. */
  readonly drawing?: (relationship: string) => string | undefined;
  /** The legacy (VML) drawing part, of notes and form controls, a `legacyDrawing` element's id names. */
  readonly legacyDrawing?: (relationship: string) => string | undefined;
}

/**
 * A `c` element being read; its reference, style and type read once, as it opens. One object serves a
 * sheet's cells one after another (`openCell`), every field set anew for each.
 */
interface OpenCell {
  r: string | undefined;
  style: string | undefined;
  type: string | undefined;
  value: string | undefined;
  /** Whether a `v` was met: a second one is refused, as readers would take either. */
  valueSeen: boolean;
  formula: CellFormula | undefined;
  inline: StringItems | undefined;
  /** The child of `c` being read ("" for one of no interest): only direct children count. */
  child: string;
}

/** The `c` element opening with `attributes`, read into `cell`. */
function openCell(cell: OpenCell, attributes: XmlAttributes): OpenCell {
  cell.r = attributes.get("r");
  cell.style = attributes.get("s");
  cell.type = attributes.get("t");
  cell.value = undefined;
  cell.valueSeen = false;
  cell.formula = undefined;
  cell.inline = undefined;
  cell.child = "";
  return cell;
}

const NO_ATTRIBUTES: XmlAttributes = { get: () => undefined, namesIn: () => [] };

/** A text as its format shows it, where that is another text (`;;;"Đạt"` over "Chưa đạt"). */
const otherTextShown = (shown: string, text: string) => (shown === text ? undefined : shown);

/**
 * What a cell shows in a second style it may be drawn in (`drawnIn`), beside `shown` in its own: the
 * other texts, inks and strike that style gives its value (or, uncached, its formula's figure).
 */
function drawnAlsoIn(
  styles: CellStyles,
  drawnIn: string,
  value: GridValue | undefined,
  computed: boolean,
  shown: string | undefined,
): { mayShow: string[]; inks: readonly Ink[]; struck: boolean; crossed?: boolean } {
  if (value?.type === "number") {
    const own = styles.shownAs(drawnIn, value.value);
    return {
      mayShow: [
        ...(own !== undefined && own !== shown ? [own] : []),
        ...styles.alsoShownAs(drawnIn, value.value),
      ],
      inks: styles.reportedInks(drawnIn, value.value),
      struck: styles.struck(drawnIn),
      crossed: styles.crossed(drawnIn),
    };
  }
  if (value?.type === "string") {
    const text = styles.shownText(drawnIn, value.value);
    return { mayShow: text !== value.value ? [text] : [], inks: [], struck: styles.struck(drawnIn) };
  }
  if (value !== undefined || !computed) return { mayShow: [], inks: [], struck: false };
  const figure = styles.showsAnyFigure(drawnIn) ? styles.shownAs(drawnIn, 1) : UNREADABLE_SHOWN;
  return { mayShow: figure !== undefined && figure !== shown ? [figure] : [], inks: [], struck: false };
}

/**
 * The worksheet's children this reader looks for, each as the one string its code compares with: every
 * element of a sheet is matched against the section it is in, and a name read from the part is a string
 * of its own, compared letter by letter, where the same string is found equal at once.
 */
const SECTIONS = new Map(
  [
    "cols",
    "conditionalFormatting",
    "drawing",
    "extLst",
    "headerFooter",
    "legacyDrawing",
    "mergeCells",
    "pageMargins",
    "pageSetup",
    "picture",
    "sheetData",
    "sheetFormatPr",
    "sheetPr",
    "sheetViews",
  ].map((name) => [name, name]),
);

/** Thrown to end a scan that has read the rows it was asked for. */
const ENOUGH_ROWS = Symbol("enough rows");

/** The cell types that hold text: a shared string, a formula's string result, an inline string. */
const TEXT_TYPES = new Set(["s", "str", "inlineStr"]);

/** Where the format puts cells: worksheet › sheetData › row › c › v, f or is. */
const SHEET_DATA = 1;
const ROW = 2;
const CELL = 3;
const CELL_CHILD = 4;

/**
 * Streams one sheet's XML, counting every cell that holds something against the caps (refusing as the
 * SheetJS path does) and keeping only the wanted cells. Cells are typed as SheetJS types them. A shared
 * formula is expanded only for a wanted cell; an array formula's text is kept on its first cell only,
 * and a wanted cell its area or a data table's covers says it is computed. A wanted number carries the
 * text its format shows, and a wanted cell that cannot be seen (its row or column hidden, a merge over
 * it, a drawing over it) says so. Hyperlinks and validation are never read. A formula cell with neither a type nor a cached
 * value has no value, as SheetJS reads it.
 */
// eslint-disable-next-line max-lines-per-function -- the reading hot path: to be split only where one read measured 600 times shows no cost (issue 67)
export function readSheetCells(xml: string, scan: SheetScan): Map<string, GridCell> {
  const { limits, file } = scan;
  const cells = new Map<string, GridCell>();
  const kept = new KeptPositions();
  const formulas = new SheetFormulas(file);
  const visibility = new SheetVisibility(file, scan.styles);
  const conditional = new ConditionalFormats(file, scan.sheet, scan.styles);
  // One row past the cap tells a sheet that reaches it from one that is cut short, as SheetJS is told.
  const lastRow = limits.maxRowsPerSheet + 1;
  let row = 0;
  let col = -1;
  let skipRow = false;
  let rowState: RowState = { number: 0, hidden: false, customHeight: false };
  let cell: OpenCell | null = null;
  const reusedCell: OpenCell = openCell({} as OpenCell, NO_ATTRIBUTES);
  /** The place of the cell being finished: one object for them all, never kept (see `finish`). */
  const at = { row: 0, col: 0 };
  /** The reader of the cells' inline strings, made for the first (see `StringItems.begin`). */
  let inlineItems: StringItems | undefined;
  /** The last row and column of a cell holding something: the used range a sheet prints without a print area. */
  let used: { row: number; col: number } | undefined;
  /** Whether a kept cell gives no style, which its column's may then be: the columns must come first. */
  let unstyledKept = false;
  /** Every cell met, by its position, and every row: a second element for one is refused. */
  const met = new MetPositions();
  const rowsMet = new MetPositions();
  /** What the form's texts may run on over, on a sheet whose texts are kept. */
  const grounds = scan.texts ? new LineGrounds() : undefined;

  /**
   * The style LibreOffice draws a cell that gives none (`style`) in, its row's or column's, where that is
   * not Excel's style 0 (red team, round 14: 1,234,567 shown as 7,654,321, blank, or white on white): the
   * cell is judged in both.
   */
  function libreOfficeStyle(style: string | undefined, col: number): string | undefined {
    if (style !== undefined) return undefined;
    unstyledKept = true;
    const implied = visibility.impliedStyle(rowState, col);
    return implied !== "0" ? implied : undefined;
  }

  /** The styled runs a text cell is written in, where it is written in some. */
  function runsOf(c: OpenCell): readonly StyledRun[] | undefined {
    const { type } = c;
    if (type === "inlineStr") return c.inline?.takenRuns;
    return type === "s" && c.value !== undefined ? scan.stringRuns?.get(parseInt(c.value, 10)) : undefined;
  }

  /** A text cell's text as written, where it holds escapes LibreOffice shows so. */
  function literalOf(c: OpenCell): string | undefined {
    const { type } = c;
    if (type === "inlineStr") return c.inline?.takenLiteral;
    return type === "s" && c.value !== undefined
      ? scan.stringLiterals?.get(parseInt(c.value, 10))
      : undefined;
  }

  /** The styled runs of the kept text cells written in some, for conditional formats' fills. */
  const runsAt = new Map<string, readonly StyledRun[]>();

  /** A text cell written in runs as a program draws them, in either style, where it is written in some. */
  function drawnRunsOf(
    c: OpenCell,
    address: string,
    style: string | undefined,
    drawnIn: string | undefined,
  ): readonly DrawnRuns[] | undefined {
    const runs = runsOf(c);
    if (!runs) return undefined;
    runsAt.set(address, runs);
    const rowHeight = visibility.rowHeightOf(rowState);
    const drawn = scan.styles.drawnRuns(style, runs, rowHeight);
    return drawnIn === undefined ? [drawn] : [drawn, scan.styles.drawnRuns(drawnIn, runs, rowHeight)];
  }

  /** Keeps a cell's position, in its own style and (`drawnIn`) LibreOffice's: its sizes are judged in each. */
  function keep(position: Position, drawnIn: string | undefined): void {
    kept.add(position);
    if (drawnIn !== undefined) kept.add({ ...position, style: drawnIn });
  }

  function finish(c: OpenCell): void {
    const { r } = c;
    // A reference written otherwise than Excel writes it ("$C$10", "c10") is read by some programs as
    // that cell and by others as none: refused.
    if (!r) {
      at.row = row - 1;
      at.col = col + 1;
    } else if (!canonicalA1Into(r, at)) return corrupt(file, `cell ${r}`);
    if (at.col >= MAX_COLUMNS) return corrupt(file, `cell ${r ?? ""}`);
    col = at.col;
    // LibreOffice takes a cell written twice's value from the last element and its style from the first
    // (red team, round 14: 1 styled to show 7,654,321, then 1,234,567 unstyled): programs disagree.
    const position = at.row * MAX_COLUMNS + at.col;
    if (!met.add(position)) corrupt(file, `cell ${r ?? toA1(at.row, at.col)} given twice`);
    formulas.register(c.formula, at);
    const address = r || toA1(at.row, at.col);
    const wanted = scan.wanted(address);
    const value = wanted ? valueOf(c, scan.strings, file, scan.date1904) : undefined;
    const formula = formulas.formulaOf(c.formula, at, wanted);
    const computedBy = formulas.computedKind(c.formula, at);
    if (
      !(wanted ? value !== undefined : holdsValue(c, scan.strings, file)) &&
      formula === undefined &&
      !computedBy
    )
      return grounds?.empty(at.row, at.col, c.style);
    grounds?.holds(at.row, at.col);
    if (!used) used = { row: at.row, col: at.col };
    else {
      used.row = Math.max(used.row, at.row);
      used.col = Math.max(used.col, at.col);
    }
    if (at.row >= limits.maxRowsPerSheet)
      throw new FileError(WORDS.file.tooManyRows, file, {
        sheet: scan.sheet,
        row: at.row + 1,
        max: limits.maxRowsPerSheet,
      });
    if (++scan.counted.cells > limits.maxCells)
      throw new FileError(WORDS.file.tooManyCells, file, { max: limits.maxCells });
    if (!wanted) return keepUnnamed(c, at, address);
    const { style } = c;
    const drawnIn = libreOfficeStyle(style, at.col);
    // A formula cached without its result (a file filled by a program that does not calculate) shows what
    // it computes, which only the core knows: in a format that may bend a figure, nothing is trusted; in
    // one that shows any figure, its text for one tells the unit it writes beside it (`0%` on a count).
    const shown =
      value?.type === "number"
        ? scan.styles.shownAs(style, value.value)
        : value?.type === "string"
          ? otherTextShown(scan.styles.shownText(style, value.value), value.value)
          : value === undefined && formula !== undefined
            ? scan.styles.showsAnyFigure(style)
              ? scan.styles.shownAs(style, 1)
              : UNREADABLE_SHOWN
            : undefined;
    let alsoShown = value?.type === "number" ? scan.styles.alsoShownAs(style, value.value) : [];
    const drawnRuns = value?.type === "string" ? drawnRunsOf(c, address, style, drawnIn) : undefined;
    let inks = value?.type === "number" ? scan.styles.reportedInks(style, value.value) : [];
    const also =
      drawnIn === undefined
        ? undefined
        : drawnAlsoIn(scan.styles, drawnIn, value, formula !== undefined, shown);
    if (also)
      [alsoShown, inks] = [
        [...alsoShown, ...also.mayShow],
        [...inks, ...also.inks],
      ];
    const held: Mutable<GridCell> = {};
    if (value) held.value = value;
    if (formula) held.formula = formula;
    if (computedBy) held.computedBy = computedBy;
    if (shown !== undefined) held.shown = shown;
    if (alsoShown.length > 0) held.mayShow = alsoShown;
    if (drawnRuns) held.drawnRuns = drawnRuns;
    if (inks.length > 0) held.inks = inks;
    // A text struck through reads as taken out, as a figure does (the unit line, a target's label).
    if ((value?.type === "number" || value?.type === "string") && (scan.styles.struck(style) || also?.struck))
      held.struck = true;
    if (value?.type === "number" && (scan.styles.crossed(style) || also?.crossed)) held.crossed = true;
    cells.set(address, held);
    keep({ address, row: at.row, col: at.col, style, rowState }, drawnIn);
  }

  /** A cell no name reads: its text (`keepText`) or its figure alone, where the scan keeps those. */
  function keepUnnamed(c: OpenCell, at: { row: number; col: number }, address: string): void {
    if (TEXT_TYPES.has(c.type ?? "n")) {
      if (scan.texts) keepText(c, at, address);
      return;
    }
    if (!scan.figures) return;
    const value = valueOf(c, scan.strings, file, scan.date1904);
    if (value?.type === "number") cells.set(address, { value });
  }

  /**
   * A heading's or label's text, as its format shows it, and in what inks: the form is found where a
   * person reads it. Kept with the wanted cells, so that what hides them (a hidden row, a merge, a
   * conditional format's other text) is said of it too.
   */
  function keepText(c: OpenCell, at: { row: number; col: number }, address: string): void {
    const value = valueOf(c, scan.strings, file, scan.date1904);
    if (value?.type !== "string") return;
    const { style } = c;
    const drawnIn = libreOfficeStyle(style, at.col);
    // A format's text section shows another text instead (`;;;"TƯLĐTT xếp loại B"`): the text held is kept,
    // what a person reads is what it may show.
    const shown = scan.styles.shownText(style, value.value);
    const other = drawnIn === undefined ? shown : scan.styles.shownText(drawnIn, value.value);
    const drawnRuns = drawnRunsOf(c, address, style, drawnIn);
    // LibreOffice shows a text's `_xHHHH_` escapes as written, Excel decoded.
    const written = literalOf(c) ?? value.value;
    // Most texts show as they are held: a list only for those that show another.
    let mayShow: string[] | undefined;
    if (shown !== value.value) (mayShow ??= []).push(shown);
    if (other !== shown && other !== value.value) (mayShow ??= []).push(other);
    if (written !== value.value) (mayShow ??= []).push(written);
    const runs = runsAt.get(address);
    const allInks =
      drawnIn === undefined
        ? textInksIn(style, runs)
        : [...textInksIn(style, runs), ...textInksIn(drawnIn, runs)];
    // A label or a title struck through as a whole reads as cancelled (a row's label: the row).
    const struck = scan.styles.struck(style) || (drawnIn !== undefined && scan.styles.struck(drawnIn));
    // Most texts are shown as they are, in their font's ink: only what they have is set.
    const held: Mutable<GridCell> = { value };
    if (mayShow) held.mayShow = mayShow;
    if (drawnRuns) held.drawnRuns = drawnRuns;
    if (allInks.length > 0) held.inks = allInks;
    if (struck) held.struck = struck;
    cells.set(address, held);
    keep({ address, row: at.row, col: at.col, style, rowState }, drawnIn);
  }

  /** A text's inks in a style: a text written wholly in runs of their own colours is drawn in theirs. */
  function textInksIn(style: string | undefined, runs: readonly StyledRun[] | undefined): readonly Ink[] {
    return (runs && scan.styles.runsInks(style, runs)) ?? scan.styles.textInks(style);
  }

  /** The spreadsheet namespace the root is in; every element read must be in the same one. */
  let main: string | null = null;
  /** The worksheet's child being read: sheetData, cols, mergeCells… */
  let section = "";
  let inRow = false;
  let level = -1;
  /** The relationship ids of the sheet's drawing and legacy drawing, if it has them. */
  let drawing: string | undefined;
  let legacyDrawing: string | undefined;

  try {
    streamXml(xml, {
      open(name, attributes, _, namespace, depth) {
        level = depth;
        // Markup of another namespace among the rows and cells (mc:AlternateContent, say) is read by some
        // programs and skipped by others, so two of them show different figures: refused.
        if (section === "sheetData" && depth >= ROW && depth <= CELL_CHILD && namespace !== main)
          corrupt(file, `<${name}> of another namespace among the cells`);
        if (depth === 0) main = name === "worksheet" && SPREADSHEET_NS.has(namespace) ? namespace : null;
        else if (depth === SHEET_DATA) {
          section = namespace === main ? (SECTIONS.get(name) ?? name) : "";
          // The format puts the columns before the cells; LibreOffice reads them after too, and draws a
          // cell that gives no style in its column's (red team, round 14, review).
          if (section === "cols" && unstyledKept) corrupt(file, "columns after cells that give no style");
          if (section === "sheetFormatPr") visibility.readFormat(attributes);
          if (section === "pageMargins") scan.pageSetup?.readMargins(attributes);
          if (section === "pageSetup") scan.pageSetup?.readSetup(attributes);
          if (section === "picture") scan.view?.readBackground();
          if (section === "conditionalFormatting") conditional.readFormatting(attributes);
          if (section === "drawing") {
            // The format allows one: readers would draw either of two.
            if (drawing !== undefined) corrupt(file, "a sheet with two drawings");
            drawing = attributes.get("id", RELATIONSHIP_ATTRIBUTE_NS) ?? "";
          }
          if (section === "legacyDrawing") {
            if (legacyDrawing !== undefined) corrupt(file, "a sheet with two legacy drawings");
            legacyDrawing = attributes.get("id", RELATIONSHIP_ATTRIBUTE_NS) ?? "";
          }
        } else if (depth === ROW) {
          if (section === "cols" && name === "col" && namespace === main) visibility.readColumns(attributes);
          if (section === "sheetPr" && name === "pageSetUpPr" && namespace === main)
            scan.pageSetup?.readSheetProperties(attributes);
          if (section === "mergeCells" && name === "mergeCell" && namespace === main)
            visibility.readMerge(attributes);
          if (section === "conditionalFormatting" && name === "cfRule" && namespace === main)
            conditional.readRule(attributes, depth);
          if (section === "sheetViews" && name === "sheetView" && namespace === main)
            scan.view?.readView(attributes);
          if (section === "headerFooter" && namespace === main) scan.pageTexts?.open(name);
          inRow = section === "sheetData" && name === "row" && namespace === main;
          if (!inRow) return;
          const r = attributes.get("r");
          if (r !== undefined && !WHOLE_NUMBER.test(r)) corrupt(file, `row ${r.slice(0, 20)}`);
          row = r !== undefined ? parseInt(r, 10) : row + 1;
          // LibreOffice keeps the first element's style for a row given twice (red team, round 15).
          if (!rowsMet.add(row)) corrupt(file, `row ${row} given twice`);
          if (scan.rows !== undefined && row > scan.rows) throw ENOUGH_ROWS;
          col = -1;
          skipRow = row > lastRow;
          rowState = visibility.readRow(row, attributes);
        } else if (depth === CELL) {
          if (inRow && name === "c" && namespace === main && !skipRow)
            cell = openCell(reusedCell, attributes);
          if (section === "conditionalFormatting" && namespace === main)
            conditional.readRuleChild(name, attributes);
          if (section === "sheetViews" && name === "pane" && namespace === main)
            scan.view?.readPane(attributes);
        } else if (depth === CELL_CHILD && cell) {
          cell.child = namespace === main ? name : "";
          if (cell.child === "v") {
            if (cell.valueSeen) corrupt(file, "a cell with two values");
            cell.valueSeen = true;
          } else if (cell.child === "f") {
            if (cell.formula) corrupt(file, "a cell with two formulas");
            cell.formula = { text: "", attributes };
          } else if (cell.child === "is") {
            if (cell.inline) corrupt(file, "a cell with two inline strings");
            cell.inline = (inlineItems ??= new StringItems(main!)).begin();
          }
        } else if (cell?.child === "is") cell.inline!.open(name, namespace, attributes);
        else if (cell?.child === "v" || cell?.child === "f")
          corrupt(file, `<${name}> inside a cell's <${cell.child}>`);
        if (section === "extLst") conditional.readExtension(name, attributes, namespace, depth, main!);
      },
      text(text) {
        // Conditional formats are read in their sections alone: the cells' thousands of elements pass by.
        if (section === "conditionalFormatting" || section === "extLst") conditional.text(text);
        if (section === "headerFooter" && level === ROW) scan.pageTexts?.text(text);
        if (!cell) return;
        if (level === CELL_CHILD && cell.child === "v") cell.value = (cell.value ?? "") + text;
        else if (level === CELL_CHILD && cell.child === "f") cell.formula!.text += text;
        else if (cell.child === "is") cell.inline!.text(text);
      },
      close(_, __, depth) {
        level = depth - 1;
        if (section === "conditionalFormatting" || section === "extLst") conditional.close(depth);
        if (depth === SHEET_DATA) section = "";
        else if (depth === ROW) {
          inRow = false;
          if (section === "headerFooter") scan.pageTexts?.close();
        } else if (depth === CELL && cell) {
          finish(cell);
          cell = null;
        } else if (depth === CELL_CHILD && cell) cell.child = "";
        else if (depth > CELL_CHILD && cell?.child === "is") cell.inline!.close();
      },
    });
  } catch (error) {
    if (error !== ENOUGH_ROWS) throw error;
  }
  visibility.conceal(cells, kept);
  grounds?.apply(cells, kept, visibility, scan.styles, {
    runsAt,
    conditional: (row, col) => conditional.stylesAt(row, col, cells.get(toA1(row, col))?.value),
  });
  scan.pageSetup?.measure(used, (area) => visibility.extent(area));
  conditional.apply(cells, kept, visibility, runsAt);
  formulas.markComputed(cells, kept, scan.listed);
  // Most sheets have no drawing: its part is read only for one that has.
  const drawn = drawing ? scan.drawing?.(drawing) : undefined;
  if (drawn !== undefined) markDrawnOver(drawn, cells, kept, visibility.layout());
  const legacy = legacyDrawing ? scan.legacyDrawing?.(legacyDrawing) : undefined;
  if (legacy !== undefined) markLegacyDrawnOver(legacy, cells, kept, visibility.layout());
  return cells;
}
