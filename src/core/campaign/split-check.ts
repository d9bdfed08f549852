import type { Campaign } from "./types";
import { getTemplate, isTemplateId, subRowsKey, TEMPLATE_IDS, type SubRow } from "../catalog/index";
import type { Report } from "../report/report";
import type { Text } from "../text/text";

/**
 * The rows the roll-up's forms add under built-in rows: the campaign's; without a campaign, each form's
 * split as most reports holding that form declare it (of splits as common, the first by its text), so the
 * order of the files does not matter and a report without the form has no say in its split.
 */
export function rolledSubRows(given: Campaign | undefined, reports: readonly Report[]): readonly SubRow[] {
  if (given) return given.subRows ?? [];
  return TEMPLATE_IDS.flatMap((id) => {
    const counts = new Map<string, { list: readonly SubRow[]; count: number }>();
    for (const report of reports.filter((r) => r.templates.includes(id))) {
      const list = (report.subRows ?? []).filter((s) => s.template === id);
      const key = subRowsKey(list);
      counts.set(key, { list, count: (counts.get(key)?.count ?? 0) + 1 });
    }
    const [first] = [...counts].sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b));
    return first?.[1].list ?? [];
  });
}

/** Where a report's split differs from the one wanted: its form's sheet, the row, and the two splits. */
export interface OtherSplit {
  readonly sheet: string;
  readonly row: Text;
  readonly found: string;
  readonly wanted: string;
}

const splitText = (list: readonly SubRow[]) => list.map((s) => `${s.key}: ${s.name.vi}`).join("; ") || "—";

/**
 * The first row of the report's forms split otherwise than `wanted` splits it (missing, extra or other
 * sub-rows): its figures would be added to other rows, or dropped unseen. Null when every row agrees.
 */
export function otherSplit(
  report: Pick<Report, "templates" | "subRows">,
  wanted: readonly SubRow[],
): OtherSplit | null {
  const own = report.subRows ?? [];
  for (const id of report.templates) {
    if (!isTemplateId(id) || id === "B05") continue;
    // A form neither side splits splits every row alike: a thousand reports mostly split none.
    if (!own.some((s) => s.template === id) && !wanted.some((s) => s.template === id)) continue;
    const def = getTemplate(id);
    for (const row of def.rows) {
      const under = (list: readonly SubRow[]) =>
        list.filter((s) => s.template === id && s.parent === row.key);
      const [found, asked] = [under(own), under(wanted)];
      if (subRowsKey(found) === subRowsKey(asked)) continue;
      return { sheet: def.sheetName, row: row.label, found: splitText(found), wanted: splitText(asked) };
    }
  }
  return null;
}
