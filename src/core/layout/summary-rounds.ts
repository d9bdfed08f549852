import type { Summary } from "../rollup/types";
import { NUMBER_FORMATS, type SheetPlan } from "./plan";
import { dateSerial, listSheet, namesWidth, UNIT_NAME_STYLE } from "./summary-common";
import { WORDS } from "../vocabulary";

const HEADERS = [
  WORDS.summary.no,
  WORDS.summary.unitCode,
  WORDS.summary.unitName,
  WORDS.summary.period,
  WORDS.summary.due,
  WORDS.summary.received,
  WORDS.summary.daysLate,
];
/**
 * As wide as Tình trạng nộp's columns of the same names, the period's as its longest name: at 16, "Đợt 1 năm
 * 2025 (01/01/2025 – 30/6/2025)" printed "Đợt 1 năm 2025 (01" (a sheet of seven columns prints at full size
 * on a page turned, up to PERIOD_MOST).
 */
const columnWidths = (periods: readonly string[]) => [
  6,
  19,
  36,
  namesWidth(periods, 16, PERIOD_MOST),
  12,
  12,
  10,
];
const PERIOD_MOST = 48;

/**
 * "Từng đợt": where a year combines rounds with due dates of their own, each unit's due date, day received
 * and days late round by round (Tình trạng nộp gives the last round's due date and the worst lateness).
 * A sheet of its own so that its headings print on every page: two rows a unit, it ran to 40 pages at
 * 1,000 units below Tình trạng nộp's title, headed on the first alone (a sheet repeats one block of rows,
 * there the list of units'). None when no unit reported more than one round.
 */
export function roundsSheet(summary: Summary): SheetPlan | null {
  if (!summary.units.some((u) => u.rounds.length > 1)) return null;
  const periods = summary.units.flatMap((u) => u.rounds.map((round) => round.period.label.vi));
  const list = {
    name: WORDS.summary.roundsSheet,
    heading: WORDS.summary.roundsTitle,
    headers: HEADERS,
    columnWidths: columnWidths(periods),
  };
  const date = (iso: string | null) =>
    ({
      value: iso ? dateSerial(iso) : null,
      style: "text",
      numFmt: NUMBER_FORMATS.date,
    }) as const;
  return listSheet(summary, list, (sheet, first) => {
    let r = first;
    for (const u of summary.units)
      for (const round of u.rounds) {
        sheet.putRow(r, 0, [r - first + 1, u.unit.code], { style: "text" });
        sheet.put(r, 2, { value: u.unit.name, style: UNIT_NAME_STYLE });
        sheet.put(r, 3, { value: round.period.label.vi, style: "rowLabel" });
        sheet.put(r, 4, date(round.due)).put(r, 5, date(round.received));
        sheet.put(r++, 6, { value: round.daysLate, style: "text" });
      }
  });
}
