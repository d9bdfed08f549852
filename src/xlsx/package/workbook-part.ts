import type { GridSheet } from "../../core/grid/grid";
import type { DefinedName } from "./defined-names";
import {
  CONTENT_TYPES_NS,
  PACKAGE_RELATIONSHIPS_NS,
  RELATIONSHIP_ATTRIBUTE_NS,
  RELATIONSHIP_TYPE_BASES,
  SPREADSHEET_NS,
} from "../xml/read-namespaces";
import { streamXml } from "../xml/xml-stream";
import { partKey } from "../zip/zip-entries";

const WORKBOOK_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml",
]);

/**
 * A relationship target or part name that Office Open XML forbids (an empty, "." or dot-ended segment,
 * a backslash): readers resolve such names differently, one to a part another never reads.
 */
export class PartNameError extends Error {
  constructor(readonly part: string) {
    super(`invalid part name ${part}`);
    this.name = "PartNameError";
  }
}

/** A segment OPC forbids in a part name: empty, or ending in a dot ("." and ".." included). */
const isBadSegment = (segment: string) => segment === "" || segment.endsWith(".");

/**
 * A relationship target as a part name: relative to the folder of the part that points, or absolute.
 * A relative target may climb with "..", but neither the target nor the part it names may hold any
 * other segment OPC forbids, nor a backslash (some readers take it for a slash, others do not).
 */
export function resolvePart(from: string, target: string): string {
  const refuse = (): never => {
    throw new PartNameError(target);
  };
  if (target.includes("\\")) refuse();
  const absolute = target.startsWith("/");
  const parts = absolute ? [] : from.split("/").slice(0, -1);
  for (const step of (absolute ? target.slice(1) : target).split("/")) {
    if (step === "..") {
      if (parts.pop() === undefined) refuse();
    } else if (isBadSegment(step)) refuse();
    else parts.push(step);
  }
  return parts.join("/");
}

/** A package's content types: each part's own (Override), else its extension's (Default). */
export interface ContentTypes {
  typeOf(part: string): string | undefined;
}

/** Null when the part is not content types at all (another namespace): not a package of ours. */
export function readContentTypes(xml: string): ContentTypes | null {
  let rooted = false;
  const overrides = new Map<string, string>();
  const folded = new Map<string, string>();
  const defaults = new Map<string, string>();
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (namespace !== CONTENT_TYPES_NS) return;
      if (depth === 0) rooted = name === "Types";
      if (depth !== 1) return;
      const type = attributes.get("ContentType");
      if (!type) return;
      const part = attributes.get("PartName")?.replace(/^\//, "");
      const extension = attributes.get("Extension");
      // A part or extension given twice is refused, as Excel refuses it: readers disagree on which counts.
      const add = (types: Map<string, string>, key: string) => {
        if (types.has(key)) throw new Error(`content type of ${key} given twice`);
        types.set(key, type);
      };
      // A part given twice in two cases is refused as given twice; a part is typed by its name as spelt.
      if (name === "Override" && part) {
        add(folded, partKey(part));
        overrides.set(part, type);
      }
      if (name === "Default" && extension) add(defaults, extension.toLowerCase());
    },
  });
  return rooted
    ? {
        typeOf: (part) =>
          overrides.get(part) ?? defaults.get(part.slice(part.lastIndexOf(".") + 1).toLowerCase()),
      }
    : null;
}

/** Whether the content types say the part is a workbook, as Excel needs to open it. */
export const isWorkbookType = (types: ContentTypes, part: string) =>
  WORKBOOK_TYPES.has(types.typeOf(part) ?? "");

/**
 * A theme holds only colours and fonts. ExcelJS, asked to fill a workbook that has none (as ours have
 * none), saves it still pointing at one; such a file is read, as SheetJS reads it.
 */
export const isTheme = (relationship: Relationship) => isRelationshipOf(relationship, "theme");

/** The core properties' relationship is the package's own, in strict packages too. */
const CORE_PROPERTIES_BASE = `${PACKAGE_RELATIONSHIPS_NS}/metadata`;

/**
 * Whether a relationship is of a kind: its type is exactly the transitional or the strict URI of the
 * kind (`.../relationships/worksheet`), as Excel and LibreOffice compare it. A type that merely ends
 * like one ("urn:x/worksheet") is another program's, whose part they do not load as one.
 */
