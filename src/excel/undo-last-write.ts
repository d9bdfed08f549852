import { decodeKept, KEPT_TABLE, openJournal, TEMP_SHEET } from "./build-journal";
import { runExcel } from "./excel-run";
import { findKept } from "./kept-write";
import { HostError, type UndoableWrite, type WriteKind, type WriteOptions } from "../host/workbook-host";
import { refuseBreakingReferences } from "./references-check";
import { settleInterrupted } from "./settle-journal";
import { freeSheetName, sheetKey } from "./sheet-names";
import { lookAtWorkbook, swapIn } from "./staging";
import type { StagedSheet } from "./swap";
import { loadManifest, readManifest, type NameEntry } from "./swap-names";
import { VISIBILITY } from "./worksheets";
import { WORDS } from "../core/vocabulary";

/**
 * Undoes the last write that kept what it replaced (see KEPT_RECORD): a swap back, journaled as a
 * write is, so that the workbook holds the whole of one or the other whatever fails. The sheets kept
 * take back their names (a name the user has since taken gets " (2)"), the names they had are defined
 * again, and the sheets of the write undone are kept in their turn, so a second undo redoes it. The
 * user's formulas that point at the write's sheets would follow them aside: it stops with a
 * ReferencesWouldBreak unless `breakReferences` is asked, and then keeps nothing. Returns the write
 * undone. Syncs: 4 (look, read the kept manifest, the manifest's sheet, swap), 2 more to read
 * the user's formulas.
 */
export async function undoLastWrite(options: WriteOptions = {}): Promise<UndoableWrite> {
  return runExcel(async (context) => {
    const { sheets, names } = await lookAtWorkbook(context);
    const keptRecord = findKept(names);
    const swap = decodeKept(keptRecord?.formula);
    const byName = (name: string) => sheets.find((s) => sheetKey(s.name) === sheetKey(name));
    const oldManifest = swap && byName(swap.manifest);
    const kept = swap?.aside.map((entry) => ({ entry, sheet: byName(entry.aside) })) ?? [];
    if (!swap || !oldManifest || kept.some((k) => !k.sheet))
      throw new HostError(WORDS.undoWrite.nothingToUndo);
    // The write's sheets as it placed them: one the user has renamed since is the user's, and stays.
    const current = swap.placed.map((p) => byName(p.name)).filter((s) => s !== undefined);
    const used = loadManifest(oldManifest);
    const tables = context.workbook.tables.load("items/name,items/worksheet/name");
    await context.sync();
    const ours = new Set([oldManifest, ...current, ...kept.map((k) => k.sheet!)]);
    const keep = await keepsNoReference(context, sheets, names, current, swap.keep!, options);

    const taken = new Set(sheets.map((s) => sheetKey(s.name)));
    const manifestName = freeSheetName(TEMP_SHEET, taken);
    openJournal(context, [manifestName]);
    const manifest = context.workbook.worksheets.add(manifestName);
    manifest.visibility = VISIBILITY.veryHidden;
    try {
      await context.sync();
    } catch (error) {
      await settleInterrupted(context).catch(() => undefined);
      throw error;
    }

    const staying = new Set(sheets.filter((s) => !ours.has(s)).map((s) => sheetKey(s.name)));
    const staged: StagedSheet[] = kept.map(({ entry, sheet }) => ({
      sheet: sheet!,
      buildName: entry.aside,
      name: freeSheetName(entry.name, staying),
      visibility: entry.visibility,
      restored: true,
      tables: tables.items
        .filter(
          (t) =>
            sheetKey(t.worksheet.name) === sheetKey(entry.aside) && t.name.toUpperCase().endsWith(KEPT_TABLE),
        )
        .map((t) => ({ from: t.name, to: t.name.slice(0, -KEPT_TABLE.length) })),
    }));
    const restoredAs = new Map(kept.map(({ entry }, i) => [sheetKey(entry.name), staged[i]!.name]));
    const { entries, replaced } = readManifest(used);
    await swapIn(
      context,
      { staged, manifest, manifestName, replaced: current, sheets, names, tables: tables.items },
      entriesBack(replaced, restoredAs, staying),
      { ...(keep ? { keep: swap.keep!, undo: !swap.undo } : {}), drop: entries.map((e) => e.name) },
      { kept: [oldManifest], keptRecord },
    );
    return { kind: swap.keep!, undo: !swap.undo };
  });
}

/**
 * The names the undone write replaced, defined again: those on a kept sheet on it under the name it
 * takes back, those on a sheet that stays as they were; one on a sheet gone is left out (defining it
 * would fail after the commit, where nothing is undone).
 */
function entriesBack(
  replaced: readonly NameEntry[],
  restoredAs: ReadonlyMap<string, string>,
  staying: ReadonlySet<string>,
): NameEntry[] {
  return replaced.flatMap((entry): NameEntry[] => {
    if (!("sheet" in entry)) return [entry];
    const restored = restoredAs.get(sheetKey(entry.sheet));
    if (restored) return [{ ...entry, sheet: restored }];
    return staying.has(sheetKey(entry.sheet)) ? [entry] : [];
  });
}

/**
 * Whether the write's sheets can be kept: not when the user's formulas point at them, which would
 * follow them aside and show the figures undone. With `breakReferences` asked they are deleted
 * instead, and the formulas turn #REF!; without it, such formulas stop the undo with a
 * ReferencesWouldBreak.
 */
async function keepsNoReference(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  current: readonly Excel.Worksheet[],
  replacing: WriteKind,
  options: WriteOptions,
): Promise<boolean> {
  if (options.breakReferences) return false;
  await refuseBreakingReferences(context, sheets, names, current, replacing);
  return true;
}
