import type { SheetPlan } from "../core/layout/plan";
import { requireUnprotectedStructure } from "./protection";
import { RequestBudget } from "./request-budget";
import { freeSheetName, sheetKey } from "./sheet-names";
import { namingBuiltSheets } from "./sheet-references";
import { deleteSheet, VISIBILITY, type PlacedSheet } from "./worksheets";
import { writeSheet } from "./write-sheet";

/** What a sheet is built under while its final name still belongs to the sheet it replaces. */
const TEMP_NAME = "TD_TMP";

/** A plan sheet built into the workbook, under `buildName` until the swap gives it its final `name`. */
export interface StagedSheet extends PlacedSheet {
  readonly buildName: string;
}

/**
 * The first sync of every writing action: the sheets, the names with their formulas, and whether the
 * structure is protected, in which case it stops (a HostError) before anything is changed.
 */
export async function lookAtWorkbook(context: Excel.RequestContext) {
  const { worksheets, names, protection } = context.workbook;
  worksheets.load("items/name,items/visibility");
  names.load("items/name,items/type,items/formula");
  protection.load("protected");
  await context.sync();
  requireUnprotectedStructure(protection);
  return { sheets: worksheets.items, names: names.items };
}

/**
 * Chooses each plan sheet's final name, free among the sheets that stay (a user's sheet is never
 * overwritten: a taken name gets " (2)"), and the name it is built under: the final one when no
 * sheet has it yet, else a temporary one, since the sheet it replaces goes only at the swap.
 */
function stagedNames(
  plans: readonly SheetPlan[],
  existing: readonly Excel.Worksheet[],
  replaced: readonly Excel.Worksheet[],
): { name: string; buildName: string }[] {
  const staying = new Set(existing.filter((s) => !replaced.includes(s)).map((s) => sheetKey(s.name)));
  const present = new Set(existing.map((s) => sheetKey(s.name)));
  return plans.map((plan) => {
    const name = freeSheetName(plan.name, staying);
    const buildName = present.has(sheetKey(name)) ? freeSheetName(TEMP_NAME, present) : name;
    present.add(sheetKey(buildName));
    return { name, buildName };
  });
}

/**
 * Removes whatever sheets a failed build added: a failed batch keeps the commands before the failing
 * one, so which sheets exist is read again rather than assumed.
 */
async function deleteBuilt(context: Excel.RequestContext, built: ReadonlySet<string>): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  for (const sheet of worksheets.items) if (built.has(sheetKey(sheet.name))) deleteSheet(sheet);
  await context.sync();
}

/**
 * Adds and writes every plan sheet in new sheets, touching no existing sheet or name: in one sync,
 * or in as many as keep each request within the budget (see RequestBudget). If a sync fails, the
 * sheets added are deleted (two more syncs) and the error is rethrown, so the workbook is as it was
 * and the previous report or summary still works.
 */
export async function buildSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  existing: readonly Excel.Worksheet[],
  replaced: readonly Excel.Worksheet[],
): Promise<StagedSheet[]> {
  const names = stagedNames(plans, existing, replaced);
  const built = new Set(names.map((n) => sheetKey(n.buildName)));
  const budget = new RequestBudget(context);
  try {
    // Every sheet first: a formula may name a sheet that comes later in the plan (a form's status line
    // names the check sheet), and a sheet must exist when a formula names it.
    const sheets = names.map(({ buildName }) => context.workbook.worksheets.add(buildName));
    const builtAs = new Map(plans.map((plan, i) => [plan.name, names[i]!.buildName]));
    const staged: StagedSheet[] = [];
    for (const [i, plan] of plans.entries()) {
      const { name, buildName } = names[i]!;
      await writeSheet(sheets[i]!, namingBuiltSheets(plan, builtAs), budget);
      staged.push({ plan, sheet: sheets[i]!, name, buildName });
    }
    await budget.sync();
    return staged;
  } catch (error) {
    await deleteBuilt(context, built);
    throw error;
  }
}

/**
 * Queues the swap: the replaced sheets go, the built ones take their final names and visibility
 * (last, so a workbook never runs out of visible sheets). Needs `visibility` of `replaced` loaded.
 */
export function swapIn(staged: readonly StagedSheet[], replaced: readonly Excel.Worksheet[]): void {
  for (const sheet of replaced) deleteSheet(sheet);
  for (const { plan, sheet, name, buildName } of staged) {
    if (name !== buildName) sheet.name = name;
    sheet.visibility = VISIBILITY[plan.visibility];
  }
}
