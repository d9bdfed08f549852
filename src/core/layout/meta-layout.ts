import { META_SHEET, metaEntries, metaName, type MetaSource } from "../report/metadata";
import { NUMBER_FORMATS, type PlanName, type SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { WORDS } from "../vocabulary";

/** The very hidden sheet that identifies template, version, unit, period and targets. */
export function layoutMetaSheet(source: MetaSource): { sheet: SheetPlan; names: PlanName[] } {
  const sheet = new SheetBuilder(META_SHEET, WORDS.form.metaSheet);
  metaEntries(source).forEach(([key, value], row) => {
    sheet.put(row, 0, { value: key, style: "metaKey" });
    sheet.put(row, 1, { value, style: "metaValue", numFmt: NUMBER_FORMATS.text });
    sheet.defineName(metaName(key), row, 1);
  });
  return {
    sheet: sheet.build({ visibility: "veryHidden", columnWidths: [34, 60], protect: true }),
    names: sheet.names,
  };
}
