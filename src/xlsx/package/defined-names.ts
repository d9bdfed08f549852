import { areaOf, columnIndex, parseSheetRef } from "../../core/grid/a1";
import type { GridName } from "../../core/grid/grid";
import { decodeExcelEscapes } from "../xml/xml-text";

/** A defined name as a workbook lists it. */
export interface DefinedName {
  readonly name: string;
  /** What the name refers to, e.g. "'Biểu 01'!$C$9". */
  readonly ref: string;
  /** Scoped to one sheet (Excel's localSheetId) rather than the workbook. */
  readonly sheetScoped: boolean;
  /** The sheet it is scoped to, by its place among the workbook's sheets (from 0), where one is named. */
  readonly localSheet?: number;
}

/** The print area a workbook sets on each sheet, by the sheet's place: `_xlnm.Print_Area`, scoped to it. */
export function printAreaRefs(names: readonly DefinedName[]): ReadonlyMap<number, string> {
  const refs = new Map<number, string>();
  for (const { name, ref, localSheet } of names)
    if (localSheet !== undefined && name.toUpperCase() === "_XLNM.PRINT_AREA" && !refs.has(localSheet))
      refs.set(localSheet, ref);
  return refs;
}

/** A sheet, quoted or not, and its "!": what a reference to one cell or range starts with. */
const SHEET_PART = /^=?(?:'(?:[^']|'')+'|[^'!:,;()+\-*/^&=<>" ]+)!/;

/** One sheet reference to a cell or a range; anything else (formulas, unions) is skipped. */
function parseSingleCell(raw: string): { sheet: string; address: string } | null {
  const text = raw.trim();
  const sheet = SHEET_PART.exec(text);
  const range = sheet ? text.slice(sheet[0].length) : "";
  // A space in a range is Excel's intersection: "A1 :B2" is no range, though each end reads as a cell.
  if (text.includes("#REF!") || !sheet || /\s/.test(range) || !areaOf(range)) return null;
  return parseSheetRef(text);
}

/** Every report of a campaign names the same cells in the same words: each reference is parsed once. */
const parsed = new Map<string, { sheet: string; address: string } | null>();
/** Enough for every name of every template; a hostile file's made-up references only refill it. */
const PARSED_MAX = 4_096;

function singleCell(raw: string): { sheet: string; address: string } | null {
  let ref = parsed.get(raw);
  if (ref === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    ref = parseSingleCell(raw);
    parsed.set(raw, ref);
  }
  return ref;
}

/** A defined name a reader must refuse: programs read the workbook's formulas apart because of it. */
export class CellLikeNameError extends Error {
  constructor(readonly definedName: string) {
    super(`defined name ${definedName} reads as a cell`);
    this.name = "CellLikeNameError";
  }
}

const A1_NAME = /^([A-Za-z]{1,3})([1-9]\d{0,6})$/;
const R1C1_NAME = /^(?:[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*)$/;

/**
 * Whether a name reads as a cell of Excel's grid (A1 up to XFD1048576, or R1C1) once the `_xHHHH_`
 * escapes LibreOffice decodes in names are decoded: "C11", "D1_x0031_". Excel refuses such a name;
 * LibreOffice takes it, in every formula of the workbook, in place of the cell it spells — a form's
 * total then shows what the name holds while the figures read are the cells'.
 */
function readsAsCell(name: string): boolean {
  const decoded = decodeExcelEscapes(name);
  if (R1C1_NAME.test(decoded)) return true;
  const a1 = A1_NAME.exec(decoded);
  return !!a1 && columnIndex(a1[1]!) < 16_384 && Number(a1[2]) <= 1_048_576;
}

/**
 * The names that point at one cell (a range's top-left). Workbook-scoped names win; a sheet-scoped name
 * is kept only when no workbook name shares it. The first of two equal names wins. A name that reads as
 * a cell refuses the workbook (`CellLikeNameError`), whatever it points at.
 */
export function gridNames(defined: Iterable<DefinedName>): GridName[] {
  const global = new Map<string, GridName>();
  const local = new Map<string, GridName>();
  for (const { name, ref: raw, sheetScoped } of defined) {
    if (readsAsCell(name)) throw new CellLikeNameError(name);
    const ref = singleCell(raw);
    if (!ref) continue;
    const scope = sheetScoped ? local : global;
    const key = name.toUpperCase();
    if (!scope.has(key)) scope.set(key, { name, sheet: ref.sheet, address: ref.address });
  }
  for (const key of global.keys()) local.delete(key);
  return [...global.values(), ...local.values()];
}

const gridded = new WeakMap<readonly DefinedName[], readonly GridName[]>();

/** `gridNames` of a list read once for many reports (see `openWorkbook`): worked out once for the list. */
export function gridNamesOf(defined: readonly DefinedName[]): readonly GridName[] {
  let names = gridded.get(defined);
  if (!names) gridded.set(defined, (names = gridNames(defined)));
  return names;
}
