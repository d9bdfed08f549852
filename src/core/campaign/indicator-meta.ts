import {
  INDICATOR_COLUMNS,
  INDICATOR_COLUMNS_BEFORE_LINKS,
  MAX_INDICATORS,
  MAX_SUB_ROWS,
  SUB_ROW_COLUMNS,
  type Indicator,
  type SubRow,
} from "../catalog";
import { finding, type Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { META_SHEET, type DecodedMeta, type MetaRows } from "../report/metadata";
import { fill, type Text } from "../text/text";
import { readIndicators } from "./read-indicators";
import { readSubRows } from "./read-sub-rows";
import { WORDS } from "../vocabulary";

/** A row as TD_META carries it: a JSON array of texts, of one of the lengths it may have; null when it is not one. */
function rowTexts(text: string | undefined, lengths: readonly number[]): string[] | null {
  if (text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    const whole =
      Array.isArray(parsed) && lengths.includes(parsed.length) && parsed.every((v) => typeof v === "string");
    return whole ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

/** How a list of TD_META is read: its table's name and columns, its most rows, and its words. */
interface MetaList {
  readonly table: string;
  readonly columns: readonly string[];
  /** The lengths a row may have: a report written before a column came carries fewer. */
  readonly lengths: readonly number[];
  readonly max: number;
  readonly rule: string;
  readonly bad: Text;
  readonly cut: Text;
  readonly rowCut: Text;
}

/**
 * A list TD_META carries, as the campaign table it was written from, to be read and checked as that
 * table is (a received file can declare anything); or what makes it unreadable, at its cell.
 */
function metaTable(
  meta: DecodedMeta,
  declared: MetaRows,
  countKey: string,
  list: MetaList,
): { table: SheetTable } | { problem: Finding } {
  const countCell = meta.cells.get(countKey);
  const n = declared.rows.length;
  if (n === 0 || n > list.max || String(n) !== declared.count) return metaProblem(list, list.cut, countCell);
  const rows: SheetTable["rows"][number][] = [];
  for (const [i, row] of declared.rows.entries()) {
    const texts = rowTexts(row.text, list.lengths);
    // A row whose key is gone has no cell of its own: the count's cell stands for the list.
    if (!texts) return metaProblem(list, fill(list.rowCut, { n: i + 1 }), row.cell ?? countCell);
    const address = row.cell ?? "";
    rows.push({
      cells: texts.map((value) => ({ address, ...(value ? { value: { type: "string", value } } : {}) })),
    });
  }
  const header = list.columns.map((text) => ({ text, address: countCell ?? "A1" }));
  return { table: { name: list.table, sheet: META_SHEET, ref: countCell ?? "A1", header, rows } };
}

function metaProblem(list: MetaList, reason: Text, cell: string | undefined): { problem: Finding } {
  return {
    problem: finding("error", list.rule, fill(list.bad, { reason }), cell ? { sheet: META_SHEET, cell } : {}),
  };
}

/** The first error of a table read back from TD_META, as the list's problem at its cell. */
function firstError(
  list: MetaList,
  findings: readonly Finding[],
  countCell: string | undefined,
): { problem: Finding } | null {
  const error = findings.find((f) => f.severity === "error");
  return error
    ? metaProblem(list, { vi: error.message_vi, en: error.message_en }, error.cell ?? countCell)
    : null;
}

const INDICATOR_LIST: MetaList = {
  table: "TD_Indicators",
  columns: INDICATOR_COLUMNS,
  lengths: [INDICATOR_COLUMNS.length, INDICATOR_COLUMNS_BEFORE_LINKS],
  max: MAX_INDICATORS,
  rule: "identity.bad_indicators",
  bad: WORDS.report.badIndicators,
  cut: WORDS.report.indicatorsCut,
  rowCut: WORDS.report.indicatorCut,
};

const SUB_ROW_LIST: MetaList = {
  table: "TD_Rows",
  columns: SUB_ROW_COLUMNS,
  lengths: [SUB_ROW_COLUMNS.length],
  max: MAX_SUB_ROWS,
  rule: "identity.bad_sub_rows",
  bad: WORDS.report.badSubRows,
  cut: WORDS.report.subRowsCut,
  rowCut: WORDS.report.subRowCut,
};

/**
 * The rows a report declares added to its forms (TD_Rows), read and checked as the campaign's table is:
 * null when it declares none; else the list, or what makes it unreadable, at its cell of TD_META.
 */
export function subRowsOfMeta(meta: DecodedMeta): { subRows: SubRow[] } | { problem: Finding } | null {
  if (!meta.subRows) return null;
  const read = metaTable(meta, meta.subRows, "sub_rows", SUB_ROW_LIST);
  if ("problem" in read) return read;
  const { subRows, findings } = readSubRows(read.table);
  return firstError(SUB_ROW_LIST, findings, meta.cells.get("sub_rows")) ?? { subRows };
}

/**
 * The indicators of Biểu 05 a report declares, read and checked as the campaign's table is (a linked row
 * may read one of `subRows`, the report's own): null when it declares none; else the list, or what makes
 * it unreadable, at its cell of TD_META.
 */
export function indicatorsOfMeta(
  meta: DecodedMeta,
  subRows: readonly SubRow[] = [],
): { indicators: Indicator[] } | { problem: Finding } | null {
  if (!meta.indicators) return null;
  const read = metaTable(meta, meta.indicators, "indicators", INDICATOR_LIST);
  if ("problem" in read) return read;
  const { indicators, findings } = readIndicators(read.table, subRows);
  return firstError(INDICATOR_LIST, findings, meta.cells.get("indicators")) ?? { indicators };
}
