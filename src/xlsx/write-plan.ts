import { strToU8, zipSync, type Zippable } from "fflate";
import type { WorkbookPlan } from "../core/layout/plan";
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
export async function writeWorkbookPlan(plan: WorkbookPlan, options: WriteOptions = {}): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const files: Zippable = {};
  let tables = 0;
  plan.sheets.forEach((sheet, i) => {
    const rels = (sheet.tables ?? []).map((table, t) => {
      tables++;
      files[`xl/tables/table${tables}.xml`] = strToU8(tableXml(table, tables, sheet.cells));
      return { id: `rId${t + 1}`, type: "table", target: `../tables/table${tables}.xml` };
    });
    if (rels.length > 0) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(relationships(rels));
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      worksheetXml(
        sheet,
        strings,
        styles,
        rels.map((r) => r.id),
      ),
    );
  });
  files["[Content_Types].xml"] = strToU8(contentTypes(plan.sheets.length, tables));
  files["_rels/.rels"] = strToU8(ROOT_RELS);
  files["docProps/core.xml"] = strToU8(coreProps(CREATOR, options.modified ?? new Date()));
  files["docProps/app.xml"] = strToU8(APP_PROPS);
  files["xl/workbook.xml"] = strToU8(workbookXml(plan));
  files["xl/_rels/workbook.xml.rels"] = strToU8(workbookRels(plan.sheets.length));
  files["xl/styles.xml"] = strToU8(styles.xml());
  files["xl/sharedStrings.xml"] = strToU8(strings.xml());
  // The fastest deflate level: a summary's XML is so repetitive that it still shrinks tenfold.
  return zipSync(files, { level: 1 });
}
