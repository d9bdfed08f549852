import { areaOf, fromA1, inArea, toA1, type Area } from "../../core/a1";
import { tableCellOf } from "../../core/find-table";
import type { GridCell, GridSheet, SheetTable } from "../../core/grid";
import { openWorkbook, packageParts, relationshipsPart } from "./open-workbook";
import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { isRelationshipOf, readRelationships } from "./workbook-part";
import { streamXml } from "../xml/xml-stream";

/** Tables of ours are a few dozen columns wide; a hostile table's far columns are not looked at. */
const MAX_TABLE_COLUMNS = 512;

interface TableRef extends Area {
  readonly name: string;
  readonly sheet: string;
}

/** The `table` root of a table part, in the spreadsheet namespace: its name and range. */
function readTablePart(xml: string): { name?: string; ref?: string } {
  const found: { name?: string; ref?: string } = {};
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (depth !== 0 || name !== "table" || !SPREADSHEET_NS.has(namespace)) return;
      const tableName = attributes.get("displayName") ?? attributes.get("name");
      const ref = attributes.get("ref");
      Object.assign(found, tableName ? { name: tableName } : {}, ref ? { ref } : {});
    },
  });
  return found;
}

/**
 * Each table's name, sheet and range, following the package's relationships to the workbook, its
 * sheets and their tables, as the report reader finds its parts. `parts` are the package's XML parts.
 */
export function tableRefs(parts: ReadonlyMap<string, Uint8Array>, file: string): TableRef[] {
  const opened = packageParts(parts);
  const { text } = opened;
  const { workbook, workbookRels } = openWorkbook(opened, file);
  const refs: TableRef[] = [];
  for (const sheet of workbook.sheets) {
    const part = sheet.relationship ? workbookRels.get(sheet.relationship)?.target : undefined;
    const rels = part && text(relationshipsPart(part));
    if (!part || !rels) continue;
    for (const relationship of readRelationships(rels, part).values()) {
      if (!isRelationshipOf(relationship, "table")) continue;
      const table = readTablePart(text(relationship.target) ?? "");
      const area = areaOf(table.ref ?? "");
      if (table.name && area) refs.push({ name: table.name, sheet: sheet.name, ...area });
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
  const read = { ...ref, right };
  const rows = new Map<number, Map<number, GridCell>>();
  for (const [address, cell] of sheet.cells) {
    const at = fromA1(address);
    if (!at || !cell.value || !inArea(read, at.row, at.col)) continue;
    const row = rows.get(at.row) ?? new Map<number, GridCell>();
    row.set(at.col, cell);
    rows.set(at.row, row);
  }
  const cols = Array.from({ length: right - ref.left + 1 }, (_, i) => ref.left + i);
  const header = rows.get(ref.top) ?? new Map<number, GridCell>();
  const dataRows = [...rows.keys()].filter((r) => r > ref.top).sort((a, b) => a - b);
  return {
    name: ref.name,
    sheet: sheet.name,
    ref: toA1(ref.top, ref.left),
    header: cols.map((c) => ({
      text: String(header.get(c)?.value?.value ?? "").trim(),
      address: toA1(ref.top, c),
    })),
    rows: dataRows.map((r) => ({
      cells: cols.map((c) => {
        return { address: toA1(r, c), ...tableCellOf(rows.get(r)!.get(c)) };
      }),
    })),
  };
}
