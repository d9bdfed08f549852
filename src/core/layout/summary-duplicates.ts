import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { fileNames, listSheet, type ListSheet } from "./summary-common";
import { WORDS } from "../vocabulary";

const HEADERS = [
  WORDS.summary.no,
  WORDS.summary.unitCode,
  WORDS.summary.kept,
  // The period's name, as Từng đợt gives it: its code ("2025-D2") is said nowhere else in the workbook.
  WORDS.summary.period,
  WORDS.summary.dropped,
];
/** File names wrapped, the files not used the widest (a unit may send three): one page wide, turned. */
const COLUMN_WIDTHS = [6, 19, 40, 24, 60];

const LIST: ListSheet = {
  name: WORDS.summary.duplicatesSheet,
  heading: WORDS.summary.duplicatesTitle,
  headers: HEADERS,
  columnWidths: COLUMN_WIDTHS,
};

/**
 * "Báo cáo trùng": each unit that sent more than one report for a period, the file used (the newest) and
 * those not used. A sheet of its own so that its headings print on every page: above Tình trạng nộp's list
 * of units they printed on the first page alone (a sheet repeats one block of rows, there the list's), and
 * a province that asks every unit to send again gets a duplicate from most. None when no unit sent twice.
 */
export function duplicatesSheet(summary: Summary): SheetPlan | null {
  if (summary.duplicates.length === 0) return null;
  return listSheet(summary, LIST, (sheet, first) =>
    summary.duplicates.forEach((d, i) => {
      sheet.putRow(first + i, 0, [i + 1, d.unitCode], { style: "text" });
      const files = [fileNames([d.kept]), d.periodLabel.vi, fileNames(d.dropped)];
      sheet.putRow(first + i, 2, files, { style: "rowLabel" });
    }),
  );
}
