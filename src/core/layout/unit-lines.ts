import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { IDENTITY_LINE_ROWS, writtenIdentityLine } from "../report/identity-line";
import { leastMergedHeight } from "../report/merged-line-cut";
import { DEFAULT_ROW_POINTS } from "./row-heights";
import type { SheetBuilder } from "./sheet-builder";

/**
 * How narrow a reader may find the merge, against the widths written: Gnumeric writes an .ods column in
 * Excel's 5.25 points a character, which the .ods reader counts at LibreOffice's 7 (Biểu 04's 102
 * characters read as 76.5).
 */
const NARROWEST_READ = 5.25 / 7;

/**
 * The lines under a sheet's title naming the unit and period, in each language (IDENTITY_LINE_ROWS),
 * merged across the printed width (columns `widths`) and wrapped: run on, or merged without wrapping, a
 * long unit name went past the printed width and lost its period on paper. Their rows' heights are
 * stored even at one line (printable makes them as tall as their lines), at least as high as the check
 * of a merged line asks of its merge read at its narrowest, so that the template and a re-save of it by
 * LibreOffice, Gnumeric or openpyxl are never judged cut (identity.line_unseen).
 */
export function putUnitLines(
  sheet: SheetBuilder,
  unit: ReportingUnit,
  period: Period,
  widths: readonly number[],
): void {
  const identity = writtenIdentityLine(unit, period);
  const styles = { vi: "unitLine", en: "unitLineEn" } as const;
  const narrowest = widths.reduce((sum, width) => sum + width, 0) * NARROWEST_READ;
  for (const lang of ["vi", "en"] as const) {
    const row = IDENTITY_LINE_ROWS[lang];
    sheet.put(row, 0, { value: identity[lang], style: styles[lang] }).merge(row, 0, row, widths.length - 1);
    sheet.rowHeight(
      row,
      Math.max(DEFAULT_ROW_POINTS, Math.ceil(leastMergedHeight(identity[lang], narrowest))),
    );
  }
}
