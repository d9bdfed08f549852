import { createHash } from "crypto";
import * as XLSX from "@e965/xlsx";
import {
  cellName,
  computeForm,
  emptyValues,
  getTemplate,
  inputCells,
  parseSheetRef,
  type FormValues,
  type TemplateId,
} from "../../src/core";
import { sheetjsBytes } from "./sheetjs-bytes";

export interface FillOptions {
  /** Drop every formula's cached value, as a program that writes without calculating does (default true). */
  readonly stripCached?: boolean;
  /** Blank rows inserted at the top of every visible sheet, with formulas, merges and names following. */
  readonly insertRowsAbove?: number;
  /**
   * Keep the sheets' column widths and row heights, as every program a clerk fills a report in does
   * (Excel, LibreOffice, Gnumeric, WPS, openpyxl): for a file re-saved by one of them and read as a
   * clerk's report. Without them a form's unit line, merged and wrapped, stands re-saved by LibreOffice
   * over columns of its default width in rows of its automatic height, a layout no clerk's program
   * makes, and is judged unseen (default false: SheetJS's own write).
   */
  readonly keepLayout?: boolean;
}

type Dense = XLSX.CellObject[][];

const dataOf = (ws: XLSX.WorkSheet): Dense => ((ws as XLSX.DenseWorkSheet)["!data"] ??= []);

/**
 * Moves every A1 reference down by `rows`, as a spreadsheet does when rows are inserted above: rows are
 * inserted on every visible sheet, and formulas refer to visible sheets only.
 */
function shiftFormula(formula: string, rows: number): string {
  // Split out string literals so text such as "B2" inside quotes is left alone.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z_\d.])(\$?[A-Za-z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_, col: string, row: string) => `${col}${Number(row) + rows}`,
          ),
    )
    .join("");
}

function shiftRef(ref: string, rows: number): string {
  return ref.replace(
    /(\$?[A-Za-z]{1,3}\$?)(\d+)(?=$|:)/g,
    (_, col: string, row: string) => `${col}${Number(row) + rows}`,
  );
}

function insertRows(wb: XLSX.WorkBook, rows: number): void {
  const shifted = new Set<string>();
  wb.SheetNames.forEach((name, i) => {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) return;
    shifted.add(name);
    const ws = wb.Sheets[name]!;
    const data = dataOf(ws);
    data.unshift(...Array.from({ length: rows }, () => []));
    for (const row of data) for (const cell of row ?? []) if (cell?.f) cell.f = shiftFormula(cell.f, rows);
    ws["!merges"] = ws["!merges"]?.map((m) => ({
      s: { ...m.s, r: m.s.r + rows },
      e: { ...m.e, r: m.e.r + rows },
    }));
    if (ws["!ref"]) {
      const range = XLSX.utils.decode_range(ws["!ref"]);
      range.e.r += rows;
      ws["!ref"] = XLSX.utils.encode_range(range);
    }
  });
  for (const defined of wb.Workbook?.Names ?? []) {
    const ref = parseSheetRef(defined.Ref);
    if (ref && shifted.has(ref.sheet)) defined.Ref = shiftRef(defined.Ref, rows);
  }
}

/** SheetJS's dense writer fails on a missing row inside the sheet's range (an empty row of the file). */
function fillRowHoles(ws: XLSX.WorkSheet): void {
  const data = dataOf(ws);
  const last = ws["!ref"] ? XLSX.utils.decode_range(ws["!ref"]).e.r : -1;
  for (let r = 0; r <= Math.max(last, data.length - 1); r++) data[r] ??= [];
}

/** What a clerk types into an input: a value, null for the cell emptied as a person clears it, or a formula (without "="). */
export type TypedValue = number | string | boolean | null | { readonly formula: string };

function setByName(wb: XLSX.WorkBook, name: string, value: TypedValue): void {
  const defined = wb.Workbook?.Names?.find((n) => n.Name.toUpperCase() === name.toUpperCase());
  const ref = defined && parseSheetRef(defined.Ref);
  const ws = ref && wb.Sheets[ref.sheet];
  if (!ref || !ws) throw new Error(`fillByName: no cell named ${name}`);
  const { r, c } = XLSX.utils.decode_cell(ref.address);
  const data = dataOf(ws);
  const row = (data[r] ??= []);
  if (value === null) delete row[c];
  else
    row[c] =
      typeof value === "object"
        ? { t: "n", f: value.formula }
        : typeof value === "number"
          ? { t: "n", v: value }
          : typeof value === "boolean"
            ? { t: "b", v: value }
            : { t: "s", v: value };
  const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
  range.e.r = Math.max(range.e.r, r);
  range.e.c = Math.max(range.e.c, c);
  ws["!ref"] = XLSX.utils.encode_range(range);
}

/**
 * Workbooks read before, by their bytes' SHA-256: a test fills one template again and again (self-check
 * 138 times), and reading it again cost more than copying what was read.
 */
const readBefore = new Map<string, XLSX.WorkBook>();
const KEPT_WORKBOOKS = 8;

/**
 * What SheetJS reads of `bytes`. Stubs keep formulas that have no cached value: SheetJS drops such cells
 * otherwise. The `_xlfn.` before a function newer than the format is kept, as a spreadsheet program keeps it.
 */
const readWorkbook = (bytes: Uint8Array): XLSX.WorkBook =>
  XLSX.read(bytes, { type: "array", cellFormula: true, sheetStubs: true, dense: true, xlfn: true });

/**
 * The workbook SheetJS reads from `bytes`, a copy of its own to fill: read anew in the pane tests' jsdom,
 * which has no structuredClone.
 */
