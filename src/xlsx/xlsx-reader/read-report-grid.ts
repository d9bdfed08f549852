import { besideName } from "../../core/form/target-block";
import { fromA1, inArea, type Area } from "../../core/grid/a1";
import type { GridCell, GridName, GridSheet, WorkbookGrid } from "../../core/grid/grid";
import { META_SHEET } from "../../core/report/metadata";
import { CHECK_ERRORS_NAME, CHECK_SHEET } from "../../core/layout/check-sheet";
import { keyOf } from "../../core/report/sheet-texts";
import { CellLikeNameError, gridNamesOf, printAreaRefs } from "../package/defined-names";
import { printAreasIn } from "../../core/grid/print-areas";
import { FileError } from "../errors";
import { checkSheetNames, guardFile, isZip } from "../zip/guard";
import { MAX_FORMAT_LENGTH, resolveLimits, type ReadLimits } from "../limits";
import { LongFormatError } from "../number-formats/number-formats";
import { readCellStyles } from "./cell-styles";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells } from "./sheet-cells";
import { withFormulaSources } from "./formula-sources";
import { SheetViewReader } from "./sheet-view";
import { PageSetupReader } from "./sheet-page-setup";
import { PageTextsReader } from "./sheet-page-texts";
import {
  isOoxmlEntries,
  isXmlPart,
  openWorkbook,
  packageParts,
  relationshipsPart,
  type PackageParts,
} from "../package/open-workbook";
import {
  isRelationshipOf,
  onlyRelationship,
  PartNameError,
  readRelationships,
  type Relationship,
} from "../package/workbook-part";
import { readApplication, readModifiedAt } from "../package/document-properties";
import type { ZipCodec } from "../zip/zip-codec";
import { zipEntries } from "../zip/zip-entries";
import { WORDS } from "../../core/vocabulary";

/**
 * Whether the bytes are an Office Open XML package (.xlsx, .xlsm) rather than an .ods, an .xls or
 * anything else: the package names its content types and is no OpenDocument.
 */
export function isOoxmlPackage(bytes: Uint8Array, file: string, limits: Partial<ReadLimits> = {}): boolean {
  if (!isZip(bytes)) return false;
  return isOoxmlEntries(zipEntries(bytes, file, resolveLimits(limits)).map((e) => e.name));
}

/** Which cells of a sheet the core will look at, and of which it needs only the text. */
interface WantedCells {
  readonly wanted: (address: string) => boolean;
  /** The wanted cells, where they are a list (the named ones): those absent from the sheet are looked for too. */
  readonly listed?: ReadonlySet<string>;
  readonly texts?: boolean;
  /** Whether the other cells holding a number are kept too (`SheetScan.figures`). */
  readonly figures?: boolean;
  /** Read no row past this many; the rest of the sheet is not scanned. */
  readonly rows?: number;
  /** Every cell is wanted: the sheet is read whole. */
  readonly whole?: true;
}

const NONE: ReadonlySet<string> = new Set();
const NOTHING: WantedCells = { wanted: () => false };

/** The cells `want` asks for, and every cell of `areas`, down to the sheet's last row. */
function withAreas(want: WantedCells, areas: readonly Area[]): WantedCells {
  const inAreas = (address: string) => {
    const at = fromA1(address);
    return at !== null && areas.some((area) => inArea(area, at.row, at.col));
  };
  return {
    wanted: (address) => want.wanted(address) || inAreas(address),
    ...(want.listed ? { listed: want.listed } : {}),
    ...(want.texts ? { texts: want.texts } : {}),
    ...(want.figures ? { figures: want.figures } : {}),
  };
}

/**
 * Which cells of each sheet (by upper-cased name) the core will look at: the metadata, the named cells
 * (and a target's two cells beside it), and every cell of the sheets read whole; and every text of a
 * sheet holding named cells, where a form's title, headings and labels are (`formFrame`) and where a copy
 * of the form below or beside it shows its title again (red team, round 53).
 */
