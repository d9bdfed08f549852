import type { SheetPlan } from "../core/layout/plan";
import {
  buildTableName,
  closeJournal,
  findJournal,
  openJournal,
  queueRecovery,
  TEMP_SHEET,
} from "./build-journal";
import { requireUnprotectedStructure } from "./protection";
import type { PreparedSheet } from "../host/excel-ready/prepared-sheet";
import { RequestBudget, type WriteControl } from "./request-budget";
import { freeSheetName, sheetKey } from "./sheet-names";
import { sheetRenamer } from "./sheet-references";
import { deleteSheet, VISIBILITY, type PlacedSheet } from "./worksheets";
import { writeSheet } from "./write-sheet";

/** A plan sheet built into the workbook, under `buildName` until the swap gives it its final `name`. */
export interface StagedSheet extends PlacedSheet {
  readonly buildName: string;
}

/**
 * The first sync of every writing action: the sheets, the names with their formulas, and whether the
 * structure is protected, in which case it stops (a HostError) before anything is changed. What an
 * interrupted build left (see build-journal) is removed first, in one more sync; `recovered` counts
 * the sheets removed.
 */
export async function lookAtWorkbook(context: Excel.RequestContext) {
  const { worksheets, names, protection } = context.workbook;
  worksheets.load("items/name,items/visibility");
  names.load("items/name,items/type,items/formula");
  protection.load("protected");
  await context.sync();
  requireUnprotectedStructure(protection);
  const journal = findJournal(names.items);
  if (!journal) return { sheets: worksheets.items, names: names.items, recovered: 0 };
  const removed = queueRecovery(worksheets.items, journal);
  await context.sync();
  return {
    sheets: worksheets.items.filter((s) => !removed.includes(s)),
    names: names.items.filter((n) => n !== journal),
    recovered: removed.length,
  };
}

/**
 * Chooses each plan sheet's final name, free among the sheets that stay (a user's sheet is never
 * overwritten: a taken name gets " (2)"), and the temporary name it is built under, so that nothing a
 * build leaves can pass for a report or a summary.
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
    return { name, buildName: freeSheetName(TEMP_SHEET, present) };
  });
}

/**
 * Removes whatever sheets a failed build added, and its journal: a failed batch keeps the commands before
 * the failing one, so which exist is read again rather than assumed. If this fails too (Excel refusing
 * every request), the journal stays, and the next action removes them.
 */
async function deleteBuilt(context: Excel.RequestContext): Promise<void> {
  const { worksheets, names } = context.workbook;
  worksheets.load("items/name,items/visibility");
  names.load("items/name,items/formula");
  await context.sync();
  const journal = findJournal(names.items);
  if (journal) queueRecovery(worksheets.items, journal);
  await context.sync();
}

/**
 * Adds and writes every plan sheet in new, very hidden sheets under temporary names, touching no
 * existing sheet or name, after a journal that lists them: in one sync, or in as many as keep each
 * request within the budget (see RequestBudget). If a sync fails, the sheets added are deleted (two
 * more syncs) and the error is rethrown, so the workbook is as it was and the previous report or
 * summary still works; if even that fails, nothing half-built is in sight, and the journal tells the
 * next action what to remove. `control` stops the build between requests (cleaned up the same way) and
 * hears of each sheet built; Excel does not recalculate while the sheets are written. `prepared`: each
 * sheet's cells as Excel takes them, when a worker worked them out (else they are worked out here).
 */
export async function buildSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  existing: readonly Excel.Worksheet[],
  replaced: readonly Excel.Worksheet[],
  control: WriteControl = {},
  prepared: readonly (PreparedSheet | undefined)[] = [],
): Promise<StagedSheet[]> {
  const names = stagedNames(plans, existing, replaced);
  const budget = new RequestBudget(context, undefined, control);
  try {
    openJournal(
      context,
      names.map((n) => n.buildName),
    );
    // Every sheet first: a formula may name a sheet that comes later in the plan (a form's status line
    // names the check sheet), and a sheet must exist when a formula names it.
    const sheets = names.map(({ buildName }) => {
      const sheet = context.workbook.worksheets.add(buildName);
      sheet.visibility = VISIBILITY.veryHidden;
      return sheet;
    });
    const rename = sheetRenamer(new Map(plans.map((plan, i) => [plan.name, names[i]!.buildName])));
    const staged: StagedSheet[] = [];
    for (const [i, plan] of plans.entries()) {
      const { name, buildName } = names[i]!;
      control.signal?.throwIfAborted();
      await writeSheet(sheets[i]!, plan, budget, { prepared: prepared[i], rename });
      staged.push({ plan, sheet: sheets[i]!, name, buildName });
      control.onProgress?.(i + 1, plans.length);
    }
    await budget.sync();
    return staged;
  } catch (error) {
    await deleteBuilt(context);
    throw error;
  }
}

/**
 * Queues the swap: the replaced sheets go, the built ones and their tables take their final names and
 * visibility, and the journal goes last: a swap Excel stops halfway leaves it, and the sheets still unnamed are removed
 * by the next action. Needs `visibility` of `replaced` loaded.
 */
export function swapIn(
  context: Excel.RequestContext,
  staged: readonly StagedSheet[],
  replaced: readonly Excel.Worksheet[],
): void {
  for (const sheet of replaced) deleteSheet(sheet);
  for (const { plan, sheet, name } of staged) {
    sheet.name = name;
    sheet.visibility = VISIBILITY[plan.visibility];
    for (const table of plan.tables ?? []) sheet.tables.getItem(buildTableName(table.name)).name = table.name;
  }
  closeJournal(context);
}
