import {
  INDICATOR_COLUMNS,
  INDICATOR_COLUMNS_BEFORE_LINKS,
  MAX_INDICATORS,
  type Indicator,
} from "../catalog";
import { finding, type Finding } from "../check/finding";
import type { SheetTable } from "../grid/grid";
import { META_SHEET, type DecodedMeta } from "../report/metadata";
import { fill, type Text } from "../text/text";
import { readIndicators } from "./read-indicators";
import { WORDS } from "../vocabulary";

/**
 * A row as TD_META carries it: a JSON array of the columns' texts, without the source where the row links
 * none (as every report written before linked rows); null when it is not one.
 */
function rowTexts(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    const whole =
      Array.isArray(parsed) &&
      (parsed.length === INDICATOR_COLUMNS.length || parsed.length === INDICATOR_COLUMNS_BEFORE_LINKS) &&
      parsed.every((v) => typeof v === "string");
    return whole ? (parsed as string[]) : null;
  } catch {
    return null;
  }
}

/**
 * The indicators of Biểu 05 a report declares, read and checked as the campaign's table is (a received
 * file can declare anything): null when it declares none; else the list, or what makes it unreadable, at
 * its cell of TD_META.
 */
export function indicatorsOfMeta(
  meta: DecodedMeta,
): { indicators: Indicator[] } | { problem: Finding } | null {
  const declared = meta.indicators;
  if (!declared) return null;
  const countCell = meta.cells.get("indicators");
  const fail = (reason: Text, cell = countCell) => ({
    problem: finding(
      "error",
      "identity.bad_indicators",
      fill(WORDS.report.badIndicators, { reason }),
      cell ? { sheet: META_SHEET, cell } : {},
    ),
  });
  const n = declared.rows.length;
  if (n === 0 || n > MAX_INDICATORS || String(n) !== declared.count) return fail(WORDS.report.indicatorsCut);
  const rows: SheetTable["rows"][number][] = [];
  for (const [i, row] of declared.rows.entries()) {
    const texts = rowTexts(row.text);
    if (!texts) return fail(fill(WORDS.report.indicatorCut, { n: i + 1 }), row.cell);
    const address = row.cell ?? "";
    rows.push({
      cells: texts.map((value) => ({ address, ...(value ? { value: { type: "string", value } } : {}) })),
    });
  }
  const table: SheetTable = {
    name: "TD_Indicators",
    sheet: META_SHEET,
    ref: countCell ?? "A1",
    header: INDICATOR_COLUMNS.map((text) => ({ text, address: countCell ?? "A1" })),
    rows,
  };
  const { indicators, findings } = readIndicators(table);
  const error = findings.find((f) => f.severity === "error");
  return error ? fail({ vi: error.message_vi, en: error.message_en }, error.cell) : { indicators };
}
