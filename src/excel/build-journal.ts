import { recordedNames, recordFormula } from "./summary-record";
import { sheetKey } from "./sheet-names";
import { findName } from "./workbook-names";
import { deleteSheet } from "./worksheets";

/**
 * The workbook name a build writes before its first sheet and deletes in the swap that completes it:
 * the temporary sheets it adds, as a text constant. A build cut short (the pane reloaded or closed, Excel
 * refusing every request from then on) leaves it behind, and the next action removes those sheets.
 */
export const BUILD_JOURNAL = "TD_BUILD_IN_PROGRESS";

/** What every sheet is built under until the swap names it; no plan sheet is named so. */
export const TEMP_SHEET = "TD_TMP";

/** A table's name while its sheet is built: Excel's table names are the workbook's, and the one it replaces still exists. */
export const buildTableName = (name: string) => `${name}_${TEMP_SHEET}`;

const isTemporary = (name: string) => sheetKey(name).startsWith(TEMP_SHEET);

/** The journal among the workbook's names, if a build left one. Needs `name` loaded. */
export const findJournal = (names: readonly Excel.NamedItem[]) => findName(names, BUILD_JOURNAL);

/** Queues the journal of a build that adds `sheetNames`. */
export function openJournal(context: Excel.RequestContext, sheetNames: readonly string[]): void {
  context.workbook.names.add(BUILD_JOURNAL, recordFormula(sheetNames));
}

/** Queues the deletion of the journal this build opened: the build is complete. */
export function closeJournal(context: Excel.RequestContext): void {
  context.workbook.names.getItem(BUILD_JOURNAL).delete();
}

/**
 * Queues the removal of what an interrupted build left: the sheets its journal lists that still carry a
 * temporary name (one the swap already named belongs to the result), then the journal. Returns the
 * sheets removed. Needs the sheets' `name` and `visibility` and the journal's `formula` loaded.
 */
export function queueRecovery(
  sheets: readonly Excel.Worksheet[],
  journal: Excel.NamedItem,
): Excel.Worksheet[] {
  const listed = new Set(recordedNames(journal.formula).filter(isTemporary).map(sheetKey));
  const left = sheets.filter((s) => listed.has(sheetKey(s.name)));
  for (const sheet of left) deleteSheet(sheet);
  journal.delete();
  return left;
}
