import type { Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import type { Period } from "../model/period";
import { isValidUnitCode, unitKey, unitKindLabel } from "../model/units";
import { Checker, headerCheck, kindAt } from "./campaign-checker";
import { cellDate, cellText, tableRows } from "./table-cells";
import type { Deadline } from "./types";
import { WORDS } from "../vocabulary";

/**
 * Reads the due dates by unit kind or by unit (TD_Deadlines): each row a period of TD_Periods, one unit kind
 * or one unit of TD_Units, and its due date. A period, kind or unit the campaign does not have, a bad date,
 * a row with both or neither of kind and unit, and two rows for the same thing are errors naming the cell.
 */
export function readDeadlines(
  table: SheetTable,
  periods: readonly Period[],
  knownUnits: ReadonlySet<string> | null,
): { deadlines: Deadline[]; findings: Finding[] } {
  const check = new Checker(table);
  const deadlines: Deadline[] = [];
  if (!headerCheck(table, ["period", "due"], check)) return { deadlines, findings: check.findings };
  const seen = new Set<string>();
  for (const row of tableRows(table).rows) {
    const found = check.findings.length;
    const typed = row.text("period");
    // Ids are compared as TD_Periods compares them; the period's own spelling is kept.
    const period = periods.find((p) => p.id.toUpperCase() === typed.toUpperCase());
    if (!period) check.error("unknown_period", WORDS.campaign.unknownPeriod, row, "period", { value: typed });
    const kind = kindAt(row, check);
    const unit = row.text("unit");
    if (unit && !isValidUnitCode(unit))
      check.error("bad_id", WORDS.campaign.badId, row, "unit", { value: unit.slice(0, 60) });
    else if (unit && knownUnits && !knownUnits.has(unitKey(unit)))
      check.error("unknown_unit", WORDS.campaign.unknownUnit, row, "unit", { value: unit });
    if (!row.text("kind") === !unit)
      check.error("kind_or_unit", WORDS.campaign.kindOrUnit, row, unit ? "unit" : "kind");
    const dueValue = row.value("due");
    const due = cellDate(dueValue);
    if (cellText(dueValue) === "") check.error("required", WORDS.campaign.required, row, "due");
    else if (!due) check.error("bad_date", WORDS.campaign.badDate, row, "due", { value: cellText(dueValue) });
    if (!period || !due || check.findings.length > found) continue;
    const key = `${period.id}\u0000${kind ? `kind:${kind}` : `unit:${unitKey(unit)}`}`;
    if (seen.has(key)) {
      check.error("repeated", WORDS.campaign.repeatedDeadline, row, kind ? "kind" : "unit", {
        period: period.id,
        value: kind ? unitKindLabel(kind) : unit,
      });
      continue;
    }
    seen.add(key);
    // A kind due before the period ends is how a plan staggers its levels (seed 004: upper-level unions
    // finish the launch in March, grassroots unions in April), not a slip: no warning, unlike TD_Periods.
    deadlines.push({ period: period.id, ...(kind ? { kind } : { unit }), due });
  }
  return { deadlines, findings: check.findings };
}
