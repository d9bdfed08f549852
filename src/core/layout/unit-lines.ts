import type { Period } from "../model/period";
import type { ReportingUnit } from "../model/units";
import { IDENTITY_LINE_ROWS, writtenIdentityLine } from "../report/identity-line";
import { DEFAULT_ROW_POINTS } from "./row-heights";
import type { SheetBuilder } from "./sheet-builder";

/**
 * The lines under a sheet's title naming the unit and period, in each language (IDENTITY_LINE_ROWS),
 * merged across the printed width to column `last` and wrapped: run on, or merged without wrapping, a
 * long unit name went past the printed width and lost its period on paper. Their rows' heights are
 * stored even at one line (printable makes them as tall as their lines): a program re-saving the file
 * keeps them, where it might size a row it was left to fit one line high and cut the period off.
 */
export function putUnitLines(sheet: SheetBuilder, unit: ReportingUnit, period: Period, last: number): void {
  const identity = writtenIdentityLine(unit, period);
  const styles = { vi: "unitLine", en: "unitLineEn" } as const;
  for (const lang of ["vi", "en"] as const) {
    const row = IDENTITY_LINE_ROWS[lang];
    sheet.put(row, 0, { value: identity[lang], style: styles[lang] }).merge(row, 0, row, last);
    sheet.rowHeight(row, DEFAULT_ROW_POINTS);
  }
}