export function isRelationshipOf(relationship: Relationship, kind: string): boolean {
  const bases = kind === "core-properties" ? [CORE_PROPERTIES_BASE] : RELATIONSHIP_TYPE_BASES;
  return bases.some((base) => relationship.type === `${base}/${kind}`);
}

export interface Relationship {
  readonly type: string;
  /** The part it points at, resolved from the part that owns the relationship. */
  readonly target: string;
}

/** A target with a URI scheme ("http:", "file:") names no part, whatever its TargetMode says. */
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * A part's relationships by id; those to outside the package (or naming a URI, such as a hyperlink a
 * writer left unmarked) are left out. An id given twice is
 * refused: the format forbids it, and readers disagree on which one counts.
 */
export function readRelationships(xml: string, owner: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  const ids = new Set<string>();
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (name !== "Relationship" || namespace !== PACKAGE_RELATIONSHIPS_NS || depth !== 1) return;
      const [id, target] = [attributes.get("Id"), attributes.get("Target")];
      if (!id || !target) return;
      if (ids.has(id)) throw new Error(`relationship ${id} given twice`);
      ids.add(id);
      if (attributes.get("TargetMode") !== "External" && !HAS_SCHEME.test(target))
        found.set(id, { type: attributes.get("Type") ?? "", target: resolvePart(owner, target) });
    },
  });
  return found;
}

/** The one relationship of a kind (its type's last segment), if any; two of a kind are refused. */
export function onlyRelationship(
  relationships: ReadonlyMap<string, Relationship>,
  kind: string,
): string | undefined {
  const targets = [...relationships.values()].filter((r) => isRelationshipOf(r, kind)).map((r) => r.target);
  if (targets.length > 1) throw new Error(`${targets.length} ${kind} relationships`);
  return targets[0];
}

export interface WorkbookSheet {
  readonly name: string;
  readonly visibility: GridSheet["visibility"];
  readonly relationship?: string;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly names: readonly DefinedName[];
  /**
   * The first workbook view's active tab (an index into `sheets`) and whether it hides the tab bar, or
   * squeezes it too narrow to show another sheet's tab.
   */
  readonly view: { readonly activeTab: number; readonly tabsHidden: boolean };
  /** Whether its dates count days from 1904 (Excel for Mac's old system) rather than 1900. */
  readonly date1904: boolean;
  /** Whether it computes with "precision as displayed": every figure rounded to what its cell shows. */
  readonly precisionAsDisplayed: boolean;
}

/**
 * An XML boolean of the workbook part, as the format writes one; anything else ("yes", "2") some
 * programs read as yes and others as no, so it is refused.
 */
function workbookFlag(tag: string, attribute: string, value: string | undefined, absent: boolean): boolean {
  if (value === undefined) return absent;
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  throw new Error(`${tag} ${attribute}="${value.slice(0, 20)}"`);
}

/**
 * The share of the window's width (in thousandths: Excel writes 600) below which the tab bar is taken
 * for hidden: a tenth of a window leaves, beside the tab-scrolling buttons, room for a sliver of one tab
 * at most, and no other sheet's name; at 0 Excel and LibreOffice show none, only a splitter to drag.
 */
export const MIN_TAB_RATIO = 100;

const VISIBILITY: Record<string, GridSheet["visibility"]> = { hidden: "hidden", veryHidden: "veryHidden" };

/**
 * The sheets (in tab order, with visibility) and the defined names of the workbook part, only where the
 * format puts them (a `sheet` in an extension list is none); null if the part is no workbook.
 */
