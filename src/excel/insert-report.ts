import type { WorkbookPlan } from "../core/layout/plan";
import { META_SHEET } from "../core/metadata";
import type { InsertResult } from "../taskpane/host/workbook-host";
import { freeSheetName, sheetKey } from "./sheet-names";
import { addPlanNames, deleteReplacedNames } from "./workbook-names";
import { activateFirstVisible, deleteSheet, VISIBILITY, type PlacedSheet } from "./worksheets";
import { writeSheet } from "./write-sheet";

/**
 * Inserts a report plan's sheets into the open workbook in two syncs, however large the plan: one to
 * see which sheet and defined names exist, one to write everything. A user's sheet is never
 * overwritten (a taken name gets " (2)"); the metadata sheet and the plan's TD_ names are ours, so an
 * earlier insert's are replaced. Returns the names used, in the plan's sheet order.
 */
export async function insertReport(plan: WorkbookPlan): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load("items/name,items/visibility");
    names.load("items/name");
    await context.sync();

    const oldMeta = worksheets.items.find((s) => sheetKey(s.name) === sheetKey(META_SHEET));
    deleteReplacedNames(names.items, plan);
    if (oldMeta) deleteSheet(oldMeta);
    const taken = new Set(worksheets.items.filter((s) => s !== oldMeta).map((s) => sheetKey(s.name)));
    const placed: PlacedSheet[] = plan.sheets.map((sheetPlan) => {
      const name = freeSheetName(sheetPlan.name, taken);
      const sheet = worksheets.add(name);
      writeSheet(sheet, sheetPlan);
      sheet.visibility = VISIBILITY[sheetPlan.visibility];
      return { plan: sheetPlan, sheet, name };
    });
    addPlanNames(context, plan, placed);
    activateFirstVisible(placed);
    await context.sync();
    return { sheets: placed.map((p) => p.name) };
  });
}
