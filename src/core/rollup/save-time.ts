import { VIETNAM_OFFSET_MS } from "./lateness";

/**
 * The programs that write a workbook's save time by the clock of the machine that saved it, whatever zone
 * they say: LibreOffice, in an .xlsx with a "Z" for UTC and in an .ods with no zone at all.
 */
const LOCAL_CLOCK_WRITERS = /^\s*(?:libreoffice|openoffice|collabora)/i;

/**
 * When a workbook was saved, in UTC, from the time it records and the program it says wrote it: a
 * LibreOffice time is Vietnam's, seven hours ahead. Read as UTC, a unit's first report saved by LibreOffice
 * looked seven hours newer than its correction saved by Excel or as .xls five seconds later, and the first
 * was rolled up without a word (a staff round).
 */
export function savedTimeOf(
  recorded: string | undefined,
  application: string | undefined,
): string | undefined {
  if (recorded === undefined || application === undefined || !LOCAL_CLOCK_WRITERS.test(application))
    return recorded;
  const at = Date.parse(recorded);
  return Number.isNaN(at) ? recorded : new Date(at - VIETNAM_OFFSET_MS).toISOString();
}
