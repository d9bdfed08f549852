import type * as XLSX from "@e965/xlsx";
import { fromA1 } from "../../core/grid/a1";
import { besideName } from "../../core/form/target-block";
import { excelTables } from "../../core/grid/find-table";
import type { GridCell, GridName, GridSheet, OpensOn, SheetPrint, WorkbookGrid } from "../../core/grid/grid";
import { CellLikeNameError, gridNames, printAreaRefs } from "../package/defined-names";
import { printAreasIn, printedAreas } from "../../core/grid/print-areas";
import { pageTextsOf } from "../../core/layout/page-codes";
import { FileError } from "../errors";
import { checkSheetNames, guardFile, isZip, odsContent, odsPart } from "../zip/guard";
import type { ZipCodec } from "../zip/zip-codec";
import { captureConsole } from "./quiet-console";
import { freshSheetJs } from "../number-formats/sheetjs-library";
import { resolveLimits, type ReadLimits } from "../limits";
import { odsContentReads } from "./ods/ods-content-pass";
import { xlsGlobals, type XlsWindow } from "./xls-globals";
import { xlsSheets } from "./xls-sheets";
import { withEmptyTextResults } from "./xls-empty-results";
import { withoutDefaultPassword } from "./xls-decryption";
import { usedOf, xlsExtent } from "./xls-extent";
import { odsSettings, type OdsSettings } from "./ods/ods-settings";
import { odsPageTexts } from "./ods/ods-page-texts";
import { ODS_META, ODS_SETTINGS, ODS_STYLES } from "../odf-package/part-names";
import { odsGenerator, odsSavedAt } from "./ods/ods-meta";
import { odsPageSetups } from "./ods/ods-page-setup";
import { PartNameError } from "../package/workbook-part";
import { isOoxmlEntries, isXmlPart } from "../package/open-workbook";
import { tableRefs } from "../package/table-parts";
import { defaultColumnWidths } from "../sheet-geometry/default-column-widths";
import { plainLooks } from "./cell-looks";
import { odsLooks } from "./ods/ods-looks";
import { xlsLooks } from "./xls-looks";
import { gridValue, readSheet } from "./read-sheet";
import { WORDS } from "../../core/vocabulary";

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
    freshSheetJs().read(bytes, {
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

/** What an .ods's own parts say that SheetJS does not read: each refuses the file where its part is damaged. */
function readOdsParts(xmlParts: ReadonlyMap<string, Uint8Array>, content: Uint8Array, fileName: string) {
  const styles = odsPart(xmlParts, ODS_STYLES);
  // Common styles first, then the cells' own automatic styles; content.xml's read once for both.
  const reads = odsContentReads(content, styles);
  return {
    ods: asCorrupt(fileName, reads.visibility),
    odsStyles: asCorrupt(fileName, reads.dataStyles),
    settings: asCorrupt(fileName, () => odsSettings(odsPart(xmlParts, ODS_SETTINGS))),
    odsPages: asCorrupt(fileName, () => odsPageTexts(styles, odsPart(xmlParts, ODS_META))),
    odsSetups: asCorrupt(fileName, () => odsPageSetups(styles)),
  };
}
type OdsParts = ReturnType<typeof readOdsParts>;

/**
 * Reads a .xlsx, .xls or .ods file into the core's grid. Hostile input is refused before parsing;
 * `fileName` only names the file in messages.
 */
export function readWorkbookGrid(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
  codec?: ZipCodec,
): WorkbookGrid {
  const resolved = resolveLimits(limits);
  // The XML parts: an .ods's content, or a workbook's package, to find its Excel tables in. Inflated
  // strictly, as zlib does, before SheetJS inflates them again with its own lenient code.
  const xmlParts = guardFile(bytes, fileName, resolved, isXmlPart, codec);
  const content = odsContent(xmlParts);
  const { ods, odsStyles, settings, odsPages, odsSetups } = content
    ? readOdsParts(xmlParts, content, fileName)
    : ({} as Partial<OdsParts>);
  // An .xls whose structure is protected is encrypted with a password everyone knows: read decrypted.
  const { opened, stream } = isZip(bytes)
    ? { opened: bytes, stream: undefined }
    : asCorrupt(fileName, () => withoutDefaultPassword(bytes));
  const wb = parse(opened, fileName, resolved);
  checkSheetNames(wb.SheetNames, fileName);
  const xls = isZip(bytes) ? undefined : asCorrupt(fileName, () => xlsGlobals(stream));
  if (xls && !xls.biff8) throw new FileError(WORDS.file.olderXls, fileName);
  const xlsSheetsByName =
    xls && asCorrupt(fileName, () => xlsSheets(stream, resolved.maxCells, xls.styles.checkCellStyle));
  // Excel and LibreOffice round every figure to what its cell shows and compute with that; the roll-up
  // computes with the figures.
  if (xls?.precisionAsDisplayed || ods?.precisionAsShown)
    throw new FileError(WORDS.file.precisionAsDisplayed, fileName);
  if (xls?.linksOut) throw new FileError(WORDS.file.linksOut, fileName);
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
  const defaultWidths = defaultColumnWidths(xmlParts, fileName);
  const read = wb.SheetNames.map((name, i): GridSheet => {
    const ws = Object.prototype.hasOwnProperty.call(wb.Sheets, name) ? wb.Sheets[name] : undefined;
    const hidden = ods?.hiddenSheets.has(name) ? 1 : wb.Workbook?.Sheets?.[i]?.Hidden;
    const xlsSheet = xlsSheetsByName?.get(name);
    const found = settings?.views.get(name) ?? xlsSheet?.view;
    const view = settings?.zerosHidden
      ? { ...(found ?? { opensAt: { row: 0, col: 0 } }), zerosHidden: true }
      : found;
    const named = namedIn(name);
    const cellAt = (r: number, c: number) => (ws as XLSX.DenseWorkSheet | undefined)?.["!data"]?.[r]?.[c];
    const looks =
      ods && odsStyles
        ? odsLooks(ods, odsStyles, name, (r, c) => {
            const cell = cellAt(r, c);
            return cell && gridValue(cell);
          })
        : xlsSheet && xls
          ? xlsLooks(xlsSheet, xls.styles, cellAt)
          : plainLooks(!isZip(bytes), xls?.styles.defaultFontSize, defaultWidths.get(name));
    const sheet = ws
      ? readSheet(ws, name, hidden, looks, { named, corner: cornerOf(named) }, fileName, resolved, counted)
      : { name, visibility: "visible" as const, cells: new Map<string, GridCell>() };
    const printArea = ods ? ods.printRanges.get(name) : xlsPrintAreas.get(i);
    const printAreas = printAreasIn(printArea, name);
    // How its pages are set up, and how large what it prints is: an .ods's master page's layout, an .xls's
    // SETUP, WSBOOL and margin records.
    const setup = ods && odsSetups?.(ods.masterPages.get(name) ?? "");
    const print: SheetPrint | undefined =
      ods && setup
        ? {
            ...setup,
            areas: printedAreas(printAreas, ods.used(name)).map((area) => ods.extent(name, area)),
          }
        : ws && xlsSheet?.pageSetup
          ? {
              ...xlsSheet.pageSetup,
              areas: printedAreas(printAreas, usedOf(sheet.cells)).map(
                xlsExtent(ws, xlsSheet, xls?.styles.defaultFontSize),
              ),
            }
          : undefined;
    // What its printed pages' headers and footers say: an .ods's master page's, an .xls's HEADER and FOOTER.
    const pageTexts =
      ods && odsPages
        ? odsPages(ods.masterPages.get(name) ?? "", name)
        : (xlsSheet?.pageCodes ?? []).flatMap(({ place, codes }) => pageTextsOf(place, codes, name));
    return {
      ...sheet,
      ...(view ? { view } : {}),
      ...(printAreas !== undefined ? { printAreas } : {}),
      ...(pageTexts.length > 0 ? { pageTexts } : {}),
      ...(print ? { print } : {}),
    };
  });
  const sheets = xls ? withEmptyTextResults(read) : read;
  const modified = wb.Props?.ModifiedDate;
  // SheetJS reads no save time of an .ods: its meta.xml's.
  const modifiedAt = content
    ? asCorrupt(fileName, () => odsSavedAt(odsPart(xmlParts, ODS_META)))
    : modified instanceof Date && !Number.isNaN(modified.getTime())
      ? modified.toISOString()
      : undefined;
  // SheetJS reads an .xlsx's extended properties, not an .ods's meta.xml; an .xls names no program.
  const application = content
    ? asCorrupt(fileName, () => odsGenerator(odsPart(xmlParts, ODS_META)))
    : wb.Props?.Application?.trim() || undefined;
  const refs = isOoxmlEntries(xmlParts.keys())
    ? asCorrupt(fileName, () => tableRefs(xmlParts, fileName))
    : [];
  const tables = excelTables(sheets, refs);
  const opensOn = settings
    ? odsOpening(wb.SheetNames, settings)
    : xls && xlsOpening(wb.SheetNames, xls.window);
  return {
    sheets,
    names,
    ...(modifiedAt ? { modifiedAt } : {}),
    ...(application ? { application } : {}),
    ...(tables.length > 0 ? { tables } : {}),
    ...(opensOn ? { opensOn } : {}),
    // LibreOffice recalculates an .xls on loading (red team, round 25).
    ...(xls ? { computedOnOpening: true as const } : {}),
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
