import { columnLabel } from "./campaign-columns";
import { finding, type Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { sameLooking } from "../text/fold";
import { identityProblem } from "../report/identity-text";
import { fill } from "../text/text";
import { tableRows, type TableRow } from "./table-cells";
import { WORDS } from "../vocabulary";

/** The campaign's identity texts: each becomes a period label, unit or bloc name, grade or award in templates and summaries. */
const IDENTITY_COLUMNS: readonly { table: string; columns: readonly string[] }[] = [
  { table: "TD_Periods", columns: ["label"] },
  { table: "TD_Units", columns: ["name", "bloc", "moved_in_from"] },
  { table: "TD_Grades", columns: ["grade"] },
  { table: "TD_Awards", columns: ["award"] },
  { table: "TD_Indicators", columns: ["name", "name_en", "unit"] },
  { table: "TD_Parent", columns: ["name"] },
];

const textFinding = (
  table: SheetTable,
  row: TableRow,
  column: string,
  rule: string,
  message: ReturnType<typeof fill>,
) => finding("error", `campaign.${rule}`, message, row.where(column));

/**
 * The campaign's texts held to the identity rules of a report's TD_META (see identityProblem): what
 * `campaign check` passes must not make every template made from it, or the summary, fail validation.
 * Each problem names its table, sheet and cell. Two grades that fold to the same text are refused too:
 * a lowest grade written "Xuất sắc" plus a zero-width space would read as the top one.
 */
export function campaignTextFindings(find: (name: string) => SheetTable | undefined): Finding[] {
  const out: Finding[] = [];
  for (const { table: name, columns } of IDENTITY_COLUMNS) {
    const table = find(name);
    if (!table) continue;
    const { rows, columns: present } = tableRows(table);
    for (const column of columns.filter((c) => present.has(c)))
      for (const row of rows) {
        const text = row.text(column);
        const reason = text ? identityProblem(text) : null;
        if (reason)
          out.push(
            textFinding(
              table,
              row,
              column,
              "bad_text",
              fill(WORDS.campaign.badText, {
                table: table.sheet,
                column: columnLabel(name, column),
                reason,
              }),
            ),
          );
      }
    if (name !== "TD_Grades" || !present.has("grade")) continue;
    const seen: { grade: string; row: TableRow }[] = [];
    for (const row of rows) {
      const grade = row.text("grade");
      if (!grade) continue;
      const first = seen.find((s) => sameLooking(s.grade, grade));
      if (first)
        out.push(
          textFinding(
            table,
            row,
            "grade",
            "same_grade",
            fill(WORDS.campaign.sameGrade, {
              table: table.sheet,
              value: grade,
              first: first.grade,
            }),
          ),
        );
      else seen.push({ grade, row });
    }
  }
  return out;
}
