import { META_SHEET } from "../core/report/metadata";
import { metaOfSheet } from "./read-meta";
import type { ExistingReport } from "../host/report-exists";
import { isMetaSheet, ourCellNames } from "./read-grid";
import { sheetKey } from "./sheet-names";
import { WORDS } from "../core/vocabulary";

/** A report in the workbook: its description and the sheets a replacement deletes (with our names on them). */
export interface FoundReport {
  readonly report: ExistingReport;
  readonly sheets: readonly Excel.Worksheet[];
}

/**
 * The report the workbook holds, if it has our metadata sheet: one more sync, reading that sheet's
 * keys and values. Its sheets are the metadata sheet and those our TD_ names point at. Needs the sheets' name and visibility and the names' name, type and
 * formula loaded.
 */
export async function findReport(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
): Promise<FoundReport | null> {
  const meta = sheets.find(isMetaSheet);
  if (!meta) return null;
  const decoded = await metaOfSheet(context, meta);
  const cellNames = ourCellNames(
    names,
    sheets.map((s) => s.name),
  );
  const held = new Set([META_SHEET, ...cellNames.map((n) => n.sheet)].map(sheetKey));
  const reportSheets = sheets.filter((s) => held.has(sheetKey(s.name)));
  const unknown = WORDS.officeErrors.unknown;
  const unit = [decoded.unitCode, decoded.unitName].filter(Boolean).join(" – ");
  return {
    report: {
      unit: unit ? { vi: unit, en: unit } : unknown,
      period: decoded.periodLabel
        ? { vi: decoded.periodLabel, en: decoded.periodLabelEn ?? decoded.periodLabel }
        : decoded.periodId
          ? { vi: decoded.periodId, en: decoded.periodId }
          : unknown,
      sheets: reportSheets.filter((s) => s !== meta).map((s) => s.name),
    },
    sheets: reportSheets,
  };
}
