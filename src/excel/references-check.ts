import { META_SHEET } from "../core/report/metadata";
import { ReferencesWouldBreak, type Replacing } from "../host/references-break";
import { dependentsOf } from "./dependent-formulas";
import { previousOf } from "./kept-write";
import { sheetKey } from "./sheet-names";

/**
 * Stops a write with a ReferencesWouldBreak, before anything is changed, when what of the user's is on
 * the sheets kept (formulas, names, lists, conditional formats, charts, PivotTables) points at the
 * sheets `replaced`; or when some of it could not be read and something was found. Needs the sheets'
 * `name` and the names' `name` and `formula` loaded.
 */
export async function refuseBreakingReferences(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly Excel.NamedItem[],
  replaced: readonly Excel.Worksheet[],
  replacing: Replacing,
): Promise<void> {
  if (replaced.length === 0) return;
  // What the last write kept for an undo is ours, and goes with the next write: nothing of the user's is there.
  const kept = previousOf(sheets, names).kept;
  const others = sheets.filter((s) => !replaced.includes(s) && !kept.includes(s));
  const gone = replaced.map((s) => s.name);
  const found = await dependentsOf(context, others, names, gone);
  if (found.places.length === 0) return;
  const shown = gone.filter((name) => sheetKey(name) !== sheetKey(META_SHEET));
  throw new ReferencesWouldBreak({
    sheets: shown,
    places: found.places,
    unchecked: found.unchecked,
    unread: found.unread,
    replacing,
  });
}
