import {
  ASIDE_SHEET,
  ASIDE_TABLE,
  BUILD_JOURNAL,
  buildTableName,
  setJournal,
  type SwapPlan,
  type Visibility,
} from "./build-journal";
import { freeSheetName, sheetKey } from "./sheet-names";
import { namesReplaced, queueNameSwitch, writeManifest, type NameEntry } from "./swap-names";
import { activateFirstVisible, VISIBILITY, type PlacedSheet } from "./worksheets";

/** A plan sheet built into the workbook, under `buildName` until the swap gives it its final `name`. */
export interface StagedSheet extends PlacedSheet {
  readonly buildName: string;
}

/**
 * A build complete, as the request that ended it found the workbook: the final names are chosen
 * there, so a sheet the user added meanwhile keeps its name, and a replaced sheet the user renamed
 * meanwhile is the user's (`replaced` holds only those still under the name they had).
 */
export interface Built {
  readonly staged: readonly StagedSheet[];
  readonly manifest: Excel.Worksheet;
  readonly manifestName: string;
  /** The sheets replaced, `name` and `visibility` loaded. */
  readonly replaced: readonly Excel.Worksheet[];
  /** Every sheet, name and visibility loaded. */
  readonly sheets: readonly Excel.Worksheet[];
  /** The workbook's names, `name` and `formula` loaded, and its tables, `name` loaded. */
  readonly names: readonly Excel.NamedItem[];
  readonly tables: readonly Excel.Table[];
}

/** Where each sheet goes: the built ones to their final names, the replaced ones aside under free names. */
function planSwap(built: Built): SwapPlan {
  const taken = new Set(
    [...built.sheets.map((s) => s.name), ...built.staged.map((s) => s.name)].map(sheetKey),
  );
  return {
    manifest: built.manifestName,
    placed: built.staged.map((s) => ({
      built: s.buildName,
      name: s.name,
      visibility: VISIBILITY[s.plan.visibility],
    })),
    aside: built.replaced.map((s) => ({
      name: s.name,
      aside: freeSheetName(ASIDE_SHEET, taken),
      visibility: s.visibility as Visibility,
    })),
  };
}

/**
 * Queues the swap, placing before deleting, each stage in the journal first: the names switched
 * (`entries`) written down; the replaced sheets renamed aside and the built ones into their names and
 * shown, then the replaced ones hidden (Excel keeps one sheet visible), their tables aside and the new
 * ones named; from here on (`commit`) the new sheets count, and the rest is queueFinish. A request cut
 * before the commit is undone, one cut after it finished (see settle-journal).
 */
export function queueSwap(context: Excel.RequestContext, built: Built, entries: readonly NameEntry[]): void {
  const swap = planSwap(built);
  const replacedNames = namesReplaced(
    entries,
    built.names,
    swap.aside.map((a) => a.name),
  );
  writeManifest(built.manifest, entries);
  setJournal(context, { phase: "swap", swap });
  built.replaced.forEach((sheet, i) => (sheet.name = swap.aside[i]!.aside));
  for (const { plan, sheet, name } of built.staged) {
    sheet.name = name;
    sheet.visibility = VISIBILITY[plan.visibility];
  }
  activateFirstVisible(built.staged);
  for (const sheet of built.replaced) sheet.visibility = VISIBILITY.hidden;
  const planTables = built.staged.flatMap((s) => (s.plan.tables ?? []).map((t) => t.name));
  const wanted = new Set(planTables.map((t) => t.toUpperCase()));
  for (const table of built.tables)
    if (wanted.has(table.name.toUpperCase())) table.name = `${table.name}${ASIDE_TABLE}`;
  for (const { plan, sheet } of built.staged)
    for (const table of plan.tables ?? []) sheet.tables.getItem(buildTableName(table.name)).name = table.name;
  setJournal(context, { phase: "commit", swap });
  queueFinish(context, entries, replacedNames, built.replaced, built.manifest);
}

/** Excel refuses to delete a very hidden sheet: ours go hidden first (the sheets that stay are in sight by then). */
export function deleteUnseen(sheet: Excel.Worksheet): void {
  sheet.visibility = VISIBILITY.hidden;
  sheet.delete();
}

/**
 * Queues the end of a committed swap: the names switched (`replacedNames` deleted, see namesReplaced),
 * the sheets set aside and the manifest deleted, the workbook recalculated (the new sheets were
 * written with calculation suspended), and the journal last.
 */
export function queueFinish(
  context: Excel.RequestContext,
  entries: readonly NameEntry[],
  replacedNames: readonly Excel.NamedItem[],
  aside: readonly Excel.Worksheet[],
  manifest: Excel.Worksheet | undefined,
): void {
  queueNameSwitch(context, entries, replacedNames);
  for (const sheet of aside) deleteUnseen(sheet);
  if (manifest) deleteUnseen(manifest);
  context.workbook.application.calculate("Recalculate");
  context.workbook.names.getItem(BUILD_JOURNAL).delete();
}