function wantedCells(
  names: readonly GridName[],
  wholeSheets: readonly string[],
): (sheet: string) => WantedCells | null {
  const bySheet = new Map<string, Set<string>>();
  for (const n of names) {
    // The count of errors a template's own formulas find: the province recounts, never reads it.
    if (n.name.toUpperCase() === CHECK_ERRORS_NAME) continue;
    const key = n.sheet.toUpperCase();
    const named = bySheet.get(key) ?? new Set<string>();
    bySheet.set(key, named.add(n.address));
    for (const beside of besideName(n.name, n.address)) named.add(beside);
  }
  const meta = META_SHEET.toUpperCase();
  const whole = new Set(wholeSheets.map((name) => name.toUpperCase()));
  const known = new Map<string, WantedCells | null>();
  return (sheet) => {
    const key = sheet.toUpperCase();
    let found = known.get(key);
    if (found === undefined) {
      found = wantedOf(key);
      // Sheet names vary only from file to file of a hostile sender: what is kept stays small.
      if (known.size < MAX_KNOWN_SHEETS) known.set(key, found);
    }
    return found;
  };
  function wantedOf(key: string): WantedCells | null {
    if (whole.has(key)) return { wanted: () => true, whole: true };
    const named = bySheet.get(key);
    if (key === meta) return { wanted: (address) => !!named?.has(address) || /^[AB]\d+$/.test(address) };
    if (!named) return null;
    return { wanted: (address) => named.has(address), listed: named, texts: true, figures: true };
  }
}

const MAX_KNOWN_SHEETS = 64;

/** The rows of a sheet's top, and the bytes its part is first read from for them. */
const TOP_ROWS = 5;
const TOP_BYTES = 16_384;

/**
 * Of a visible sheet holding no named cell, the texts: a copy of a form is known by its title
 * (`lookAlikeSheets`), wherever it stands (red team, round 47: five rows inserted above a copy's title hid
 * it from a reading of the first five).
 */
const TEXTS_ONLY: WantedCells = { wanted: () => false, texts: true };

/**
 * The template's own check sheet is eight times the size of a form: read whole, it made every report 45 %
 * slower to read (measured, 1,000 reports). Of a sheet that may be it — its name, after every form — the
 * top is read, and the rest only where that top does not carry its title: a copy of a form further down is
 * met after the forms, on a sheet that says it is the check (one the workbook opens on with its tab bar
 * hidden is named whatever it holds, `lookAlikeSheets`).
 */
const CHECK_TOP: WantedCells = { ...TEXTS_ONLY, rows: TOP_ROWS };
const CHECK_TITLE = keyOf(WORDS.selfCheck.title.vi);

/** Whether a sheet's top carries the check sheet's title. */
const opensAsCheckSheet = (cells: ReadonlyMap<string, GridCell>) =>
  [...cells.values()].some(
    (cell) => cell.value?.type === "string" && keyOf(cell.value.value) === CHECK_TITLE,
  );
/**
 * Reports of one template share one list of names (`gridNamesOf` keeps it by the workbook part): which
 * cells each sheet needs is worked out once per list and set of sheets read whole, not once per file.
 */
const WANTED = new WeakMap<readonly GridName[], Map<string, (sheet: string) => WantedCells | null>>();

function wantedCellsOnce(names: readonly GridName[], wholeSheets: readonly string[]) {
  let byWhole = WANTED.get(names);
  if (!byWhole) WANTED.set(names, (byWhole = new Map()));
  const key = wholeSheets.join("\n");
  let wanted = byWhole.get(key);
  if (!wanted) byWhole.set(key, (wanted = wantedCells(names, wholeSheets)));
  return wanted;
}

/**
 * Reads a received .xlsx report for the core: every sheet's name and visibility, the defined names, the
 * metadata sheet's cells and the cells the names point to, and when it was saved. Each zip entry is
 * inflated once, under the same guard and caps as `readWorkbookGrid`, and its XML streamed rather than
 * parsed whole; the cells no report needs are counted against the caps, then dropped.
 */
/** The parts read: XML, and the legacy drawings (VML) of notes and form controls laid over cells. */
const isReadPart = (name: string) => isXmlPart(name) || /\.vml$/i.test(name);

