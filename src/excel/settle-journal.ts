import {
  ASIDE_TABLE,
  decodeJournal,
  decodeKept,
  findJournal,
  KEPT_TABLE,
  setJournal,
  type SwapPlan,
} from "./build-journal";
import { findKept, previousOf } from "./kept-write";
import { freeSheetName, sheetKey } from "./sheet-names";
import { loadManifest, namesReplaced, readManifest } from "./swap-names";
import { deleteUnseen, NO_PREVIOUS, queueFinish } from "./swap";
import { VISIBILITY } from "./worksheets";

/** What settling a journal did: the sheets of an undone write removed, or an interrupted swap finished. */
export interface Settled {
  readonly removed: number;
  readonly finished: boolean;
}

const NOTHING: Settled = { removed: 0, finished: false };

/**
 * Settles what a write cut short left (see build-journal), so the workbook holds the whole of what
 * was there before it or the whole of what it wrote: a build or a swap not yet committed is undone,
 * a committed one finished. A failed request keeps the commands before the failing one, so the
 * workbook is read afresh rather than assumed. One to three syncs; none more when there is no journal.
 */
export async function settleInterrupted(context: Excel.RequestContext): Promise<Settled> {
  const { worksheets, names } = context.workbook;
  worksheets.load("items/name,items/visibility");
  names.load("items/name,items/formula");
  await context.sync();
  return findJournal(names.items) ? settleJournal(context, worksheets.items, names.items) : NOTHING;
}

/** As settleInterrupted, the sheets (name, visibility) and names (name, formula) already read. */
export async function settleJournal(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
): Promise<Settled> {
  const journalItem = findJournal(names)!;
  const journal = decodeJournal(journalItem.formula);
  const byName = (name: string) => sheets.find((s) => sheetKey(s.name) === sheetKey(name));
  if (journal.phase === "build") {
    const left = journal.sheets.map(byName).filter((s) => s !== undefined);
    for (const sheet of left) deleteUnseen(sheet);
    journalItem.delete();
    await context.sync();
    return { removed: left.length, finished: false };
  }
  const { swap } = journal;
  const manifest = byName(swap.manifest);
  const tables = context.workbook.tables.load("items/name,items/worksheet/name");
  if (journal.phase === "swap") {
    await context.sync();
    const removed = queueUndo(context, swap, sheets, tables.items, byName);
    if (manifest) deleteUnseen(manifest);
    journalItem.delete();
    await context.sync();
    return { removed, finished: false };
  }
  // Committed: every sheet is in place; the names the manifest lists, and the old sheets, are what is left.
  const used = loadManifest(manifest);
  await context.sync();
  const { entries, replaced } = readManifest(used);
  const aside = swap.aside.map((a) => byName(a.aside)).filter((s) => s !== undefined);
  const replacedNames = namesReplaced(
    entries,
    names,
    swap.aside.map((a) => a.aside),
    replaced.map((e) => e.name),
  );
  // A finish cut after it recorded this swap as the one kept must not discard what it keeps.
  const keptRecord = findKept(names);
  const previous =
    decodeKept(keptRecord?.formula)?.manifest === swap.manifest
      ? { ...NO_PREVIOUS, keptRecord }
      : previousOf(sheets, names);
  const asideTables = tables.items
    .filter((t) => t.name.toUpperCase().endsWith(ASIDE_TABLE))
    .map((table) => ({ table, base: table.name.slice(0, -ASIDE_TABLE.length) }));
  queueFinish(context, swap, entries, replacedNames, { aside, manifest, asideTables, ...previous });
  await context.sync();
  return { removed: 0, finished: true };
}

/**
 * Queues the undoing of a swap cut before its commit: the replaced sheets shown as they were (those to
 * be visible first: Excel keeps one sheet visible), the built ones deleted and struck from the journal,
 * then the replaced ones given back their names and their tables'. Cut anywhere, it can run again.
 * Returns the number of built sheets removed.
 */
function queueUndo(
  context: Excel.RequestContext,
  swap: SwapPlan,
  sheets: readonly Excel.Worksheet[],
  tables: readonly Excel.Table[],
  byName: (name: string) => Excel.Worksheet | undefined,
): number {
  const setAside = swap.aside
    .map((entry) => ({ entry, sheet: byName(entry.aside) }))
    .filter((a) => a.sheet !== undefined);
  const shownFirst = [...setAside].sort(
    (a, b) =>
      Number(b.entry.visibility === VISIBILITY.visible) - Number(a.entry.visibility === VISIBILITY.visible),
  );
  for (const { entry, sheet } of shownFirst) sheet!.visibility = entry.visibility;
  // A built sheet is under its temporary name until the swap renames it; then under its final one,
  // unless that is still a replaced sheet's (one not yet set aside, or given its name back by an undo
  // cut short after it had deleted the built sheet).
  const stillOld = new Set(swap.aside.filter((a) => !byName(a.aside)).map((a) => sheetKey(a.name)));
  const found = swap.placed
    .map((entry) => ({
      entry,
      sheet: byName(entry.built) ?? (stillOld.has(sheetKey(entry.name)) ? undefined : byName(entry.name)),
    }))
    .filter((p) => p.sheet !== undefined);
  const built = found.filter((p) => !p.entry.restored).map((p) => p.sheet!);
  for (const sheet of built) deleteUnseen(sheet);
  // A sheet an undo was putting back goes back to where the write before kept it.
  const restored = found.filter((p) => p.entry.restored);
  // Every table is picked out as read, before any sheet is renamed: those on the sheets put back
  // (found by the names the sheets had when read, final or aside), then those set aside.
  const restoredSheets = new Set(restored.map((p) => sheetKey(p.sheet!.name)));
  const keptAgain = tables.filter(
    (t) => restoredSheets.has(sheetKey(t.worksheet.name)) && !t.name.toUpperCase().endsWith(KEPT_TABLE),
  );
  const backFromAside = tables
    .filter((t) => t.name.toUpperCase().endsWith(ASIDE_TABLE))
    .map((table) => ({ table, base: table.name.slice(0, -ASIDE_TABLE.length) }));
  for (const { entry, sheet } of restored) {
    sheet!.name = entry.built;
    sheet!.visibility = VISIBILITY.veryHidden;
  }
  for (const table of keptAgain) table.name = `${table.name}${KEPT_TABLE}`;
  // The built sheets are gone: an undo cut after this must not take a replaced sheet, once given its
  // name back, for a built one under the same final name. Those put back stay listed, under the
  // names they are back under.
  setJournal(context, { phase: "swap", swap: { ...swap, placed: restored.map((p) => p.entry) } });
  const gone = new Set([...found.map((p) => p.sheet), ...setAside.map((a) => a.sheet)]);
  const taken = new Set([
    ...sheets.filter((s) => !gone.has(s)).map((s) => sheetKey(s.name)),
    ...restored.map((p) => sheetKey(p.entry.built)),
  ]);
  for (const { entry, sheet } of setAside) sheet!.name = freeSheetName(entry.name, taken);
  for (const { table, base } of backFromAside) table.name = base;
  return built.length;
}
