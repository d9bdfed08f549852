import { areaOf, type Area } from "../../core/grid/a1";
import { openWorkbook, packageParts, relationshipsPart } from "./open-workbook";
import { SPREADSHEET_NS } from "../xml/read-namespaces";
import { isRelationshipOf, readRelationships } from "./workbook-part";
import { streamXml } from "../xml/xml-stream";

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
  const opened = packageParts(parts, file);
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
