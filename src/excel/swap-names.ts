import { quoteSheet, toA1 } from "../core/grid/a1";
import type { WorkbookPlan } from "../core/layout/plan";
import { BUILD_JOURNAL } from "./build-journal";
import { isOurName } from "./workbook-names";
import type { PlacedSheet } from "./worksheets";

/**
 * A workbook name a write defines: on a cell of one of its sheets (by the sheet's final name), or as a
 * text constant (the records of what was written).
 */
export type NameEntry =
  | { readonly name: string; readonly sheet: string; readonly address: string }
  | { readonly name: string; readonly formula: string };

/** The plan's names on the sheets as finally named, then the records. */
export function nameEntries(
  plan: WorkbookPlan,
  placed: readonly PlacedSheet[],
  texts: readonly { name: string; formula: string }[],
): NameEntry[] {
  const byPlanName = new Map(placed.map((p) => [p.plan.name, p.name]));
  const cells = plan.names.map((name) => {
    const sheet = byPlanName.get(name.sheet);
    if (!sheet) throw new Error(`The plan names ${name.name} on a sheet it does not have: ${name.sheet}`);
    return { name: name.name, sheet, address: toA1(name.row, name.col) };
  });
  return [...cells, ...texts];
}

// Every cell written as text ("'"): a formula or a number would be taken as one.
const asText = (text: string) => `'${text}`;

/**
 * Queues the entries into the swap's manifest sheet, one row each (name, sheet, address or formula):
 * the names are switched after the point from which an interrupted swap is finished, and whoever
 * finishes it, at the next start, knows them from there.
 */
export function writeManifest(sheet: Excel.Worksheet, entries: readonly NameEntry[]): void {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ("formula" in e ? [e.name, "", e.formula] : [e.name, e.sheet, e.address]));
  sheet.getRangeByIndexes(0, 0, rows.length, 3).values = rows.map((row) => row.map(asText));
}

/** The entries a manifest sheet's used range holds. Needs its `values` loaded. */
export function readManifest(values: readonly (readonly unknown[])[]): NameEntry[] {
  return values
    .map((row) => row.map((v) => String(v ?? "")))
    .filter(([name]) => name)
    .map(([name, sheet, third]) =>
      sheet ? { name: name!, sheet, address: third! } : { name: name!, formula: third! },
    );
}

/**
 * The names a switch to `entries` deletes: those the entries define again, and ours (TD_) on the
 * sheets set aside (`oldSheets`, as the names' formulas name them: read them before the sheets are
 * renamed). Needs the names' `name` and `formula` loaded.
 */
export function namesReplaced(
  entries: readonly NameEntry[],
  names: readonly Excel.NamedItem[],
  oldSheets: readonly string[],
): Excel.NamedItem[] {
  const defined = new Set(entries.map((e) => e.name.toUpperCase()));
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
 * then the entries added. Run again after a cut, on the names read afresh, it ends the same.
 */
export function queueNameSwitch(
  context: Excel.RequestContext,
  entries: readonly NameEntry[],
  replaced: readonly Excel.NamedItem[],
): void {
  for (const item of replaced) item.delete();
  const { worksheets, names } = context.workbook;
  for (const entry of entries)
    names.add(
      entry.name,
      "formula" in entry ? entry.formula : worksheets.getItem(entry.sheet).getRange(entry.address),
    );
}
