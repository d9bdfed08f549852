import { runExcel } from "./excel-run";
import type { WorkbookPlan } from "../core/layout/plan";
import { META_SHEET } from "../core/report/metadata";
import { sheetKey } from "./sheet-names";
import type { PreparedSheet } from "../host/excel-ready/prepared-sheet";
import type { WriteOptions } from "../host/workbook-host";
import { refuseBreakingReferences } from "./references-check";
import { buildSheets, lookAtWorkbook, swapIn } from "./staging";
import { findRecord, recordedNames, recordFormula, SUMMARY_RECORD } from "./summary-record";
import { nameEntries } from "./swap-names";

/**
 * The sheets a new summary replaces: those the previous summary recorded writing, and the metadata
 * sheet, which is ours whoever wrote it (the plan's TD_ names are replaced too, and would otherwise
 * point at a report the old metadata does not describe). Any other sheet stays, whatever its name.
 * A recorded name is all we know of a sheet (Excel's sheet ids change between sessions), so a sheet a
 * user deletes and then re-creates under a recorded name would be replaced; renaming ours keeps it.
 */
function replacedSheets(sheets: readonly Excel.Worksheet[], record: Excel.NamedItem | undefined) {
  const ours = new Set([META_SHEET, ...recordedNames(record?.formula)].map(sheetKey));
  return sheets.filter((s) => ours.has(sheetKey(s.name)));
}

/**
 * Writes a summary plan so that the workbook holds the whole previous summary or the whole new one,
 * whatever fails: every sheet is built in a new sheet first, and only once that has synced does the
 * swap set the previous summary's sheets aside, put the new ones in their place, switch the TD_ names,
 * and delete the old sheets last (see swapIn). A user's sheet named like a summary sheet is kept, and
 * the new one takes a free name. The sheets written are recorded in a workbook name, so that the next
 * summary replaces them and only them.
 * Replacing sheets turns the user's formulas that point at them to #REF!: when there are any, it stops
 * (a ReferencesWouldBreak saying which, nothing changed) unless `breakReferences` is asked.
 * Syncs: 3 on success (look, build, swap), 2 more to read the user's formulas when a summary is
 * replaced; 2 to 4 more when the build or the swap fails (look, settle).
 */
export async function writeSummary(
  plan: WorkbookPlan,
  options: WriteOptions = {},
  prepared?: readonly PreparedSheet[],
): Promise<void> {
  await runExcel(async (context) => {
    const { sheets, names } = await lookAtWorkbook(context);
    const record = findRecord(names);
    const replaced = replacedSheets(sheets, record);
    if (replaced.length > 0 && !options.breakReferences)
      await refuseBreaking(context, sheets, names, replaced);
    const built = await buildSheets(context, plan.sheets, sheets, replaced, options, prepared);
    const written = recordFormula(built.staged.map((s) => s.name));
    await swapIn(
      context,
      built,
      nameEntries(plan, built.staged, [{ name: SUMMARY_RECORD, formula: written }]),
      // Kept for an undo unless the user's formulas point at it: they would follow it aside.
      options.breakReferences ? {} : { keep: "summary" },
    );
  });
}

/** Stops with a ReferencesWouldBreak when the user's formulas, names, lists, charts… point at the sheets replaced. */
async function refuseBreaking(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  replaced: readonly Excel.Worksheet[],
): Promise<void> {
  await refuseBreakingReferences(context, sheets, names, replaced, "summary");
}
