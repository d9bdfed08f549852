import { columnLetters, quoteSheet } from "../../../core/grid/a1";
import type { WorkbookPlan } from "../../../core/layout/plan";
import { printNamesXml } from "./print-xml";
import { MAIN_NS, PACKAGE_REL_NS, REL_NS } from "../../xml/namespaces";
import { xmlText, XML_HEAD } from "./xml-text";

const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export const relationships = (rels: readonly { id: string; type: string; target: string }[]) =>
  `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${OFFICE_REL}/${r.type}" Target="${xmlText(r.target)}"/>`)
    .join("")}</Relationships>`;

export const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${OFFICE_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** How many of each numbered part the package holds: part N of a kind is named partN.xml. */
export interface PartCounts {
  readonly sheets: number;
  readonly tables: number;
  readonly drawings: number;
  readonly charts: number;
}

const numbered = (count: number, part: (n: number) => string, type: string) =>
  Array.from({ length: count }, (_, i) => [part(i + 1), type]);

export function contentTypes(counts: PartCounts): string {
  const overrides = [
    ["/xl/workbook.xml", "spreadsheetml.sheet.main+xml"],
    ["/xl/styles.xml", "spreadsheetml.styles+xml"],
    ["/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml"],
    ["/docProps/app.xml", "extended-properties+xml"],
    ...numbered(counts.sheets, (n) => `/xl/worksheets/sheet${n}.xml`, "spreadsheetml.worksheet+xml"),
    ...numbered(counts.tables, (n) => `/xl/tables/table${n}.xml`, "spreadsheetml.table+xml"),
    ...numbered(counts.drawings, (n) => `/xl/drawings/drawing${n}.xml`, "drawing+xml"),
    ...numbered(counts.charts, (n) => `/xl/charts/chart${n}.xml`, "drawingml.chart+xml"),
  ].map(([part, type]) => `<Override PartName="${part}" ContentType="${CT}.${type}"/>`);
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${overrides.join("")}</Types>`;
}

export function workbookXml(plan: WorkbookPlan): string {
  const sheets = plan.sheets.map(
    (s, i) =>
      `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.visibility === "visible" ? "" : ` state="${s.visibility}"`} r:id="rId${i + 1}"/>`,
  );
  const names = plan.names.map(
    (n) =>
      `<definedName name="${xmlText(n.name)}">${xmlText(`${quoteSheet(n.sheet)}!$${columnLetters(n.col)}$${n.row + 1}`)}</definedName>`,
  );
  names.push(...printNamesXml(plan.sheets));
  const active = Math.max(
    0,
    plan.sheets.findIndex((s) => s.visibility === "visible"),
  );
  return [
    XML_HEAD,
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    `<bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews>`,
    `<sheets>${sheets.join("")}</sheets>`,
    names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "",
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>',
    "</workbook>",
  ].join("");
}

export function workbookRels(sheets: number): string {
  return relationships([
    ...Array.from({ length: sheets }, (_, i) => ({
      id: `rId${i + 1}`,
      type: "worksheet",
      target: `worksheets/sheet${i + 1}.xml`,
    })),
    { id: `rId${sheets + 1}`, type: "styles", target: "styles.xml" },
    { id: `rId${sheets + 2}`, type: "sharedStrings", target: "sharedStrings.xml" },
  ]);
}

export function coreProps(creator: string, modified: Date): string {
  const when = `${modified.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(creator)}</dc:creator><cp:lastModifiedBy>${xmlText(creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export const APP_PROPS = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
