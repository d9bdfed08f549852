import type { WorkbookPlan } from "../core/layout/plan";
import { freeSheetName, sheetKey, validSheetName } from "./sheet-names";
import { addPlanNames, deleteReplacedNames } from "./workbook-names";
import { activateFirstVisible, deleteSheet, VISIBILITY, type PlacedSheet } from "./worksheets";
import { writeSheet } from "./write-sheet";

const TEMP_NAME = "TD_TMP";

/**
 * Removes whatever temporary sheets a failed build left: a failed batch keeps the commands before the
 * failing one, so which sheets exist is read again rather than assumed.
 */
async function deleteTemporary(context: Excel.RequestContext, temporary: ReadonlySet<string>): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  for (const sheet of worksheets.items) if (temporary.has(sheetKey(sheet.name))) deleteSheet(sheet);
  await context.sync();
}

/**
 * Writes a summary plan so that the previous summary survives any failure: every sheet is built in a
 * new temporary sheet first, and only once that has synced are the previous sheets of the same names
 * (and the TD_ names the plan defines again) deleted and the new ones renamed into place.
 * Syncs: 3 on success (look, build, swap); 4 when the build fails (look, build, look, clean up).
 */
export async function writeSummary(plan: WorkbookPlan): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load("items/name,items/visibility");
    names.load("items/name");
    await context.sync();

    const taken = new Set(worksheets.items.map((s) => sheetKey(s.name)));
    const temporary = new Set<string>();
    const placed: PlacedSheet[] = [];
    try {
      for (const sheetPlan of plan.sheets) {
        const tempName = freeSheetName(TEMP_NAME, taken);
        temporary.add(sheetKey(tempName));
        const sheet = worksheets.add(tempName);
        writeSheet(sheet, sheetPlan);
        placed.push({ plan: sheetPlan, sheet, name: validSheetName(sheetPlan.name) });
      }
      await context.sync();
    } catch (error) {
      await deleteTemporary(context, temporary);
      throw error;
    }

    const finalNames = new Set(placed.map((p) => sheetKey(p.name)));
    for (const previous of worksheets.items)
      if (finalNames.has(sheetKey(previous.name))) deleteSheet(previous);
    deleteReplacedNames(names.items, plan);
    for (const { plan: sheetPlan, sheet, name } of placed) {
      sheet.name = name;
      sheet.visibility = VISIBILITY[sheetPlan.visibility];
    }
    addPlanNames(context, plan, placed);
    activateFirstVisible(placed);
    await context.sync();
  });
}
