import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { printable } from "./print";
import { SheetBuilder } from "./sheet-builder";
import { fileNames, listHeading, summaryAbout } from "./summary-common";
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

/**
 * "Báo cáo trùng": each unit that sent more than one report for a period, the file used (the newest) and
 * those not used. A sheet of its own so that its headings print on every page: above Tình trạng nộp's list
 * of units they printed on the first page alone (a sheet repeats one block of rows, there the list's), and
 * a province that asks every unit to send again gets a duplicate from most. None when no unit sent twice.
 */
export function duplicatesSheet(summary: Summary): SheetPlan | null {
  if (summary.duplicates.length === 0) return null;
  const sheet = new SheetBuilder(WORDS.summary.duplicatesSheet.vi, WORDS.summary.duplicatesSheet);
  const headings = listHeading(sheet, summary, WORDS.summary.duplicatesTitle, HEADERS);
  summary.duplicates.forEach((d, i) => {
    const r = headings + 1 + i;
    sheet.putRow(r, 0, [i + 1, d.unitCode], { style: "text" });
    sheet.putRow(r, 2, [fileNames([d.kept]), d.periodLabel.vi, fileNames(d.dropped)], { style: "rowLabel" });
  });
  const plan = sheet.build({ columnWidths: COLUMN_WIDTHS, protect: false });
  return printable(plan, { about: summaryAbout(summary), repeatRows: { top: headings, bottom: headings } });
}
