import type * as XLSX from "@e965/xlsx";
import { areaOf, fromA1, toA1 } from "../../core/grid/a1";
import { besideName } from "../../core/form/target-block";
import { areaTable, cellRows } from "../../core/grid/find-table";
import type {
  CellConcealment,
  CellSizes,
  ComputedBy,
  GridCell,
  Ink,
  GridName,
  GridSheet,
  TextLayout,
  GridValue,
  OpensOn,
  WorkbookGrid,
} from "../../core/grid/grid";
import { drawnOverBoth } from "../../core/grid/grid";
import { reportedSizes } from "../../core/report/legible";
import {
  digitsInPoints,
  numberWriting,
  relativeFontSize,
  reportedGeneralRoom,
  shownAsHashes,
  HASHES,
  type NumberWriting,
} from "../../core/report/column-room";
import { reportedLayout, reportedFigureLayout } from "../../core/report/judged-texts";
import { CellLikeNameError, gridNames, printAreaRefs } from "../package/defined-names";
import { printAreasOf } from "../../core/grid/print-areas";
import { pageTextsOf } from "../../core/layout/page-codes";
import { FileError } from "../errors";
import { checkSheetNames, guardFile, isZip, odsContent, odsPart } from "../zip/guard";
import { captureConsole } from "./quiet-console";
import { loadSheetJs } from "./sheetjs";
import { MAX_FORMAT_LENGTH, resolveLimits, type ReadLimits } from "../limits";
import { plainWriting, shownNumber } from "../xlsx-reader/number-formats";
import { shownText } from "../xlsx-reader/format-pieces";
import { ODS_STYLES, odsDataStyles, type OdsDataStyles } from "../ods/ods-data-styles";
import { odsVisibility, POINTS_PER_CHARACTER, type OdsVisibility } from "../ods/ods-visibility";
import { xlsGlobals, type XlsWindow } from "./xls-globals";
import { xlsDrawnOver, xlsSheets, type XlsSheet } from "./xls-sheets";
import { applyXlsConditionals, type JudgedCell } from "./xls-conditional-cells";
import { drawnFigure } from "../../core/report/drawn-figure";
import { KeptPositions } from "../xlsx-reader/sheet-areas";
import type { XlsStyles } from "./xls-styles";
import { ODS_SETTINGS, odsSettings, type OdsSettings } from "../ods/ods-settings";
import { ODS_META, odsPageTexts } from "../ods/ods-page-texts";
import { PartNameError } from "../package/workbook-part";
import { isOoxmlEntries, isXmlPart } from "../package/open-workbook";
import { tableRefs } from "../package/table-parts";
import { WORDS } from "../../core/vocabulary";

/** Excel's error codes, for an error cell SheetJS reports by number without its text. */
const ERROR_TEXT = new Map<number, string>([
  [0x00, "#NULL!"],
  [0x07, "#DIV/0!"],
  [0x0f, "#VALUE!"],
  [0x17, "#REF!"],
  [0x1d, "#NAME?"],
  [0x24, "#NUM!"],
  [0x2a, "#N/A"],
  [0x2b, "#GETTING_DATA"],
]);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function gridValue(cell: XLSX.CellObject): GridValue | undefined {
  const v = cell.v;
  switch (cell.t) {
    case "n":
      return typeof v === "number" ? { type: "number", value: v } : undefined;
    case "s":
      return typeof v === "string" ? { type: "string", value: v } : undefined;
    case "b":
      return typeof v === "boolean" ? { type: "boolean", value: v } : undefined;
    case "e":
      return {
        type: "error",
        value: cell.w ?? (typeof v === "number" ? ERROR_TEXT.get(v) : undefined) ?? "#ERROR",
      };
    case "d":
      if (typeof v === "number") return { type: "number", value: v };
      return v instanceof Date ? { type: "number", value: (v.getTime() - EXCEL_EPOCH) / DAY } : undefined;
    default:
      // "z": a stub, which is how SheetJS reports a formula whose cached value is absent.
      return undefined;
  }
}

