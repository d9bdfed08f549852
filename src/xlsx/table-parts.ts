import { strFromU8 } from "fflate";
import { fromA1, toA1 } from "../core/a1";
import type { GridSheet, GridValue, SheetTable } from "../core/grid";
import { RELATIONSHIP_ATTRIBUTE_NS } from "./read-namespaces";
import { xmlElements } from "./xml-elements";

/** The parts that say which Excel tables a workbook has and where: kept while the guard inflates. */
export function isTablePart(part: string): boolean {
  return (
    part === "xl/workbook.xml" ||
    part === "xl/_rels/workbook.xml.rels" ||
    /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(part) ||
    /^xl\/tables\/[^/]+\.xml$/.test(part)
  );
}

/** Tables of ours are a few dozen columns wide; a hostile table's far columns are not looked at. */
const MAX_TABLE_COLUMNS = 512;

/** A relationship target as a part name: relative to the folder of the part that points, or absolute. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

function relationships(
  parts: ReadonlyMap<string, Uint8Array>,
  rels: string,
  owner: string,
): Map<string, string> {
  const xml = parts.get(rels);
  const targets = new Map<string, string>();
  if (!xml) return targets;
  for (const r of xmlElements(strFromU8(xml), new Set(["Relationship"]))) {
    const [id, target] = [r.attributes.get("Id"), r.attributes.get("Target")];
    if (id && target && !targets.has(id)) targets.set(id, resolvePart(owner, target));
  }
  return targets;
}

interface TableRef {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Each table's name, sheet and range, following workbook → sheet → table relationships. */
export function tableRefs(parts: ReadonlyMap<string, Uint8Array>): TableRef[] {
  const workbook = parts.get("xl/workbook.xml");
  if (!workbook) return [];
  const sheetParts = relationships(parts, "xl/_rels/workbook.xml.rels", "xl/workbook.xml");
  const refs: TableRef[] = [];
  for (const sheet of xmlElements(strFromU8(workbook), new Set(["sheet"]))) {
    const [name, id] = [sheet.attributes.get("name"), sheet.attributes.get("id", RELATIONSHIP_ATTRIBUTE_NS)];
    const part = id ? sheetParts.get(id) : undefined;
    if (!name || !part) continue;
    const folder = part.split("/").slice(0, -1).join("/");
    const file = part.split("/").pop()!;
    for (const tablePart of relationships(parts, `${folder}/_rels/${file}.rels`, part).values()) {
      const xml = parts.get(tablePart);
      if (!xml) continue;
      const [table] = xmlElements(strFromU8(xml), new Set(["table"]));
      const tableName = table?.attributes.get("displayName") ?? table?.attributes.get("name");
      const [first, last] = (table?.attributes.get("ref") ?? "").split(":");
      const [a, b] = [first ? fromA1(first) : null, last ? fromA1(last) : first ? fromA1(first) : null];
      if (!tableName || !a || !b) continue;
      refs.push({ name: tableName, sheet: name, top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  return refs;
}

/**
 * A table's header and rows from the cells a sheet holds: one pass over those cells, whatever range the
 * table claims, so a table "A1:XFD1048576" costs no more than the cells really there. Blank rows drop.
 */
export function tableFromSheet(ref: TableRef, sheet: GridSheet): SheetTable {
  const right = Math.min(ref.right, ref.left + MAX_TABLE_COLUMNS - 1);
  const rows = new Map<number, Map<number, GridValue>>();
  for (const [address, cell] of sheet.cells) {
    const at = fromA1(address);
    if (!at || !cell.value || at.row < ref.top || at.row > ref.bottom || at.col < ref.left || at.col > right)
      continue;
    const row = rows.get(at.row) ?? new Map<number, GridValue>();
    row.set(at.col, cell.value);
    rows.set(at.row, row);
  }
  const cols = Array.from({ length: right - ref.left + 1 }, (_, i) => ref.left + i);
  const header = rows.get(ref.top) ?? new Map<number, GridValue>();
  const dataRows = [...rows.keys()].filter((r) => r > ref.top).sort((a, b) => a - b);
  return {
    name: ref.name,
    sheet: sheet.name,
    ref: toA1(ref.top, ref.left),
    header: cols.map((c) => ({ text: String(header.get(c)?.value ?? "").trim(), address: toA1(ref.top, c) })),
    rows: dataRows.map((r) => ({
      cells: cols.map((c) => {
        const value = rows.get(r)!.get(c);
        return { address: toA1(r, c), ...(value ? { value } : {}) };
      }),
    })),
  };
}
