import { strToU8, Zip, ZipDeflate } from "fflate";
import type { SheetPlan, StreamedPlan, WorkbookPlan } from "../core/layout/plan";
import {
  APP_PROPS,
  contentTypes,
  coreProps,
  relationships,
  ROOT_RELS,
  workbookRels,
  workbookXml,
} from "./ooxml/package-parts";
import { SharedStrings } from "./ooxml/shared-strings";
import { StyleSheet } from "./ooxml/style-sheet";
import { tableXml } from "./ooxml/table-xml";
import { worksheetXml } from "./ooxml/worksheet-xml";

const CREATOR = "Thi Đua";

interface WriteOptions {
  /** When the workbook says it was saved (what `readWorkbookGrid` returns as `modifiedAt`); now by default. */
  readonly modified?: Date;
}

/**
 * Translates a workbook plan into .xlsx bytes, straight into SpreadsheetML: a summary of thousands of
 * units is hundreds of thousands of cells, which a cell-object library writes in seconds and hundreds of
 * megabytes; as text they take a fraction of both. Excel recalculates every formula when it opens them.
 */
export async function writeWorkbookPlan(plan: StreamedPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  // Each part is compressed as soon as it is made, so only one sheet's text is held at a time.
  const add = (name: string, text: string) => {
    // The fastest deflate level: a summary's XML is so repetitive that it still shrinks tenfold.
    const part = new ZipDeflate(name, { level: 1 });
    zip.add(part);
    part.push(strToU8(text), true);
  };
  let tables = 0;
  // What the workbook part needs of each sheet once it is written: its cells are let go.
  const written: SheetPlan[] = [];
  for (const sheet of plan.sheets) {
    const i = written.length;
    const rels = (sheet.tables ?? []).map((table, t) => {
      tables++;
      add(`xl/tables/table${tables}.xml`, tableXml(table, tables, sheet.cells));
      return { id: `rId${t + 1}`, type: "table", target: `../tables/table${tables}.xml` };
    });
    if (rels.length > 0) add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships(rels));
    add(
      `xl/worksheets/sheet${i + 1}.xml`,
      worksheetXml(
        sheet,
        strings,
        styles,
        rels.map((r) => r.id),
      ),
    );
    written.push({ ...sheet, cells: [], merges: [], validations: [] });
  }
  const outline: WorkbookPlan = { sheets: written, names: plan.names };
  add("[Content_Types].xml", contentTypes(written.length, tables));
  add("_rels/.rels", ROOT_RELS);
  add("docProps/core.xml", coreProps(CREATOR, options.modified ?? new Date()));
  add("docProps/app.xml", APP_PROPS);
  add("xl/workbook.xml", workbookXml(outline));
  add("xl/_rels/workbook.xml.rels", workbookRels(written.length));
  add("xl/styles.xml", styles.xml());
  add("xl/sharedStrings.xml", strings.xml());
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of out) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