/**
 * Why a cell of a sheet cannot be seen: its row or column hidden (as SheetJS reads them, or as the .ods
 * says), or a merged range over it that starts at another cell.
 */
function concealmentIn(
  ws: XLSX.WorkSheet,
  name: string,
  ods: OdsVisibility | undefined,
  xlsSheet: XlsSheet | undefined,
): (row: number, col: number) => CellConcealment | undefined {
  const rows = ws["!rows"] ?? [];
  const cols = ws["!cols"] ?? [];
  const merges = ws["!merges"] ?? [];
  // An .xls column of no width, by its COLINFO or, without one, by the sheet's default, is hidden, as
  // Excel and LibreOffice show it (red team, round 12: a COLINFO's coldx of 0, a STANDARDWIDTH of 0).
  const zeroWide = (col: number) =>
    !!xlsSheet && (cols[col] ? cols[col].width === 0 : xlsSheet.defaultWidth === 0);
  return (row, col) => {
    if (rows[row]?.hidden) return "row";
    if (cols[col]?.hidden || zeroWide(col)) return "column";
    const hiddenInOds = ods?.concealment(name, row, col);
    if (hiddenInOds) return hiddenInOds;
    const covered = merges.some(
      ({ s, e }) => row >= s.r && row <= e.r && col >= s.c && col <= e.c && !(row === s.r && col === s.c),
    );
    return covered ? "merge" : undefined;
  };
}

/** More columns than a form's figure is merged across: a wider merge is not judged. */
const MAX_MERGED_COLUMNS = 64;

/** The last column of a merge across columns a cell starts, which shows its figure in the merge's width. */
function mergedAcross(ws: XLSX.WorkSheet): (row: number, col: number) => number | undefined {
  const merges = (ws["!merges"] ?? []).filter(({ s, e }) => e.c > s.c);
  return (row, col) => merges.find(({ s }) => s.r === row && s.c === col)?.e.c;
}

/**
 * How large a cell of a sheet shows its figure: its row's height (points) and its column's width
 * (characters) as SheetJS reads them, where the file gives them, else an .xls sheet's default width (which
 * SheetJS does not keep); an .ods's own sizes; an .xls cell's font
 * size (points), which SheetJS does not keep, by `fontSize`. All of them: a reader reports those too
 * small (`reportedSizes`), and those a text's layout is judged with.
 */
function sizesIn(
  ws: XLSX.WorkSheet,
  name: string,
  ods: OdsVisibility | undefined,
  defaultWidth: number | undefined,
  fontSize: (row: number, col: number) => number | undefined,
): (row: number, col: number) => CellSizes {
  const rows = ws["!rows"] ?? [];
  const cols = ws["!cols"] ?? [];
  const positive = (value: number | undefined) =>
    typeof value === "number" && value > 0 ? value : undefined;
  return (row, col) => {
    const rowHeight = positive(rows[row]?.hpt);
    const columnWidth =
      positive(cols[col]?.width) ??
      positive(ods?.columnWidth(name, col)) ??
      (cols[col] ? undefined : positive(defaultWidth));
    const font = fontSize(row, col);
    return {
      ...(rowHeight !== undefined ? { rowHeight } : {}),
      ...(columnWidth !== undefined ? { columnWidth } : {}),
      ...(font !== undefined ? { fontSize: font } : {}),
      ...ods?.sizes(name, row, col),
    };
  };
}

/**
 * The text a cell shows when its format is a percent ("105%" for 1.05), else nothing. A "%" quoted or
 * escaped in the format (0.0"%") is only written after the figure, which is then not scaled.
 */
function percentShown(cell: XLSX.CellObject): string | undefined {
  if (typeof cell.z !== "string" || typeof cell.w !== "string") return undefined;
  const unquoted = cell.z.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return unquoted.includes("%") ? cell.w.trim() : undefined;
}