export function readReportGrid(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
  wholeSheets: readonly string[] = [],
  codec?: ZipCodec,
): WorkbookGrid {
  const resolved = resolveLimits(limits);
  const inflated = guardFile(bytes, fileName, resolved, isReadPart, codec);
  try {
    return readPackage(packageParts(inflated, fileName), fileName, resolved, wholeSheets);
  } catch (error) {
    if (error instanceof FileError) throw error;
    if (error instanceof LongFormatError)
      throw new FileError(WORDS.file.formatTooLong, fileName, {
        length: error.length,
        max: MAX_FORMAT_LENGTH,
      });
    if (error instanceof PartNameError)
      throw new FileError(WORDS.file.badPartName, fileName, { part: error.part });
    if (error instanceof CellLikeNameError)
      throw new FileError(WORDS.file.cellLikeName, fileName, { name: error.definedName });
    throw new FileError(
      WORDS.file.corrupt,
      fileName,
      {},
      error instanceof Error ? error.message.slice(0, 200) : String(error),
    );
  }
}

/** A workbook without a styles part is read as one of no styles. */
const NO_STYLES = new TextEncoder().encode("<styleSheet/>");

/** The shared strings and the cell styles every sheet of the workbook is read with. */
function readSharedParts(parts: PackageParts, workbookRels: ReadonlyMap<string, Relationship>) {
  const { text } = parts;
  const stringsPart = onlyRelationship(workbookRels, "sharedStrings");
  const { strings, runs, literals } = stringsPart
    ? readSharedStrings(text(parts.inAnyCase(stringsPart)) ?? "")
    : { strings: [], runs: undefined, literals: undefined };
  const stylesPart = onlyRelationship(workbookRels, "styles");
  const styles = readCellStyles(
    parts.data(stylesPart) ?? NO_STYLES,
    parts.data(onlyRelationship(workbookRels, "theme")),
  );
  return { strings, stringRuns: runs, stringLiterals: literals, styles };
}

/** The index of the last sheet, the metadata sheet aside, holding cells a report needs (-1 where none does). */
function lastFormIndex(sheets: readonly { name: string }[], wanted: (sheet: string) => unknown): number {
  return sheets.reduce(
    (last, sheet, index) => (sheet.name !== META_SHEET && wanted(sheet.name) ? index : last),
    -1,
  );
}

