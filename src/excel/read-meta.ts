import { runExcel } from "./excel-run";
import { decodeMeta, metaEntriesOf, type DecodedMeta, type MetaRow } from "../core/report/metadata";
import { isMetaSheet } from "./read-grid";

/**
 * The metadata sheet's keys and values, as a report read from a file gives them (a key in column A, its
 * value beside it, a key's first row counting): one sync, reading that sheet's values alone.
 */
export async function metaOfSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<DecodedMeta> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, columnIndex");
  await context.sync();
  return decodeMeta(
    used.isNullObject || used.columnIndex !== 0 ? new Map() : metaEntriesOf(rows(used.values)).entries,
  );
}

function* rows(values: readonly (readonly unknown[])[]): Generator<MetaRow> {
  // An empty cell reads as "": a file's reader sees no cell there.
  for (const [key, value] of values)
    if (typeof key === "string" && key !== "") yield { key, value: String(value ?? "") };
}

/** The metadata of the report the open workbook holds, or null when it has no metadata sheet: two syncs. */
export async function readMeta(): Promise<DecodedMeta | null> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const meta = sheets.items.find(isMetaSheet);
    return meta ? metaOfSheet(context, meta) : null;
  });
}
