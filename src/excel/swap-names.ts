import { quoteSheet, toA1 } from "../core/grid/a1";
import type { WorkbookPlan } from "../core/layout/plan";
import { BUILD_JOURNAL } from "./build-journal";
import { hideName, isOurName } from "./workbook-names";

/**
 * A workbook name a write defines: on a cell of one of its sheets (by the sheet's final name), or as a
 * text constant (the records of what was written).
 */
export type NameEntry =
  | { readonly name: string; readonly sheet: string; readonly address: string }
  | { readonly name: string; readonly formula: string };

/** The plan's names on the sheets as finally named (`placed`, in plan order), then the records. */
export function nameEntries(
  plan: WorkbookPlan,
  placed: readonly { readonly name: string }[],
  texts: readonly { name: string; formula: string }[],
): NameEntry[] {
  const byPlanName = new Map(plan.sheets.map((sheet, i) => [sheet.name, placed[i]?.name]));
  const cells = plan.names.map((name) => {
    const sheet = byPlanName.get(name.sheet);
    if (!sheet) throw new Error(`The plan names ${name.name} on a sheet it does not have: ${name.sheet}`);
    return { name: name.name, sheet, address: toA1(name.row, name.col) };
  });
  return [...cells, ...texts];
}

// Every cell written as text ("'"): a formula or a number would be taken as one.
const asText = (text: string) => `'${text}`;

/** The manifest's columns: the entries the swap defines in A:C, those it replaces in E:G. */
const REPLACED_COLUMN = 4;

const rowOf = (e: NameEntry) => ("formula" in e ? [e.name, "", e.formula] : [e.name, e.sheet, e.address]);

/**
 * Queues the entries into the swap's manifest sheet, one row each (name, sheet, address or formula):
 * the names are switched after the point from which an interrupted swap is finished, and whoever
 * finishes it, at the next start, knows them from there. Beside them, the names they replace, so
 * that an undo of the write can define them again.
 */
export function writeManifest(
  sheet: Excel.Worksheet,
  entries: readonly NameEntry[],
  replaced: readonly NameEntry[] = [],
): void {
  for (const [column, list] of [
    [0, entries],
    [REPLACED_COLUMN, replaced],
  ] as const)
    if (list.length > 0)
      sheet.getRangeByIndexes(0, column, list.length, 3).values = list.map((e) => rowOf(e).map(asText));
}

function entriesIn(values: readonly (readonly unknown[])[], column: number): NameEntry[] {
  return values
    .map((row) => row.slice(column, column + 3).map((v) => String(v ?? "")))
    .filter(([name]) => name)
    .map(([name, sheet, third]) =>
      sheet ? { name: name!, sheet, address: third! } : { name: name!, formula: third! },
    );
}

/** Queues the read of a manifest sheet (see readManifest); `undefined` for no sheet. */
export const loadManifest = (sheet: Excel.Worksheet | undefined) =>
  sheet?.getUsedRangeOrNullObject(true).load("values,columnIndex");

/**
 * The entries a manifest sheet holds, and those they replace, from its used range as loadManifest
 * read it: a used range starts where its first cell is (column E when the swap defined no name).
 */
export function readManifest(used: Excel.Range | undefined): { entries: NameEntry[]; replaced: NameEntry[] } {
  if (!used || used.isNullObject) return { entries: [], replaced: [] };
  const padded = used.values.map((row) => [...Array<unknown>(used.columnIndex).fill(""), ...row]);
  return { entries: entriesIn(padded, 0), replaced: entriesIn(padded, REPLACED_COLUMN) };
}

const CELL_REFERENCE = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;

/**
 * The names a switch deletes, as entries an undo can define again: a name on a cell or range of a
 * sheet (by the sheet's name as the formula, read before the swap, gives it: the sheets set aside
 * are put back by an undo under those names), or a text constant. Any other formula is not ours, and
 * is left out.
 */
export function replacedEntries(names: readonly Excel.NamedItem[]): NameEntry[] {
  return names.flatMap((item): NameEntry[] => {
    const formula = typeof item.formula === "string" ? item.formula : "";
    const reference = CELL_REFERENCE.exec(formula);
    if (reference) {
      const sheet = reference[1]?.replace(/''/g, "'") ?? reference[2]!;
      return [{ name: item.name, sheet, address: reference[3]!.replace(/\$/g, "") }];
    }
    return /^="/.test(formula) ? [{ name: item.name, formula }] : [];
  });
}

/**
 * The names a switch to `entries` deletes: those the entries define again, those `dropped` (an
 * undo's: the names the write undone defined), and ours (TD_) on the
 * sheets set aside (`oldSheets`, as the names' formulas name them: read them before the sheets are
 * renamed). Needs the names' `name` and `formula` loaded.
 */
export function namesReplaced(
  entries: readonly NameEntry[],
  names: readonly Excel.NamedItem[],
  oldSheets: readonly string[],
  dropped: readonly string[] = [],
): Excel.NamedItem[] {
  const defined = new Set([...entries.map((e) => e.name), ...dropped].map((name) => name.toUpperCase()));
  const onOld = oldSheets.map((s) => `${quoteSheet(s)}!`);
  const refersToOld = (formula: unknown) =>
    typeof formula === "string" && onOld.some((ref) => formula.includes(ref));
  return names.filter(
    (item) =>
      item.name.toUpperCase() !== BUILD_JOURNAL &&
      (defined.has(item.name.toUpperCase()) || (isOurName(item.name) && refersToOld(item.formula))),
  );
}

/**
 * Queues the switch of the workbook's names to the entries: `replaced` (see namesReplaced) deleted,
 * then the entries added, the records (text constants) out of Name Manager. Run again after a cut, on the names read afresh, it ends the same.
 */
export function queueNameSwitch(
  context: Excel.RequestContext,
  entries: readonly NameEntry[],
  replaced: readonly Excel.NamedItem[],
): void {
  for (const item of replaced) item.delete();
  const { worksheets, names } = context.workbook;
  for (const entry of entries)
    if ("formula" in entry) hideName(names.add(entry.name, entry.formula));
    else names.add(entry.name, worksheets.getItem(entry.sheet).getRange(entry.address));
}
