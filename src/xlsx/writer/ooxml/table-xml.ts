import { toA1 } from "../../../core/grid/a1";
import type { PlanCell, PlanTable } from "../../../core/layout/plan";
import { MAIN_NS } from "../../xml/namespaces";
import { xmlText, XML_HEAD } from "./xml-text";

/** An Excel table (ListObject) over cells the sheet already holds; its columns are named by its header row. */
export function tableXml(table: PlanTable, id: number, cells: readonly PlanCell[]): string {
  const { top, left, bottom, right } = table.area;
  const header = new Map(cells.filter((c) => c.row === top).map((c) => [c.col, c.value]));
  const ref = `${toA1(top, left)}:${toA1(bottom, right)}`;
  const columns = Array.from({ length: right - left + 1 }, (_, i) => {
    const name = String(header.get(left + i) ?? `Column${i + 1}`);
    return `<tableColumn id="${i + 1}" name="${xmlText(name)}"/>`;
  });
  return [
    XML_HEAD,
    `<table xmlns="${MAIN_NS}" id="${id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}" totalsRowShown="0">`,
    `<autoFilter ref="${ref}"/>`,
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>`,
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>',
    "</table>",
  ].join("");
}
