import { dmy } from "../period";
import type { ExpectedStatus, StockCoverage } from "../rollup/types";
import { fill, type Text } from "../text";
import { both, en, vi } from "../vocabulary";

export const SUMMARY_TEXT = {
  ...both(vi.summary, en.summary),
  templateSheetPrefix: "TH ",
  notCounted: "—",
};

export const STATUS_TEXT: Record<ExpectedStatus, Text> = both(vi.submissionStatus, en.submissionStatus);

/**
 * What to say beside a total row whose opening or closing stocks leave units out (founded after the
 * period's start, dissolved before its end): one note per date, none when every unit spans the period.
 */
export function stockNotes(stocks: StockCoverage): Text[] {
  const note = (text: Text, date: string, units: readonly string[]) =>
    units.length === 0 ? [] : [fill(text, { date: dmy(date), units: units.join(", ") })];
  return [
    ...note(SUMMARY_TEXT.stocksAtStart, stocks.start, stocks.notAtStart),
    ...note(SUMMARY_TEXT.stocksAtEnd, stocks.end, stocks.notAtEnd),
  ];
}
