import { groupPlace, groupText, unitWarnings } from "../check/finding-groups";
import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { listSheet, UNIT_NAME_STYLE, type ListSheet } from "./summary-common";
import { WORDS } from "../vocabulary";

const HEADERS = [
  WORDS.summary.no,
  WORDS.summary.unitCode,
  WORDS.summary.unitName,
  WORDS.summary.warning,
  WORDS.summary.place,
  WORDS.summary.warningEn,
];
/** Code and name as on Tình trạng nộp, each warning wrapped in both languages, one page wide turned. */
const COLUMN_WIDTHS = [6, 19, 30, 46, 16, 46];

const LIST: ListSheet = {
  name: WORDS.summary.warningsSheet,
  heading: WORDS.summary.warningsTitle,
  headers: HEADERS,
  columnWidths: COLUMN_WIDTHS,
};

/**
 * "Cảnh báo": each unit's warnings (its files' own and the roll-up's): the unit is still rolled up, but
 * whoever works from the workbook sees that a figure was flagged, without reading a row per blank cell to
 * find it. A sheet of its own so that its headings print on every page: above Tình trạng nộp's list of
 * units they printed on the first page alone (a sheet repeats one block of rows, there the list's). None
 * when no unit has a warning.
 */
export function warningsSheet(summary: Summary): SheetPlan | null {
  const warnings = unitWarnings(summary.units);
  if (warnings.length === 0) return null;
  return listSheet(summary, LIST, (sheet, first) =>
    warnings.forEach(({ unit, group }, i) => {
      const r = first + i;
      const text = groupText(group);
      sheet.putRow(r, 0, [i + 1, unit.code], { style: "text" });
      sheet.put(r, 2, { value: unit.name, style: UNIT_NAME_STYLE });
      sheet.put(r, 3, { value: text.vi, style: "rowLabel" });
      sheet.put(r, 4, { value: groupPlace(group), style: "text" });
      sheet.put(r, 5, { value: text.en, style: "rowLabel" });
    }),
  );
}
