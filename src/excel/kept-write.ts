import { decodeKept, KEPT_RECORD } from "./build-journal";
import { runExcel } from "./excel-run";
import type { UndoableWrite } from "../host/workbook-host";
import { sheetKey } from "./sheet-names";
import type { Previous } from "./swap";
import { findName } from "./workbook-names";

/** The kept record among the workbook's names, if the last write kept what it replaced. Needs `name` loaded. */
export const findKept = (names: readonly Excel.NamedItem[]) => findName(names, KEPT_RECORD);

/**
 * What the last write kept, as found among `sheets` (name loaded) and `names` (name and formula
 * loaded): the sheets it set aside and its manifest, which the next write discards.
 */
export function previousOf(sheets: readonly Excel.Worksheet[], names: readonly Excel.NamedItem[]): Previous {
  const keptRecord = findKept(names);
  const swap = decodeKept(keptRecord?.formula);
  if (!swap) return { kept: [], keptRecord };
  const keys = new Set([swap.manifest, ...swap.aside.map((a) => a.aside)].map(sheetKey));
  return { kept: sheets.filter((s) => keys.has(sheetKey(s.name))), keptRecord };
}

/**
 * The last write that kept what it replaced, as its record says. Needs names' `name` and `formula`
 * loaded. An undo keeps what it set aside too: undoing it again is a redo.
 */
export function undoable(names: readonly Excel.NamedItem[]): UndoableWrite | undefined {
  const swap = decodeKept(findKept(names)?.formula);
  return swap && { kind: swap.keep!, undo: swap.undo === true };
}

/** The pane's question: can the last write be undone, in one sync. */
export const lastWrite = (): Promise<UndoableWrite | undefined> =>
  runExcel(async (context) => {
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    return undoable(names.items);
  });
