import type { Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { isValidUnitCode } from "../model/units";
import { Checker, headerCheck, kindAt } from "./campaign-checker";
import { tableRows } from "./table-cells";
import type { ParentUnit } from "./types";
import { WORDS } from "../vocabulary";

/**
 * Reads the summarising unit (TD_Parent): the province's own code and name, which its summary and the
 * forms it sends upward carry, and its kind where it is no province (a district federation, a sector
 * union: the summary's words follow it; a workbook written before the column is a province's). One row;
 * left empty, the campaign names none and a roll-up asks for it.
 * Its name is held to the identity rules with the campaign's other texts (`campaignTextFindings`).
 */
export function readParent(table: SheetTable): { parent?: ParentUnit; findings: Finding[] } {
  const check = new Checker(table);
  if (!headerCheck(table, ["code", "name"], check)) return { findings: check.findings };
  const rows = tableRows(table).rows.filter((row) => row.text("code") !== "" || row.text("name") !== "");
  const [row, ...more] = rows;
  for (const other of more)
    check.error("repeated", WORDS.campaign.repeated, other, "code", {
      value: other.text("code").slice(0, 60),
    });
  if (!row) return { findings: check.findings };
  const [code, name] = [row.text("code"), row.text("name")];
  if (!isValidUnitCode(code))
    check.error("bad_id", WORDS.campaign.badId, row, "code", { value: code.slice(0, 60) });
  if (!name) check.error("required", WORDS.campaign.required, row, "name");
  const kind = kindAt(row, check);
  const usable = more.length === 0 && isValidUnitCode(code) && name !== "";
  return {
    ...(usable ? { parent: { code, name, ...(kind ? { kind } : {}) } } : {}),
    findings: check.findings,
  };
}