/**
 * A formula that computes the cell where the text SheetJS gives for it is not its own: an array formula
 * over the area SheetJS gives every cell of it (`F`), or a data table, which an .ods writes as
 * MULTIPLE.OPERATIONS and an .xls as a lone table token, whose text SheetJS 0.20.3 makes "undefined".
 * SheetJS 0.20.3 also gives an .ods's array area to the cells at the same places on the sheets after
 * it: an area counts only where its first cell holds the formula.
 */
function computedBy(
  cell: XLSX.CellObject,
  address: string,
  xls: boolean,
  at: (row: number, col: number) => XLSX.CellObject | undefined,
): ComputedBy | undefined {
  if (typeof cell.F === "string") {
    const area = cell.F;
    const whole = areaOf(area);
    const first = whole && at(whole.top, whole.left);
    if (first?.F === area && typeof first.f === "string") return { kind: "array", area };
  }
  const formula = typeof cell.f === "string" ? cell.f : "";
  if ((xls && formula === "undefined") || /^MULTIPLE\.OPERATIONS\(/i.test(formula))
    return { kind: "dataTable", area: address };
  return undefined;
}

function readSheet(
  ws: XLSX.WorkSheet,
  name: string,
  hidden: number | undefined,
  source: {
    file: string;
    xls: boolean;
    ods?: OdsVisibility;
    odsStyles?: OdsDataStyles;
    /** What an .xls's own records say of the sheet, and of its workbook's cell styles. */
    xlsSheet?: XlsSheet;
    xlsStyles?: XlsStyles;
    named: ReadonlySet<string>;
    /** The bottom-right corner of the named cells: the form's headings and labels are above and left. */
    corner: { readonly row: number; readonly col: number };
  },
  limits: ReadLimits,
  counted: { cells: number },
): GridSheet {
  const { file } = source;
  const cells = new Map<string, GridCell>();
  const concealment = concealmentIn(ws, name, source.ods, source.xlsSheet);
  const mergedTo = mergedAcross(ws);
  /**
   * A cell's sizes as a figure's room in its column is judged: an .xls's width counts digits of its
   * default font, an .ods's is in points.
   */
  const roomOf = (sizes: CellSizes): CellSizes =>
    source.ods
      ? sizes.columnWidth === undefined
        ? sizes
        : { ...sizes, columnWidth: digitsInPoints(sizes.columnWidth * POINTS_PER_CHARACTER) }
      : { ...sizes, fontSize: relativeFontSize(sizes.fontSize, source.xlsStyles?.defaultFontSize) };
  /** A cell's sizes with the width it shows its figure in: its merge's, where it starts one across columns. */
  const shownIn = (r: number, c: number, sizes: CellSizes): CellSizes => {
    const last = mergedTo(r, c);
    if (last === undefined) return sizes;
    let columnWidth: number | undefined = 0;
    for (let k = c; k <= Math.min(last, c + MAX_MERGED_COLUMNS) && columnWidth !== undefined; k++) {
      // A hidden column adds nothing to the merge's width (red team, round 12).
      if (k > c && concealment(r, k) === "column") continue;
      const width = sizesOf(r, k).columnWidth;
      columnWidth = width === undefined ? undefined : columnWidth + width;
    }
    return { ...sizes, columnWidth: last - c <= MAX_MERGED_COLUMNS ? columnWidth : undefined };
  };
  const sizesOf = sizesIn(ws, name, source.ods, source.xlsSheet?.defaultWidth, (r, c) => {
    if (source.ods) return source.odsStyles?.fontSize(source.ods.styleLayers(name, r, c).own);
    const xf = source.xlsSheet?.xfAt(r, c);
    return xf === undefined ? undefined : source.xlsStyles?.fontSize(xf);
  });
  const struckAt = (r: number, c: number): boolean => {
    if (source.ods) {
      const { own, applied } = source.ods.styleLayers(name, r, c);
      return !!source.odsStyles?.struck(own, applied);
    }
    const xf = source.xlsSheet?.xfAt(r, c);
    return xf !== undefined && !!source.xlsStyles?.struck(xf);
  };
  /** The font sizes an .ods cell's conditional formats may draw it in. */
  const conditionalSizesAt = (r: number, c: number): number[] => {
    if (!source.ods || !source.odsStyles) return [];
    const { own, applied } = source.ods.styleLayers(name, r, c);
    return source.odsStyles.conditionalFontSizes(own, applied);
  };
  const textLayoutAt = (r: number, c: number): TextLayout | undefined => {
    if (source.ods) return source.ods.textLayout(name, r, c);
    const xf = source.xlsSheet?.xfAt(r, c);
    return xf === undefined ? undefined : source.xlsStyles?.textLayout(xf);
  };
  const rows = (ws as XLSX.DenseWorkSheet)["!data"] ?? [];
  const formatAt = (r: number, c: number) => {
    const z = rows[r]?.[c]?.z;
    return typeof z === "string" ? z : "General";
  };
  /** The .xls cells whose inks are read, for its conditional formats. */
  const judged = new KeptPositions<JudgedCell>();
  /**
   * The inks a cell writes its figure or text (`content`) in: an .xls's by its own style and its number
   * format, an .ods's by its cell styles and those its conditional formats apply.
   */
  const inksOf = (r: number, c: number, content: number | string): readonly Ink[] => {
    if (source.ods && source.odsStyles) {
      const { own, applied } = source.ods.styleLayers(name, r, c);
      return source.odsStyles.inks(own, applied, content);
    }
    const xf = source.xlsSheet?.xfAt(r, c);
    const styles = source.xlsStyles;
    if (xf === undefined || !styles) return [];
    const format = formatAt(r, c);
    return typeof content === "number" ? styles.numberInks(xf, format, content) : styles.textInks(xf, format);
  };
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const own = cell.t === "s" ? source.ods?.ownText(name, r, c) : undefined;
      const value =
        own === undefined ? gridValue(cell) : own ? ({ type: "string", value: own } as const) : undefined;
      const address = toA1(r, c);
      const computed = computedBy(cell, address, source.xls, (row, col) => rows[row]?.[col]);
      const formula =
        typeof cell.f === "string" && cell.f !== "" && computed?.kind !== "dataTable"
          ? cell.f.replace(/^=/, "")
          : undefined;
      if (!value && !formula && !computed) return;
      if (r >= limits.maxRowsPerSheet)
        throw new FileError(WORDS.file.tooManyRows, file, {
          sheet: name,
          row: r + 1,
          max: limits.maxRowsPerSheet,
        });
      if (++counted.cells > limits.maxCells)
        throw new FileError(WORDS.file.tooManyCells, file, { max: limits.maxCells });
      if (typeof cell.z === "string" && cell.z.length > MAX_FORMAT_LENGTH)
        throw new FileError(WORDS.file.formatTooLong, file, {
          length: cell.z.length,
          max: MAX_FORMAT_LENGTH,
        });
      // Only the named cells are the form's: the others are never shown to anyone as figures.
      const named = source.named.has(address);
      // A text above and left of the named cells may be the form's heading or label: what hides it, or
      // makes it show another text, is said of it too (`formFrame`).
      const framing = value?.type === "string" && !named && r <= source.corner.row && c <= source.corner.col;
      // The text a format's text section shows instead of the cell's (`;;;"Công đoàn xã Bình An (X07)"`),
      // as the report reader reads it; an .ods's data styles are read apart.
      const textShown =
        value?.type === "string" && (named || framing) && !source.ods && typeof cell.z === "string"
          ? shownText(cell.z, value.value)
          : undefined;
      const otherText = textShown !== value?.value ? textShown : undefined;
      // LibreOffice's .xls caches 0 for a text formula it did not compute, and LibreOffice and Excel show the
      // text computed on opening: a text section that writes a text of its own (;;;"Đạt") shows it.
      const ownText =
        named && source.xls && formula !== undefined && value?.type === "number" && typeof cell.z === "string"
          ? shownText(cell.z, "").trim()
          : "";
      // The text the file shows: an .ods keeps the text it showed; another file's cell is rendered in its
      // format as the report reader renders it (plain formats need no rendering; one the renderer would
      // render otherwise than Excel shows nothing that can be trusted).
      // Any other number keeps its text when it shows a percent: a table (the campaign's targets) reads
      // a cell showing "105%" as the 1.05 it holds, not as 1.05 %.
      const shown =
        value?.type !== "number"
          ? named
            ? otherText
            : undefined
          : !named
            ? percentShown(cell)
            : source.ods
              ? cell.w
              : shownNumber(typeof cell.z === "string" ? cell.z : "General", value.value);
      // LibreOffice shows an .ods cell's number as its data style renders it, whatever text it saved.
      const rendered =
        named && value?.type === "number" && source.ods && source.odsStyles
          ? source.odsStyles.texts(source.ods.cellStyles(name, r, c), value.value)
          : [];
      const retexted =
        framing && source.ods && source.odsStyles
          ? source.odsStyles.textsOf(source.ods.cellStyles(name, r, c), value.value)
          : framing && otherText !== undefined
            ? [otherText]
            : [];
      const mayShow = [
        ...rendered.filter((text) => text !== shown),
        ...retexted,
        ...(ownText ? [ownText] : []),
      ];
      const inked = (named && value?.type === "number") || framing;
      const inks = inked ? inksOf(r, c, value.value) : [];
      const concealed = named || framing ? concealment(r, c) : undefined;
      const allSizes = named || framing ? sizesOf(r, c) : undefined;
      const shownSizes = allSizes && reportedSizes(allSizes);
      // A number in General, which Excel and LibreOffice write rounded where its column is too narrow for
      // its digits: an .ods cell in the standard format, another file's cell in General.
      const general =
        named &&
        value?.type === "number" &&
        (source.ods
          ? !!source.odsStyles?.showsStandard(source.ods.styleLayers(name, r, c).own)
          : (typeof cell.z === "string" ? cell.z : "General").toLowerCase() === "general");
      const generalRoom =
        general && allSizes && mergedTo(r, c) === undefined
          ? reportedGeneralRoom(value.value, allSizes)
          : undefined;
      // What the number's format writes, for whether its column is too narrow for it: LibreOffice draws an
      // .ods cell's as its data style renders it.
      const written = rendered[0] ?? shown;
      const writing: NumberWriting | undefined =
        !named || value?.type !== "number" || !allSizes
          ? undefined
          : general
            ? "general"
            : numberWriting(written, () =>
                source.ods ? undefined : plainWriting(typeof cell.z === "string" ? cell.z : "General"),
              );
      // How a text is laid out, where it may show cut: an .ods's own, an .xls cell style's.
      const textual = value?.type === "string" || (value === undefined && formula !== undefined);
      const layout = (textual || value?.type === "number") && allSizes ? textLayoutAt(r, c) : undefined;
      const figure =
        value?.type === "number" && allSizes ? { value: value.value, sizes: allSizes } : undefined;
      /** The figure written `how` (else as the cell writes it) in font size `fontSize` (else the cell's). */
      const drawn = figure
        ? (how: NumberWriting | undefined, fontSize?: number) =>
            drawnFigure(
              figure.value,
              how ?? writing,
              layout,
              figure.sizes,
              (s) => roomOf(shownIn(r, c, s)),
              fontSize,
            )
        : undefined;
      const hashes = !!drawn?.(undefined).hashes;
      // An .ods figure as a conditional style's data style writes it, or in the font size it sets, where
      // that is too wide or too small (red team, rounds 10 and 11: twelve decimals, 26-pt and 3-pt fonts).
      const otherTexts = rendered.filter((text) => text !== written).map((text) => ({ text }));
      const otherSizes = drawn && !hashes ? conditionalSizesAt(r, c) : [];
      const otherwise =
        drawn && !hashes
          ? [
              ...otherTexts.map((how) => drawn(how)),
              ...otherSizes.flatMap((size) => [writing, ...otherTexts].map((how) => drawn(how, size))),
            ]
          : [];
      if (otherwise.some((seen) => seen.hashes)) mayShow.push(HASHES);
      const smaller = otherwise.reduce<CellSizes | undefined>(
        (small, seen) => (seen.sizes ? { ...small, ...seen.sizes } : small),
        undefined,
      );
      const sizes = smaller ? { ...shownSizes, ...smaller } : shownSizes;
      if (inked && source.xlsSheet)
        judged.add({
          row: r,
          col: c,
          address,
          content: value!.value,
          format: formatAt(r, c),
          ...(drawn && !hashes ? { drawn } : {}),
        });
      const textLayout =
        layout &&
        (textual ? reportedLayout(layout, () => allSizes) : reportedFigureLayout(layout, () => allSizes));
      // A named figure struck through: an .ods's cell styles, an .xls cell style's font.
      const struck = named && value?.type === "number" && struckAt(r, c);
      // What lies over a figure or a text of the form's frame, as the .xlsx reader marks the cells it keeps.
      const underDrawing =
        named || framing
          ? drawnOverBoth(
              source.ods?.drawnOver(name, r, c),
              source.xlsSheet && xlsDrawnOver(source.xlsSheet, r, c),
            )
          : undefined;
      const read: GridCell = {
        ...(value ? { value } : {}),
        ...(formula ? { formula } : {}),
        ...(computed ? { computedBy: computed } : {}),
        ...(shown !== undefined ? { shown } : {}),
        ...(mayShow.length > 0 ? { mayShow } : {}),
        ...(concealed ? { hidden: concealed } : {}),
        ...(inks.length > 0 ? { inks } : {}),
        ...(sizes ? { sizes } : {}),
        ...(generalRoom ? { generalRoom } : {}),
        ...(underDrawing ? { underDrawing } : {}),
        ...(textLayout ? { textLayout } : {}),
        ...(struck ? { struck } : {}),
      };
      cells.set(address, hashes ? shownAsHashes(read) : read);
    });
  });
  if (source.xlsSheet && source.xlsStyles)
    applyXlsConditionals(cells, judged, source.xlsSheet, source.xlsStyles);
  const visibility = hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible";
  return { name, visibility, cells };
}