export function readWorkbookPart(xml: string): WorkbookPart | null {
  let main: string | null = null;
  const sheets: WorkbookSheet[] = [];
  const names: DefinedName[] = [];
  let list = "";
  let name: { name: string; sheetScoped: boolean; ref: string; localSheet?: number } | null = null;
  let view: WorkbookPart["view"] | undefined;
  let date1904 = false;
  let precisionAsDisplayed = false;
  streamXml(xml, {
    open(tag, attributes, _, namespace, depth) {
      if (name) throw new Error(`malformed defined name: <${tag}> inside it`);
      if (depth === 0) main = tag === "workbook" && SPREADSHEET_NS.has(namespace) ? namespace : null;
      if (namespace !== main) return;
      if (depth === 1) {
        list = tag;
        if (tag === "workbookPr") date1904 = workbookFlag(tag, "date1904", attributes.get("date1904"), false);
        else if (tag === "calcPr")
          precisionAsDisplayed = !workbookFlag(tag, "fullPrecision", attributes.get("fullPrecision"), true);
      } else if (depth === 2 && list === "sheets" && tag === "sheet") {
        const relationship = attributes.get("id", RELATIONSHIP_ATTRIBUTE_NS);
        sheets.push({
          name: attributes.get("name") ?? "",
          visibility: VISIBILITY[attributes.get("state") ?? ""] ?? "visible",
          ...(relationship ? { relationship } : {}),
        });
      } else if (depth === 2 && list === "bookViews" && tag === "workbookView" && !view) {
        // Excel opens on the first view. Programs read "1x", "1.0" or "FALSE" apart (LibreOffice by the
        // leading digits, or as no): refused, as any other attribute programs read apart.
        const active = attributes.get("activeTab") ?? "0";
        const tabs = attributes.get("showSheetTabs") ?? "1";
        const ratio = attributes.get("tabRatio") ?? "600";
        if (
          !/^\d{1,5}$/.test(active) ||
          !/^\d{1,5}$/.test(ratio) ||
          !["0", "1", "true", "false"].includes(tabs)
        )
          throw new Error(
            `workbookView activeTab="${active.slice(0, 20)}" showSheetTabs="${tabs.slice(0, 20)}" tabRatio="${ratio.slice(0, 20)}"`,
          );
        view = {
          activeTab: Number(active),
          tabsHidden: tabs === "0" || tabs === "false" || Number(ratio) < MIN_TAB_RATIO,
        };
      } else if (depth === 2 && list === "definedNames" && tag === "definedName") {
        const local = attributes.get("localSheetId");
        // LibreOffice reads " 1", "+1" or "1abc" by their leading digits, this reader read them as no sheet
        // (red team, round 23: a print area so scoped printed half a form): refused, as activeTab above.
        if (local !== undefined && !/^\d{1,5}$/.test(local))
          throw new Error(`definedName localSheetId="${local.slice(0, 20)}"`);
        name = {
          name: attributes.get("name") ?? "",
          sheetScoped: !!local,
          ref: "",
          ...(local !== undefined ? { localSheet: Number(local) } : {}),
        };
      }
    },
    text(text) {
      if (name) name.ref += text;
    },
    close(tag, _, depth) {
      if (depth === 1) list = "";
      if (depth === 2 && name) {
        names.push(name);
        name = null;
      }
    },
  });
  if (main === null) return null;
  return {
    sheets,
    names: distinctNames(names, sheets.length),
    view: view ?? { activeTab: 0, tabsHidden: false },
    date1904,
    precisionAsDisplayed,
  };
}

/** The print settings LibreOffice writes twice where a clerk changes them (red team, round 25). */
const PRINT_NAMES = new Set(["_XLNM.PRINT_AREA", "_XLNM.PRINT_TITLES"]);

/**
 * The defined names as LibreOffice reads them, refusing those programs read apart (red team, round 23):
 * one scoped to a sheet the workbook lacks, which LibreOffice will not open the file over; two of one
 * name and scope that differ, of which LibreOffice takes the last and this reader the first. The same
 * name given twice alike is one (Gnumeric copies an .xls's); a print area or print titles given twice is
 * the last, as LibreOffice prints it and writes it after the one a clerk has changed (round 25: a print
 * range set in LibreOffice refused the file it saved).
 */
function distinctNames(names: readonly DefinedName[], sheetCount: number): DefinedName[] {
  const byScope = new Map<string, DefinedName>();
  for (const defined of names) {
    const { name, localSheet, ref } = defined;
    if (localSheet !== undefined && localSheet >= sheetCount)
      throw new Error(`definedName ${name.slice(0, 40)} scoped to sheet ${localSheet} of ${sheetCount}`);
    const key = `${localSheet ?? ""}\u0000${name.toUpperCase()}`;
    const before = byScope.get(key);
    if (before && before.ref !== ref && !PRINT_NAMES.has(name.toUpperCase()))
      throw new Error(`definedName ${name.slice(0, 40)} given twice`);
    // Taken out first, so the name keeps its place among the others where it was given last.
    byScope.delete(key);
    byScope.set(key, defined);
  }
  return [...byScope.values()];
}
