import { unitKey } from "../model/units";
import type { DecodedMeta } from "../report/metadata";
import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** The summary about to be written into an open workbook: whose it is and of which period. */
export interface SummaryWritten {
  readonly parentCode: string;
  readonly periodId: string;
}

/**
 * What to tell the user before a summary is written into a workbook whose report (`open`, its metadata)
 * is not an earlier making of this same summary, or null when nothing needs asking. Another unit's own
 * report is left as sheets that no longer are a report; a summary of another unit or of another period
 * (last round's, kept in the same workbook) is replaced, recoverable only until the next write.
 */
export function writtenOver(open: DecodedMeta | null, summary: SummaryWritten): Text | null {
  if (!open?.unitCode) return null;
  const unit = `${open.unitName ?? ""} (${open.unitCode})`;
  const sameUnit = unitKey(open.unitCode) === unitKey(summary.parentCode);
  if (open.rollupUnits === undefined) return sameUnit ? null : fill(WORDS.rollup.overwritesReport, { unit });
  if (sameUnit && open.periodId === summary.periodId) return null;
  const id = open.periodId ?? "?";
  const period = { vi: open.periodLabel ?? id, en: open.periodLabelEn ?? open.periodLabel ?? id };
  return fill(WORDS.rollup.overwritesSummary, { unit, period });
}
