import {
  ASIDE_SHEET,
  ASIDE_TABLE,
  BUILD_JOURNAL,
  KEPT_RECORD,
  KEPT_TABLE,
  keptFormula,
  setJournal,
  type SwapPlan,
  type Visibility,
} from "./build-journal";
import type { WriteKind } from "../host/workbook-host";
import { freeSheetName, sheetKey } from "./sheet-names";
import { namesReplaced, queueNameSwitch, replacedEntries, writeManifest, type NameEntry } from "./swap-names";
import { VISIBILITY } from "./worksheets";
import { hideName } from "./workbook-names";

/** A table of a sheet the swap places, and the name it takes there. */
export interface TableMove {
  readonly from: string;
  readonly to: string;
}

/**
 * A sheet the swap places: built under `buildName` (or, put back by an undo, kept under it) until the
 * swap gives it its final `name` and visibility, its tables renamed as `tables` says.
 */
export interface StagedSheet {
  readonly sheet: Excel.Worksheet;
  readonly buildName: string;
  readonly name: string;
  readonly visibility: Visibility;
  readonly tables: readonly TableMove[];
  readonly restored?: boolean;
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

/** What the swap does with what it replaces: deletes it, or keeps it for an undo of this kind of write. */
export interface Keeping {
  readonly keep?: WriteKind;
  readonly undo?: boolean;
  /** Names deleted beside those the entries define again (see namesReplaced). */
  readonly drop?: readonly string[];
}

/** Where each sheet goes: the built ones to their final names, the replaced ones aside under free names. */
function planSwap(built: Built, { keep, undo }: Keeping): SwapPlan {
  const taken = new Set(
    [...built.sheets.map((s) => s.name), ...built.staged.map((s) => s.name)].map(sheetKey),
  );
  return {
    manifest: built.manifestName,
    placed: built.staged.map((s) => ({
      built: s.buildName,
      name: s.name,
      visibility: s.visibility,
      ...(s.restored ? { restored: true } : {}),
    })),
    aside: built.replaced.map((s) => ({
      name: s.name,
      aside: freeSheetName(ASIDE_SHEET, taken),
      visibility: s.visibility as Visibility,
    })),
    ...(keep ? { keep } : {}),
    ...(keep && undo ? { undo } : {}),
  };
}

/**
 * Queues the swap, placing before deleting, each stage in the journal first: the names switched
 * (`entries`, and those they replace) written down; the replaced sheets renamed aside and the built
 * ones into their names and shown, then the replaced ones hidden (Excel keeps one sheet visible),
 * their tables aside and the new ones named; from here on (`commit`) the new sheets count, and the
 * rest is queueFinish. A request cut before the commit is undone, one cut after it finished (see
 * settle-journal). `kept`: the sheets and manifest an earlier write kept, which this one discards.
 */
export function queueSwap(
  context: Excel.RequestContext,
  built: Built,
  entries: readonly NameEntry[],
  keeping: Keeping = {},
  previous: Previous = NO_PREVIOUS,
): void {
  const swap = planSwap(built, keeping);
  const asideNames = swap.aside.map((a) => a.name);
  const replacedNames = namesReplaced(entries, built.names, asideNames, keeping.drop);
  writeManifest(built.manifest, entries, replacedEntries(replacedNames));
  setJournal(context, { phase: "swap", swap });
  built.replaced.forEach((sheet, i) => (sheet.name = swap.aside[i]!.aside));
  for (const { sheet, name, visibility } of built.staged) {
    sheet.name = name;
    sheet.visibility = visibility;
  }
  built.staged.find((s) => s.visibility === VISIBILITY.visible)?.sheet.activate();
  for (const sheet of built.replaced) sheet.visibility = VISIBILITY.hidden;
  const wanted = new Set(built.staged.flatMap((s) => s.tables.map((t) => t.to.toUpperCase())));
  const asideTables = built.tables
    .filter((table) => wanted.has(table.name.toUpperCase()))
    .map((table) => ({ table, base: table.name }));
  for (const { table, base } of asideTables) table.name = `${base}${ASIDE_TABLE}`;
  for (const { sheet, tables } of built.staged)
    for (const { from, to } of tables) sheet.tables.getItem(from).name = to;
  setJournal(context, { phase: "commit", swap });
  queueFinish(context, swap, entries, replacedNames, {
    aside: built.replaced,
    manifest: built.manifest,
    asideTables,
    ...previous,
  });
}

/** Excel refuses to delete a very hidden sheet: ours go hidden first (the sheets that stay are in sight by then). */
export function deleteUnseen(sheet: Excel.Worksheet): void {
  sheet.visibility = VISIBILITY.hidden;
  sheet.delete();
}

/** What an earlier write kept for an undo (see KEPT_RECORD), which the next write discards. */
export interface Previous {
  /** Its sheets and manifest. */
  readonly kept: readonly Excel.Worksheet[];
  readonly keptRecord: Excel.NamedItem | undefined;
}

export const NO_PREVIOUS: Previous = { kept: [], keptRecord: undefined };

/** What a committed swap leaves to finish, as found in the workbook. */
export interface Leftovers extends Previous {
  /** The sheets set aside. */
  readonly aside: readonly Excel.Worksheet[];
  readonly manifest: Excel.Worksheet | undefined;
  /** The tables set aside (named `base` and …_TD_CU). */
  readonly asideTables: readonly { readonly table: Excel.Table; readonly base: string }[];
}

/**
 * Queues the end of a committed swap: the names switched (`replacedNames` deleted, see namesReplaced),
 * what the previous write kept deleted; the sheets set aside and the manifest deleted, or, when the
 * swap keeps them, very hidden with their tables renamed apart and recorded for an undo; the workbook
 * recalculated (the new sheets were written with calculation suspended), and the journal last.
 */
export function queueFinish(
  context: Excel.RequestContext,
  swap: SwapPlan,
  entries: readonly NameEntry[],
  replacedNames: readonly Excel.NamedItem[],
  { aside, manifest, asideTables, kept, keptRecord }: Leftovers,
): void {
  queueNameSwitch(context, entries, replacedNames);
  for (const sheet of kept) deleteUnseen(sheet);
  keptRecord?.delete();
  const { names } = context.workbook;
  if (swap.keep && manifest) {
    for (const sheet of aside) sheet.visibility = VISIBILITY.veryHidden;
    for (const { table, base } of asideTables) table.name = `${base}${KEPT_TABLE}`;
    hideName(names.add(KEPT_RECORD, keptFormula(swap)));
  } else {
    for (const sheet of aside) deleteUnseen(sheet);
    if (manifest) deleteUnseen(manifest);
  }
  context.workbook.application.calculate("Recalculate");
  names.getItem(BUILD_JOURNAL).delete();
}
