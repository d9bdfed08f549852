import type { Summary } from "../rollup/types";
import type { SheetPlan } from "./plan";
import { fileNames, listSheet, type ListSheet } from "./summary-common";
import { WORDS } from "../vocabulary";

const HEADERS = [
  WORDS.summary.no,
  WORDS.summary.sourceFile,
  WORDS.summary.reason,
  WORDS.summary.unitCode,
  WORDS.summary.reasonEn,
  WORDS.summary.sha256,
];
/** Each reason wrapped in both languages, the SHA-256's 64 characters on two lines: one page wide, turned. */
const COLUMN_WIDTHS = [6, 24, 44, 14, 44, 33];

const LIST: ListSheet = {
  name: WORDS.summary.rejectedSheet,
  heading: WORDS.summary.rejectedTitle,
  headers: HEADERS,
  columnWidths: COLUMN_WIDTHS,
};

/**
 * "Tệp bị loại": each file the roll-up refused, with the reason in both languages (its first error and the
 * cell), the unit it names and its SHA-256, for whoever asks the unit to send it again. A sheet of its own
 * so that its headings print on every page: above Tình trạng nộp's list of units they printed on the first
 * page alone, and a new template version can refuse most units' files at once. None when no file was refused.
 */
export function rejectedSheet(summary: Summary): SheetPlan | null {
  if (summary.rejected.length === 0) return null;
  return listSheet(summary, LIST, (sheet, first) =>
    summary.rejected.forEach((rejected, i) => {
      const r = first + i;
      sheet.put(r, 0, { value: i + 1, style: "text" });
      sheet.putRow(r, 1, [fileNames([rejected.source]), rejected.reason.vi], { style: "rowLabel" });
      sheet.put(r, 3, { value: rejected.unitCode ?? null, style: "text" });
      sheet.putRow(r, 4, [rejected.reason.en, rejected.source.sha256], { style: "rowLabel" });
    }),
  );
}
