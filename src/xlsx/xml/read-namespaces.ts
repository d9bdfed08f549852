import { MAIN_NS, PACKAGE_REL_NS, REL_NS } from "./namespaces";

/**
 * The namespaces a reader accepts each kind of element in: transitional and strict Office Open XML (and
 * no other: Excel's own extension namespaces (xm:) are ignorable, so an element there is never the one
 * Excel reads, whatever its local name. Every element read must be in its part's root namespace.
 */
export const SPREADSHEET_NS: ReadonlySet<string> = new Set([
  MAIN_NS,
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** Where `r:id` lives. */
export const RELATIONSHIP_ATTRIBUTE_NS: ReadonlySet<string> = new Set([
  REL_NS,
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** What a relationship's type starts with, transitional or strict: `${base}/worksheet`. */
export const RELATIONSHIP_TYPE_BASES: readonly string[] = [...RELATIONSHIP_ATTRIBUTE_NS];

export const PACKAGE_RELATIONSHIPS_NS = PACKAGE_REL_NS;
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const DCTERMS_NS = "http://purl.org/dc/terms/";
export const CORE_PROPERTIES_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

/** Excel 2010's extensions: conditional formats it keeps in a sheet's extension list, and their ranges. */
export const X14_NS = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
export const XM_NS = "http://schemas.microsoft.com/office/excel/2006/main";