function readPackage(
  parts: PackageParts,
  file: string,
  limits: ReadLimits,
  wholeSheets: readonly string[],
): WorkbookGrid {
  const { text } = parts;
  const { packageRels, workbook, workbookRels } = openWorkbook(parts, file);
  // Excel and LibreOffice round every figure to what its cell shows and compute with that: a rate of
  // 69.96 % shown as 70.0 % is "Đạt" there, not in the roll-up, which computes with the figures.
  if (workbook.precisionAsDisplayed) throw new FileError(WORDS.file.precisionAsDisplayed, file);
  // Before any sheet's work: a workbook of too many sheets is refused unread.
  checkSheetNames(
    workbook.sheets.map((sheet) => sheet.name),
    file,
  );
  const { strings, stringRuns, stringLiterals, styles } = readSharedParts(parts, workbookRels);
  const names = gridNamesOf(workbook.names);
  const wanted = wantedCellsOnce(names, wholeSheets);
  const counted = { cells: 0 };
  const printAreas = printAreaRefs(workbook.names);
  const lastForm = lastFormIndex(workbook.sheets, wanted);
  /** Cells each sheet's last reading counted against the caps: a sheet read again is counted once. */
  const countedBy = new Map<number, number>();
  /** A sheet read for the cells a report needs, and the cells of `sources` (which formulas read) whole. */
  const readSheet = (index: number, sources: readonly Area[]): GridSheet => {
    counted.cells -= countedBy.get(index) ?? 0;
    const start = counted.cells;
    const read = readSheetOnce(index, sources);
    countedBy.set(index, counted.cells - start);
    return read;
  };
  const readSheetOnce = (index: number, sources: readonly Area[]): GridSheet => {
    const sheet = workbook.sheets[index]!;
    const relationship = sheet.relationship ? workbookRels.get(sheet.relationship) : undefined;
    const target = relationship?.target;
    if (target === undefined || !parts.has(target))
      throw new FileError(WORDS.file.corrupt, file, {}, `no sheet ${sheet.name}`);
    // A chart sheet or a dialog sheet holds no cells Excel shows, whatever its part contains.
    const worksheet = isRelationshipOf(relationship!, "worksheet");
    // Of a visible sheet holding no cell a report needs (the template's check sheet, a user's notes),
    // only the texts: a copy of a form is known by its title (`lookAlikeSheets`). A hidden one is neither
    // decoded nor read: nothing on it can change a figure. The guard has inflated and checked it.
    const needed = worksheet
      ? (wanted(sheet.name) ?? (sheet.visibility === "visible" ? TEXTS_ONLY : null))
      : null;
    const partial =
      worksheet && !needed?.whole ? { listed: needed?.listed ?? NONE, areas: sources } : undefined;
    const want = needed && sources.length === 0 ? needed : partial && withAreas(needed ?? NOTHING, sources);
    if (!want)
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells: new Map(),
        ...(partial ? { partial } : {}),
      };
    const printArea = printAreas.get(index);
    const areas = printAreasIn(printArea, sheet.name);
    /** The sheet's relationship `id`, if it is of the kind. */
    const related = (id: string, kind: string) => {
      const part = readRelationships(text(relationshipsPart(target!)) ?? "<Relationships/>", target!).get(id);
      return part && isRelationshipOf(part, kind) ? part : undefined;
    };
    /** The sheet's cells from its part's text (or the start of it), and its view. */
    const read = (xml: string, cellsWanted = want) => {
      const view = new SheetViewReader(file);
      const pageTexts = new PageTextsReader();
      // Only a sheet read whole: its page setup follows its cells.
      const pageSetup = cellsWanted.rows === undefined ? new PageSetupReader(file, areas) : undefined;
      const cells = readSheetCells(xml, {
        sheet: sheet.name,
        ...cellsWanted,
        strings,
        stringRuns,
        stringLiterals,
        date1904: workbook.date1904,
        styles,
        file,
        limits,
        counted,
        view,
        pageTexts,
        ...(pageSetup ? { pageSetup } : {}),
        drawing: (id) => text(related(id, "drawing")?.target),
        // A legacy drawing named as one yet not among the parts read (missing, or under another name) cannot be
        // placed: "" is no drawing at all, read as covering the whole sheet.
        legacyDrawing: (id) => {
          const legacy = related(id, "vmlDrawing");
          return legacy && (text(legacy.target) ?? "");
        },
      });
      return { cells, view, pageTexts: pageTexts.texts(sheet.name), print: pageSetup?.sheetPrint() };
    };
    /**
     * The check sheet's top (`CHECK_TOP`), from the part's first bytes: where they end before its last row
     * read, the scan fails there (a tag or element left open) and the whole part is read, its cells
     * counted once; so too where the top is not the check sheet's.
     */
    const readCheckTop = () => {
      const before = counted.cells;
      try {
        const top = read(parts.head(target!, TOP_BYTES)!, CHECK_TOP);
        if (opensAsCheckSheet(top.cells)) return top;
      } catch {
        // Read whole below.
      }
      counted.cells = before;
      return undefined;
    };
    const mayBeCheck = want === TEXTS_ONLY && sheet.name === CHECK_SHEET && index > lastForm;
    const { cells, view, pageTexts, print } = (mayBeCheck && readCheckTop()) || read(text(target)!);
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      cells: cells as ReadonlyMap<string, GridCell>,
      view: view.view(),
      ...(areas !== undefined ? { printAreas: areas } : {}),
      ...(pageTexts.length > 0 ? { pageTexts } : {}),
      ...(print ? { print } : {}),
      ...(partial ? { partial } : {}),
    };
  };
  const sheets = withFormulaSources(
    workbook.sheets.map((_, index) => readSheet(index, [])),
    readSheet,
  );
  const core = text(onlyRelationship(packageRels, "core-properties"));
  const modifiedAt = core ? readModifiedAt(core) : undefined;
  const app = text(onlyRelationship(packageRels, "extended-properties"));
  const application = app ? readApplication(app) : undefined;
  const opening = workbook.sheets[workbook.view.activeTab] ?? workbook.sheets[0];
  return {
    sheets,
    names,
    ...(modifiedAt ? { modifiedAt } : {}),
    ...(application ? { application } : {}),
    ...(opening ? { opensOn: { sheet: opening.name, tabsHidden: workbook.view.tabsHidden } } : {}),
  };
}