function workbookOf(bytes: Uint8Array): XLSX.WorkBook {
  if (typeof structuredClone !== "function") return readWorkbook(bytes);
  const key = createHash("sha256").update(bytes).digest("hex");
  let read = readBefore.get(key);
  if (!read) {
    read = readWorkbook(bytes);
    readBefore.set(key, read);
    if (readBefore.size > KEPT_WORKBOOKS) readBefore.delete(readBefore.keys().next().value!);
  }
  return structuredClone(read);
}

/**
 * Simulates another program filling a generated template: it finds inputs by defined name, types over
 * them (a value replaces any formula there), and saves through SheetJS, which writes no styles, no data
 * validation and, unless told otherwise here, no cached formula values; like those programs, it keeps
 * no empty text.
 */
export function fillByName(
  bytes: Uint8Array,
  values: Record<string, TypedValue>,
  options: FillOptions = {},
): Uint8Array {
  const wb = workbookOf(bytes);
  if (options.keepLayout) keepLayout(wb, bytes);
  if (options.insertRowsAbove) insertRows(wb, options.insertRowsAbove);
  for (const [name, value] of Object.entries(values)) setByName(wb, name, value);
  if (options.stripCached ?? true) {
    for (const name of wb.SheetNames) {
      for (const row of dataOf(wb.Sheets[name]!)) {
        for (const cell of row ?? []) {
          if (!cell?.f) continue;
          delete cell.v;
          delete cell.w;
          cell.t = "z";
        }
      }
    }
  }
  for (const name of wb.SheetNames) dropEmptyTexts(wb.Sheets[name]!);
  for (const name of wb.SheetNames) fillRowHoles(wb.Sheets[name]!);
  return sheetjsBytes(wb);
}

/** The sheets' column widths and row heights of `bytes`: SheetJS reads them only with the cells' styles. */
function keepLayout(wb: XLSX.WorkBook, bytes: Uint8Array): void {
  const styled = XLSX.read(bytes, { type: "array", cellStyles: true, dense: true });
  for (const name of wb.SheetNames) {
    const [ws, laid] = [wb.Sheets[name], styled.Sheets[name]];
    if (!ws || !laid) continue;
    if (laid["!cols"]) ws["!cols"] = laid["!cols"];
    if (laid["!rows"]) ws["!rows"] = laid["!rows"];
  }
}

/**
 * LibreOffice, openpyxl and Excel keep no cell holding an empty text when they save (a value-less cell
 * with its style stays): a program standing for them must not keep one either, or a reader that lives on
 * an empty text passes here and fails on every real file (issue 64: "-" targets stored as "").
 */
function dropEmptyTexts(ws: XLSX.WorkSheet): void {
  for (const row of dataOf(ws))
    for (const cell of row ?? [])
      if (cell && !cell.f && cell.t === "s" && cell.v === "") {
        delete cell.v;
        delete cell.w;
        cell.t = "z";
      }
}

/**
 * Figures a unit might type into every input of the chosen templates, distinct per cell so a misplaced
 * figure shows, and consistent so no rule of the catalog fails.
 */
export function sampleInputs(templates: readonly TemplateId[]): Record<string, number> {
  const out: Record<string, number> = {};
  const set = (id: TemplateId, row: string, values: Record<string, number>) => {
    for (const [col, value] of Object.entries(values)) out[cellName(id, row, col)] = value;
  };
  for (const id of templates) {
    const def = getTemplate(id);
    def.rows
      .filter((row) => !row.formula)
      .forEach((row, i) => {
        if (id === "B01") {
          const signed = 12 + 3 * i;
          const graded = { grade_a: 3 + i, grade_b: 4, grade_c: 2, grade_d: 1 };
          const ungraded = signed - Object.values(graded).reduce((a, b) => a + b, 0);
          set(id, row.key, { enterprises_with_union: 20 + 7 * i, cla_signed: signed, ...graded, ungraded });
        } else if (id === "B02") {
          set(id, row.key, {
            workers: 200 + 50 * i,
            members_start: 100 + 10 * i,
            members_admitted: 20 + i,
            members_transferred_in: 8 + i,
            members_left: 5 + i,
            members_transferred_out: 3 + i,
            members_female: 40 + i,
            unions_start: 5 + i,
            unions_founded: 2,
            unions_transferred_in: 3,
            unions_dissolved: 1,
            unions_transferred_out: 4,
          });
        } else if (id === "B03") {
          set(id, row.key, { budget: 1_000_000 * (i + 1), collected: 900_000 * (i + 1) + 12_345 });
        } else set(id, row.key, { value: 20 + i });
      });
    // Each "part ≤ whole" rule of a single-column form gets a part below its whole.
    for (const rule of def.rules) {
      if (rule.over !== "once" || !("ref" in rule.left) || !("ref" in rule.right)) continue;
      const [part, whole] = [rule.left.ref.row!, rule.right.ref.row!];
      const column = def.columns[0]!.key;
      out[cellName(id, part, column)] = Math.floor(out[cellName(id, whole, column)]! * 0.6);
    }
  }
  return out;
}

/** What the core computes from figures typed by name; text typed into an input is no figure. */
export function computedForms(
  values: Record<string, number | string>,
  templates: readonly TemplateId[],
): Record<TemplateId, FormValues> {
  const forms = {} as Record<TemplateId, FormValues>;
  for (const id of templates) {
    const def = getTemplate(id);
    const typed = emptyValues(def);
    for (const cell of inputCells(def)) {
      const value = values[cell.name];
      if (typeof value === "number") typed[cell.row.key]![cell.col.key] = value;
    }
    forms[id] = computeForm(def, typed);
  }
  return forms;
}
