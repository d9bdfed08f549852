import type { SheetPlan } from "../core/layout/plan";
import { buildTableName, decodeJournal, findJournal, openJournal, TEMP_SHEET } from "./build-journal";
import { someoneElseWriting } from "./journal-owner";
import { WriteInProgress } from "../host/write-in-progress";
import { requireUnprotectedStructure } from "./protection";
import type { PreparedSheet } from "../host/excel-ready/prepared-sheet";
import { RequestBudget, type WriteControl } from "./request-budget";
import { settleInterrupted, settleJournal } from "./settle-journal";
import { freeSheetName, sheetKey } from "./sheet-names";
import { sheetRenamer } from "./sheet-references";
import { settleFailedSwap } from "./swap-failure";
import { HostError } from "../host/workbook-host";
import { WriteFailed } from "../host/write-failed";
import { queueSwap, type Built, type Keeping, type Previous, type StagedSheet } from "./swap";
import { previousOf } from "./kept-write";
import type { NameEntry } from "./swap-names";
import { VISIBILITY } from "./worksheets";
import { writeSheet } from "./write-sheet";
import { stopIfAborted } from "./stop-if-aborted";

/**
 * The first sync of every writing action: the sheets, the names with their formulas, and whether the
 * structure is protected, in which case it stops (a HostError) before anything is changed. What an
 * interrupted write left (see build-journal) is settled first, in one to three more syncs, and the
 * workbook looked at again; `recovered` counts the sheets of an undone write removed. A write another
 * pane began less than LIVE_WRITE_MS ago is its own, going on: it stops with a WriteInProgress.
 */
export async function lookAtWorkbook(context: Excel.RequestContext): Promise<{
  sheets: Excel.Worksheet[];
  names: Excel.NamedItem[];
  recovered: number;
}> {
  const { worksheets, names, protection } = context.workbook;
  worksheets.load("items/name,items/visibility");
  names.load("items/name,items/type,items/formula");
  protection.load("protected");
  await context.sync();
  requireUnprotectedStructure(protection);
  const journal = findJournal(names.items);
  if (!journal) return { sheets: worksheets.items, names: names.items, recovered: 0 };
  const { owner } = decodeJournal(journal.formula);
  if (someoneElseWriting(owner)) throw new WriteInProgress(owner!.since);
  const { removed } = await settleJournal(context, worksheets.items, names.items);
  return { ...(await lookAtWorkbook(context)), recovered: removed };
}

/** The temporary names the plan sheets and the manifest are built under, free among the sheets there. */
function buildNames(count: number, existing: readonly Excel.Worksheet[]): string[] {
  const present = new Set(existing.map((s) => sheetKey(s.name)));
  return Array.from({ length: count }, () => freeSheetName(TEMP_SHEET, present));
}

/**
 * Adds and writes every plan sheet in new, very hidden sheets under temporary names, touching no
 * existing sheet or name, after a journal that lists them (and the swap's manifest sheet): in one sync,
 * or in as many as keep each request within the budget (see RequestBudget). The last request reads the
 * workbook again, and each sheet's final name is chosen then, free among the sheets that stay (a
 * user's sheet is never overwritten, even one added during the build: a taken name gets " (2)"). If
 * a sync fails, what was built is removed and the error rethrown as a WriteFailed of the build, so the
 * workbook is as it was and the previous report or summary still works; if even that fails, nothing half-built is in sight, and the
 * journal tells the next action what to remove. `control` stops the build between requests (cleaned up
 * the same way) and hears of each sheet built; Excel does not recalculate while the sheets are
 * written. `prepared`: each sheet's cells as Excel takes them, when a worker worked them out (else
 * they are worked out here).
 */
export async function buildSheets(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  existing: readonly Excel.Worksheet[],
  replaced: readonly Excel.Worksheet[],
  control: WriteControl = {},
  prepared: readonly (PreparedSheet | undefined)[] = [],
): Promise<Built> {
  // The names as the look read them: a replaced sheet the user renames during the build is the user's.
  const replacedNames = replaced.map((s) => s.name);
  const temporary = buildNames(plans.length + 1, existing);
  const manifestName = temporary.pop()!;
  const budget = new RequestBudget(context, undefined, control);
  try {
    openJournal(context, [...temporary, manifestName]);
    // Every sheet first: a formula may name a sheet that comes later in the plan (a form's status line
    // names the check sheet), and a sheet must exist when a formula names it.
    const [manifest, ...sheets] = [manifestName, ...temporary].map((buildName) => {
      const sheet = context.workbook.worksheets.add(buildName);
      sheet.visibility = VISIBILITY.veryHidden;
      return sheet;
    });
    const rename = sheetRenamer(new Map(plans.map((plan, i) => [plan.name, temporary[i]!])));
    for (const [i, plan] of plans.entries()) {
      stopIfAborted(control.signal);
      await writeSheet(sheets[i]!, plan, budget, { prepared: prepared[i], rename });
      control.onProgress?.(i + 1, plans.length);
    }
    const { worksheets, names, tables } = context.workbook;
    worksheets.load("items/name,items/visibility");
    names.load("items/name,items/formula");
    tables.load("items/name");
    await budget.sync();
    return placed(plans, sheets, temporary, replacedNames, {
      manifest: manifest!,
      manifestName,
      sheets: worksheets.items,
      names: names.items,
      tables: tables.items,
    });
  } catch (error) {
    // The clean-up failing too leaves the journal to the next action; the user hears of the first failure.
    const cleaned = await settleInterrupted(context).then(
      () => true,
      () => false,
    );
    throw error instanceof HostError ? error : new WriteFailed("build", cleaned, error);
  }
}

/** The build's result, final names chosen among the sheets as they are now. */
function placed(
  plans: readonly SheetPlan[],
  sheets: readonly Excel.Worksheet[],
  temporary: readonly string[],
  replacedNames: readonly string[],
  now: Omit<Built, "staged" | "replaced">,
): Built {
  const wasReplaced = new Set(replacedNames.map(sheetKey));
  const ours = new Set([...temporary, now.manifestName].map(sheetKey));
  const replaced = now.sheets.filter((s) => wasReplaced.has(sheetKey(s.name)));
  const staying = new Set(
    now.sheets
      .filter((s) => !replaced.includes(s) && !ours.has(sheetKey(s.name)))
      .map((s) => sheetKey(s.name)),
  );
  const staged: StagedSheet[] = plans.map((plan, i) => ({
    sheet: sheets[i]!,
    name: freeSheetName(plan.name, staying),
    buildName: temporary[i]!,
    visibility: VISIBILITY[plan.visibility],
    tables: (plan.tables ?? []).map((t) => ({ from: buildTableName(t.name), to: t.name })),
  }));
  return { ...now, staged, replaced };
}

/**
 * The swap, in one request (see queueSwap): the workbook ends holding the whole of the new sheets,
 * names and records, or, should Excel stop the request halfway, it is settled at once, back to the
 * whole of what it held before (a WriteFailed) or on to the whole of the new (nothing thrown). If even
 * that fails, the journal leaves it to the next action, and the WriteFailed says which way it goes. What the previous write kept is
 * discarded (`previous`, unless an undo says what it discards); what this one replaces is kept for an
 * undo when `keeping` says so.
 */
export async function swapIn(
  context: Excel.RequestContext,
  built: Built,
  entries: readonly NameEntry[],
  keeping: Keeping = {},
  previous: Previous = previousOf(built.sheets, built.names),
): Promise<void> {
  try {
    queueSwap(context, built, entries, keeping, previous);
    await context.sync();
  } catch (error) {
    await settleFailedSwap(context, error);
  }
}