const XML_ENTITIES = new Map([
  ["&apos;", "'"],
  ["&quot;", '"'],
  ["&lt;", "<"],
  ["&gt;", ">"],
  ["&amp;", "&"],
]);

/** SheetJS 0.20.3 leaves an .ods named range's address XML-escaped ("&apos;Biểu 01&apos;!$C$9"). */
const unescapeXml = (text: string) => text.replace(/&(?:apos|quot|lt|gt|amp);/g, (e) => XML_ENTITIES.get(e)!);

function readNames(wb: XLSX.WorkBook): GridName[] {
  return gridNames(
    (wb.Workbook?.Names ?? []).flatMap((defined) =>
      typeof defined.Name === "string" && typeof defined.Ref === "string"
        ? [
            {
              name: defined.Name,
              ref: wb.bookType === "ods" ? unescapeXml(defined.Ref) : defined.Ref,
              sheetScoped: defined.Sheet !== undefined && defined.Sheet !== null,
            },
          ]
        : [],
    ),
  );
}

function parse(bytes: Uint8Array, file: string, limits: ReadLimits): XLSX.WorkBook {
  const read = captureConsole(() =>
    loadSheetJs().read(bytes, {
      type: "array",
      cellFormula: true,
      cellHTML: false,
      // The text each cell shows, and (with the styles) the hidden columns of an .xls.
      cellText: true,
      cellNF: true,
      cellStyles: true,
      cellDates: false,
      dense: true,
      bookVBA: false,
      // Without stubs SheetJS drops a formula cell that has no cached value, formula and all.
      sheetStubs: true,
      // One row past the cap tells a sheet that reaches it from one that is cut short.
      sheetRows: limits.maxRowsPerSheet + 1,
    }),
  );
  if (read.ok) return read.value;
  const message = read.error instanceof Error ? read.error.message : String(read.error);
  if (/password/i.test(message)) throw new FileError(WORDS.file.encrypted, file);
  throw new FileError(WORDS.file.corrupt, file, {}, [message, read.said].filter(Boolean).join("\n"));
}

