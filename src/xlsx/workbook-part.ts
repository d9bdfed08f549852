import type { GridSheet } from "../core/grid";
import type { DefinedName } from "./defined-names";
import { resolvePart } from "./table-parts";
import { streamXml } from "./xml-stream";

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORKBOOK_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml",
]);
const SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml";

/** Where a package's parts are, as its content types declare them; the first of each kind counts. */
export interface PackageParts {
  readonly workbook?: string;
  readonly sharedStrings?: string;
  readonly core?: string;
}

/** Null when the part is not content types at all (another namespace): not a package of ours. */
export function readContentTypes(xml: string): PackageParts | null {
  let namespace: string | undefined;
  const found: { workbook?: string; sharedStrings?: string; core?: string } = {};
  streamXml(xml, {
    open(name, attributes) {
      if (name === "Types") namespace ??= attributes.get("xmlns") ?? "";
      if (name !== "Override") return;
      const [part, type] = [attributes.get("PartName")?.replace(/^\//, ""), attributes.get("ContentType")];
      if (!part || !type) return;
      if (WORKBOOK_TYPES.has(type)) found.workbook ??= part;
      else if (type === SHARED_STRINGS_TYPE) found.sharedStrings ??= part;
      else if (type === CORE_TYPE) found.core ??= part;
    },
  });
  return namespace === CONTENT_TYPES_NS ? found : null;
}

/**
 * A theme holds only colours and fonts. ExcelJS, asked to fill a workbook that has none (as ours have
 * none), saves it still pointing at one; such a file is read, as SheetJS reads it.
 */
const isTheme = (type: string | undefined) => type?.endsWith("/theme") === true;

/** Relationship ids to the parts they point at, resolved from the part that owns them. */
export function readRelationships(xml: string, owner: string): Map<string, string> {
  const targets = new Map<string, string>();
  streamXml(xml, {
    open(name, attributes) {
      const [id, target] = [attributes.get("Id"), attributes.get("Target")];
      if (
        name === "Relationship" &&
        id &&
        target &&
        attributes.get("TargetMode") !== "External" &&
        !isTheme(attributes.get("Type"))
      )
        targets.set(id, resolvePart(owner, target));
    },
  });
  return targets;
}

/** The namespaces a spreadsheet's workbook part may be in; SheetJS refuses any other, and so do we. */
const WORKBOOK_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.microsoft.com/office/excel/2006/main",
  "http://schemas.microsoft.com/office/excel/2006/2",
]);

export interface WorkbookSheet {
  readonly name: string;
  readonly visibility: GridSheet["visibility"];
  readonly relationship?: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly DefinedName[];
}

const VISIBILITY: Record<string, GridSheet["visibility"]> = { hidden: "hidden", veryHidden: "veryHidden" };

/** The sheets (in tab order, with visibility) and the defined names of xl/workbook.xml; null if no workbook. */
export function readWorkbookPart(xml: string): WorkbookPart | null {
  let namespace: string | undefined;
  const sheets: WorkbookSheet[] = [];
  const names: DefinedName[] = [];
  let name: { name: string; sheetScoped: boolean; ref: string } | null = null;
  streamXml(xml, {
    open(tag, attributes) {
      if (tag === "workbook") namespace ??= attributes.get("xmlns") ?? "";
      if (tag === "sheet") {
        const relationship = attributes.get("id");
        sheets.push({
          name: attributes.get("name") ?? "",
          visibility: VISIBILITY[attributes.get("state") ?? ""] ?? "visible",
          ...(relationship ? { relationship } : {}),
        });
      } else if (tag === "definedName") {
        name = { name: attributes.get("name") ?? "", sheetScoped: !!attributes.get("localSheetId"), ref: "" };
      }
    },
    text(text) {
      if (name) name.ref += text;
    },
    close(tag) {
      if (tag === "definedName" && name) names.push(name);
      if (tag === "definedName") name = null;
    },
  });
  return namespace !== undefined && WORKBOOK_NAMESPACES.has(namespace) ? { sheets, names } : null;
}

/** dcterms:modified of docProps/core.xml, as ISO 8601, when it is a date. */
export function readModifiedAt(xml: string): string | undefined {
  let inModified = false;
  let text = "";
  streamXml(xml, {
    open: (tag) => void (inModified = tag === "modified"),
    text: (chunk) => void (inModified && (text += chunk)),
    close: () => void (inModified = false),
  });
  const date = new Date(text.trim());
  return text && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}
