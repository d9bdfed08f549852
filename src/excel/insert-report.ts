import type { WorkbookPlan } from "../core/layout/plan";
import { META_SHEET } from "../core/metadata";
import type { InsertResult } from "../host/workbook-host";
import { sheetKey } from "./sheet-names";
import { buildSheets, lookAtWorkbook, swapIn } from "./staging";
import { findRecord, forgetRecorded } from "./summary-record";
import { addPlanNames, deleteReplacedNames } from "./workbook-names";
import { activateFirstVisible } from "./worksheets";

/**
 * Inserts a report plan's sheets into the open workbook in three syncs, however large the plan: look
 * (sheets, names, structure protection), build every sheet in new sheets, swap. A user's sheet is
 * never overwritten (a taken name gets " (2)"); the metadata sheet and the plan's TD_ names are ours,
 * so an earlier insert's are replaced, but only in the swap, once the build has synced: a failed
 * build is cleaned up (two more syncs) and leaves the previous report as it was.
 *
 * The swap itself is one batch and Excel does not undo a batch that fails halfway. Its commands can
 * fail only on what the look ruled out (a protected structure, a taken sheet or defined name) unless
 * the user changes the workbook between the syncs; then the previous report's names or metadata may
 * be gone, and inserting again (they are ours) repairs it. Returns the names used, in plan order.
 */
export async function insertReport(plan: WorkbookPlan): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const { sheets, names } = await lookAtWorkbook(context);
    const replaced = sheets.filter((s) => sheetKey(s.name) === sheetKey(META_SHEET));
    const staged = await buildSheets(context, plan.sheets, sheets, replaced);

    deleteReplacedNames(names, plan);
    forgetRecorded(
      context,
      findRecord(names),
      staged.map((s) => s.name),
    );
    swapIn(staged, replaced);
    addPlanNames(context, plan, staged);
    activateFirstVisible(staged);
    await context.sync();
    return { sheets: staged.map((p) => p.name) };
  });
}