/** What a reader of a part throws on a damaged file, as the plain refusal of a corrupt one. */
function asCorrupt<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof PartNameError)
      throw new FileError(WORDS.file.badPartName, file, { part: error.part });
    if (error instanceof CellLikeNameError)
      throw new FileError(WORDS.file.cellLikeName, file, { name: error.definedName });
    throw new FileError(WORDS.file.corrupt, file, {}, error instanceof Error ? error.message : String(error));
  }
}

/** The bottom-right corner of a sheet's named cells (-1, -1 where it has none). */
function cornerOf(named: ReadonlySet<string>): { row: number; col: number } {
  const corner = { row: -1, col: -1 };
  for (const address of named) {
    const at = fromA1(address);
    if (at) [corner.row, corner.col] = [Math.max(corner.row, at.row), Math.max(corner.col, at.col)];
  }
  return corner;
}

/**
 * Reads a .xlsx, .xls or .ods file into the core's grid. Hostile input is refused before parsing;
 * `fileName` only names the file in messages.
 */
export function readWorkbookGrid(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): WorkbookGrid {
  const resolved = resolveLimits(limits);
  // The XML parts: an .ods's content, or a workbook's package, to find its Excel tables in.
  const xmlParts = guardFile(bytes, fileName, resolved, isXmlPart);
  const content = odsContent(xmlParts);
  const ods = content ? asCorrupt(fileName, () => odsVisibility(content)) : undefined;
  // Common styles first, then the cells' own automatic styles.
  const odsStyles = content
    ? asCorrupt(fileName, () => odsDataStyles([odsPart(xmlParts, ODS_STYLES), content]))
    : undefined;
  const settings = content
    ? asCorrupt(fileName, () => odsSettings(odsPart(xmlParts, ODS_SETTINGS)))
    : undefined;
  const odsPages = content
    ? asCorrupt(fileName, () => odsPageTexts(odsPart(xmlParts, ODS_STYLES), odsPart(xmlParts, ODS_META)))
    : undefined;
  const wb = parse(bytes, fileName, resolved);
  checkSheetNames(wb.SheetNames, fileName);
  const xls = isZip(bytes) ? undefined : asCorrupt(fileName, () => xlsGlobals(bytes));
  const xlsSheetsByName = xls && asCorrupt(fileName, () => xlsSheets(bytes, resolved.maxCells));
  // Excel and LibreOffice round every figure to what its cell shows and compute with that; the roll-up
  // computes with the figures.
  if (xls?.precisionAsDisplayed || ods?.precisionAsShown)
    throw new FileError(WORDS.file.precisionAsDisplayed, fileName);
  const counted = { cells: 0 };
  const names = asCorrupt(fileName, () => readNames(wb));
  const namedIn = (sheet: string) =>
    new Set(
      names
        .filter((n) => n.sheet.toUpperCase() === sheet.toUpperCase())
        .flatMap((n) => [n.address, ...besideName(n.name, n.address)]),
    );
  // An .xls's print areas as SheetJS reads its built-in names (an .ods's from its content, which
  // SheetJS reads with its quotes escaped).
  const xlsPrintAreas = printAreaRefs(
    (wb.Workbook?.Names ?? []).flatMap(({ Name, Ref, Sheet }) =>
      typeof Sheet === "number" ? [{ name: Name, ref: Ref, sheetScoped: true, localSheet: Sheet }] : [],
    ),
  );
  const sheets = wb.SheetNames.map((name, i): GridSheet => {
    const ws = Object.prototype.hasOwnProperty.call(wb.Sheets, name) ? wb.Sheets[name] : undefined;
    const hidden = ods?.hiddenSheets.has(name) ? 1 : wb.Workbook?.Sheets?.[i]?.Hidden;
    const xlsSheet = xlsSheetsByName?.get(name);
    const found = settings?.views.get(name) ?? xlsSheet?.view;
    const view = settings?.zerosHidden
      ? { ...(found ?? { opensAt: { row: 0, col: 0 } }), zerosHidden: true }
      : found;
    const named = namedIn(name);
    const sheet = ws
      ? readSheet(
          ws,
          name,
          hidden,
          {
            file: fileName,
            xls: !isZip(bytes),
            named,
            corner: cornerOf(named),
            ...(ods ? { ods } : {}),
            ...(odsStyles ? { odsStyles } : {}),
            ...(xlsSheet ? { xlsSheet } : {}),
            ...(xls ? { xlsStyles: xls.styles } : {}),
          },
          resolved,
          counted,
        )
      : { name, visibility: "visible" as const, cells: new Map<string, GridCell>() };
    const printArea = ods ? ods.printRanges.get(name) : xlsPrintAreas.get(i);
    // What its printed pages' headers and footers say: an .ods's master page's, an .xls's HEADER and FOOTER.
    const pageTexts =
      ods && odsPages
        ? odsPages(ods.masterPages.get(name) ?? "", name)
        : (xlsSheet?.pageCodes ?? []).flatMap(({ place, codes }) => pageTextsOf(place, codes, name));
    return {
      ...sheet,
      ...(view ? { view } : {}),
      ...(printArea !== undefined ? { printAreas: printAreasOf(printArea, name) } : {}),
      ...(pageTexts.length > 0 ? { pageTexts } : {}),
    };
  });
  const modified = wb.Props?.ModifiedDate;
  const modifiedAt =
    modified instanceof Date && !Number.isNaN(modified.getTime()) ? modified.toISOString() : undefined;
  const refs = isOoxmlEntries(xmlParts.keys())
    ? asCorrupt(fileName, () => tableRefs(xmlParts, fileName))
    : [];
  const tables = refs.flatMap((ref) => {
    const sheet = sheets.find((s) => s.name === ref.sheet);
    return sheet ? [areaTable(cellRows(sheet, ref), sheet.name, ref.name, ref)] : [];
  });
  const opensOn = settings
    ? odsOpening(wb.SheetNames, settings)
    : xls && xlsOpening(wb.SheetNames, xls.window);
  return {
    sheets,
    names,
    ...(modifiedAt ? { modifiedAt } : {}),
    ...(tables.length > 0 ? { tables } : {}),
    ...(opensOn ? { opensOn } : {}),
  };
}

/** The sheet an .xls opens on: its window's active sheet, else its first, as Excel opens it. */
function xlsOpening(names: readonly string[], window: XlsWindow | undefined): OpensOn | undefined {
  const sheet = names[window?.activeTab ?? 0] ?? names[0];
  return sheet !== undefined ? { sheet, tabsHidden: window?.tabsHidden ?? false } : undefined;
}

/** The sheet an .ods opens on: the one its settings name, else its first, as LibreOffice opens it. */
function odsOpening(names: readonly string[], settings: OdsSettings): OpensOn | undefined {
  const sheet = names.find((name) => name === settings.activeTable) ?? names[0];
  return sheet !== undefined ? { sheet, tabsHidden: settings.tabsHidden } : undefined;
}
