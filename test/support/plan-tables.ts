import {
  layoutCampaign,
  readCampaign,
  toA1,
  type Campaign,
  type GridValue,
  type SheetTable,
  type WorkbookPlan,
} from "../../src/core";

type Edit = GridValue | null;

/**
 * The tables of a plan as a reader would give them, with cells changed by "sheet!A1" (null blanks one)
 * and extra rows appended to a table by name.
 */
export function planTables(
  plan: WorkbookPlan,
  edits: Record<string, Edit> = {},
  extraRows: Record<string, (string | number | null)[][]> = {},
): Map<string, SheetTable> {
  const tables = new Map<string, SheetTable>();
  for (const sheet of plan.sheets) {
    const values = new Map<string, GridValue | undefined>();
    for (const cell of sheet.cells) {
      const v = cell.value;
      values.set(
        toA1(cell.row, cell.col),
        v === null || v === undefined
          ? undefined
          : typeof v === "number"
            ? { type: "number", value: v }
            : { type: "string", value: v },
      );
    }
    for (const [at, value] of Object.entries(edits)) {
      const [name, address] = at.split("!") as [string, string];
      if (name === sheet.name) values.set(address, value ?? undefined);
    }
    for (const t of sheet.tables ?? []) {
      const cols = Array.from({ length: t.area.right - t.area.left + 1 }, (_, i) => t.area.left + i);
      const cellsOf = (row: number) =>
        cols.map((c) => {
          const value = values.get(toA1(row, c));
          return { address: toA1(row, c), ...(value ? { value } : {}) };
        });
      const rows = [];
      for (let r = t.area.top + 1; r <= t.area.bottom; r++) rows.push({ cells: cellsOf(r) });
      (extraRows[t.name] ?? []).forEach((extra, i) => {
        const r = t.area.bottom + 1 + i;
        rows.push({
          cells: cols.map((c, k) => {
            const v = extra[k];
            return {
              address: toA1(r, c),
              ...(v === null || v === undefined
                ? {}
                : {
                    value:
                      typeof v === "number"
                        ? ({ type: "number", value: v } as const)
                        : ({ type: "string", value: v } as const),
                  }),
            };
          }),
        });
      });
      tables.set(t.name.toUpperCase(), {
        name: t.name,
        sheet: sheet.name,
        ref: toA1(t.area.top, t.area.left),
        header: cols.map((c) => ({
          text: String(values.get(toA1(t.area.top, c))?.value ?? ""),
          address: toA1(t.area.top, c),
        })),
        rows: rows.filter((row) => row.cells.some((cell) => "value" in cell)),
      });
    }
  }
  return tables;
}

/** A campaign written as its workbook, changed as `planTables` changes it, and read back. */
export function readPlannedCampaign(
  campaign: Campaign,
  edits: Record<string, Edit> = {},
  extraRows: Record<string, (string | number | null)[][]> = {},
) {
  const tables = planTables(layoutCampaign(campaign), edits, extraRows);
  return readCampaign((name) => tables.get(name.toUpperCase()));
}
