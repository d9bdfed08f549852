import { fill } from "../core/text/text";
import { HostError } from "../host/workbook-host";
import { WORDS } from "../core/vocabulary";

/**
 * The newest API the Excel host calls: getRanges and RangeAreas (formats, conditional formats and data
 * validation over many areas at once) are ExcelApi 1.9. The rest comes earlier: data validation 1.8;
 * getRangeByIndexes, freeze panes, chart X values, named-item formulas, workbook protection and the
 * protection selection mode 1.7; conditional formats 1.6; names.add and the *OrNullObject getters 1.4.
 * The one source of the minimum: manifest.xml's <Set Name="ExcelApi" MinVersion> must equal it, and
 * test/excel/office-api-audit.test.ts fails on any member above it used without isSetSupported.
 */
export const EXCEL_API_VERSION = "1.9";

export const EXCEL_TOO_OLD = fill(WORDS.excel.tooOld, { version: EXCEL_API_VERSION });

/** Called by the task pane at start: throws a HostError the user can read rather than failing later. */
export function requireExcelApi(): void {
  if (!Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API_VERSION)) {
    throw new HostError(EXCEL_TOO_OLD);
  }
}
