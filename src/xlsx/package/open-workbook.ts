import { strFromU8 } from "fflate";
import { FileError } from "../errors";
import {
  isRelationshipOf,
  isTheme,
  isWorkbookType,
  onlyRelationship,
  readContentTypes,
  readRelationships,
  readWorkbookPart,
  type Relationship,
  type WorkbookPart,
} from "./workbook-part";
import { partKey } from "../zip/zip-entries";
import { ODS_MANIFEST } from "../odf-package/part-names";
import { rememberedPart } from "./remembered-parts";
import { WORDS } from "../../core/vocabulary";

const CONTENT_TYPES = "[Content_Types].xml";
const ROOT_RELS = "_rels/.rels";

/** Whether a zip's entries are an Office Open XML package's: content types, and no OpenDocument. */
export function isOoxmlEntries(names: Iterable<string>): boolean {
  const keys = new Set([...names].map(partKey));
  return keys.has(partKey(CONTENT_TYPES)) && !keys.has(partKey(ODS_MANIFEST));
}

/** Only XML parts can matter to a reader; pictures and the like are inflated and counted, not kept. */
export const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** The XML parts of a package, decoded only when asked for. */
export interface PackageParts {
  has(part: string): boolean;
  text(part: string | undefined): string | undefined;
  /** A part's bytes, undecoded: a part the reports of a template repeat is known by them (`rememberedPart`). */
  data(part: string | undefined): Uint8Array | undefined;
  /** The start of a part, decoded: its first `bytes` bytes (the whole part where it is shorter). */
  head(part: string, bytes: number): string | undefined;
  /**
   * The name a part is stored under, found in any case, as LibreOffice finds the shared strings (see
   * isSharedStrings); `has` and `text` take it as it is.
   */
  inAnyCase(part: string): string | undefined;
}

/**
 * The parts the guard inflated, found by name exactly as the package names them. A part named in
 * another case is refused, not found: Excel finds it (part names are case-insensitive to OPC), LibreOffice
 * does not and shows that sheet blank, so the two programs show different figures (red team, round 43:
 * "Sheet2.xml" for a target "sheet2.xml" was read as the form LibreOffice showed empty).
 */
export function packageParts(inflated: ReadonlyMap<string, Uint8Array>, file: string): PackageParts {
  const parts = new Map([...inflated].map(([name, data]) => [partKey(name), { name, data }]));
  const find = (part: string) => {
    const found = parts.get(partKey(part));
    if (found && found.name !== part.replace(/^\//, ""))
      throw new FileError(WORDS.file.partNameCase, file, { part, found: found.name });
    return found?.data;
  };
  return {
    has: (part) => find(part) !== undefined,
    text: (part) => {
      const data = part === undefined ? undefined : find(part);
      return data && strFromU8(data);
    },
    data: (part) => (part === undefined ? undefined : find(part)),
    head: (part, bytes) => {
      const data = find(part);
      return data && strFromU8(data.subarray(0, bytes));
    },
    inAnyCase: (part) => parts.get(partKey(part))?.name,
  };
}

/**
 * The shared strings, found in any case: Windows tools write "xl/SharedStrings.xml" for a target
 * "sharedStrings.xml" (SheetJS, calamine and spout issues), and LibreOffice reads those files as if
 * the names agreed (review 8), while it shows a sheet so named blank.
 */
export const isSharedStrings = (relationship: Relationship) =>
  isRelationshipOf(relationship, "sharedStrings");

export interface OpenedWorkbook {
  /** The package's own relationships: its document and its properties. */
  readonly packageRels: ReadonlyMap<string, Relationship>;
  readonly workbook: WorkbookPart;
  /** The workbook's relationships: its sheets, shared strings and styles. */
  readonly workbookRels: ReadonlyMap<string, Relationship>;
}

/** Where a part's relationships are: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relationshipsPart(part: string): string {
  const folder = part.slice(0, part.lastIndexOf("/") + 1);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/**
 * Reports of one template repeat their content types, relationships and workbook part byte for byte: each
 * distinct one is read once.
 */
const contentTypesOf = rememberedPart(readContentTypes, 8);
const relationshipsOf = rememberedPart(readRelationships, 16);
const workbookOf = rememberedPart(readWorkbookPart, 8);

/**
 * Finds the workbook as Excel does: the part the package's own relationships name as its document,
 * which the content types must call a workbook, and its relationships. The content types only say what
 * a part is. A workbook pointing at a part it lacks (its styles, say) is damaged: Excel repairs it on
 * opening and other readers refuse it, so it is refused here too rather than read as if whole.
 */
export function openWorkbook({ has, data, inAnyCase }: PackageParts, file: string): OpenedWorkbook {
  const missing = (part: string): never => {
    throw new FileError(WORDS.file.corrupt, file, {}, `no ${part}`);
  };
  const types = contentTypesOf(data(CONTENT_TYPES) ?? missing(CONTENT_TYPES)) ?? missing(CONTENT_TYPES);
  const packageRels = relationshipsOf(data(ROOT_RELS) ?? missing(ROOT_RELS), "");
  const workbookPart = onlyRelationship(packageRels, "officeDocument") ?? missing("officeDocument");
  if (!isWorkbookType(types, workbookPart)) missing(`workbook content type of ${workbookPart}`);
  const workbook = workbookOf(data(workbookPart) ?? missing(workbookPart)) ?? missing(workbookPart);
  const relsPart = relationshipsPart(workbookPart);
  const workbookRels = relationshipsOf(data(relsPart) ?? missing(relsPart), workbookPart);
  for (const relationship of workbookRels.values()) {
    if (isTheme(relationship)) continue;
    const found = isSharedStrings(relationship)
      ? inAnyCase(relationship.target) !== undefined
      : has(relationship.target);
    if (!found) missing(relationship.target);
  }
  return { packageRels, workbook, workbookRels };
}
