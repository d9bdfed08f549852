import type { Finding } from "../check/finding";
import type { SheetTable } from "../grid/grid";
import { nameKey } from "../text/fold";
import { Checker, headerCheck, positive } from "./campaign-checker";
import { acceptedScopes, awardScopeOf, yesNoOf } from "./campaign-columns";
import { tableRows } from "./table-cells";
import type { AwardRule, Grade } from "./types";
import { WORDS } from "../vocabulary";

/**
 * Reads the awards table (TD_Awards), highest award first: each row's award, scope and number, and its
 * minimum grade (one of the campaign's grades, written as that table writes it) and score, both optional.
 * Whether the award asks a unit to have existed over the whole period (Phải tồn tại cả kỳ: Có; blank or
 * absent, as in earlier workbooks: Không). A row that cannot be read is refused at its cell; a per-bloc award in a campaign without blocs is
 * warned about, as it can propose nobody.
 */
export function readAwards(
  table: SheetTable,
  grades: readonly Grade[],
  hasBlocs: boolean,
): { awards: AwardRule[]; findings: Finding[] } {
  const check = new Checker(table);
  const awards: AwardRule[] = [];
  if (!headerCheck(table, ["award", "scope", "count"], check)) return { awards, findings: check.findings };
  const gradeNames = { vi: grades.map((g) => g.grade).join("; "), en: grades.map((g) => g.grade).join("; ") };
  for (const row of tableRows(table).rows) {
    const award = row.text("award");
    if (!award) check.error("required", WORDS.campaign.required, row, "award");
    const scope = awardScopeOf(row.text("scope"));
    if (!scope)
      check.error("unknown_scope", WORDS.campaign.unknownScope, row, "scope", {
        value: row.text("scope").slice(0, 60),
        scopes: acceptedScopes,
      });
    else if (scope === "bloc" && !hasBlocs) check.warn("no_blocs", WORDS.campaign.noBlocs, row, "scope");
    const count = positive(row, "count");
    const countOk = count !== null && Number.isInteger(count) && count > 0;
    if (!countOk)
      check.error("bad_count", WORDS.campaign.badCount, row, "count", {
        value: row.text("count").slice(0, 60),
      });
    const gradeText = row.text("min_grade");
    const minGrade = gradeText ? grades.find((g) => nameKey(g.grade) === nameKey(gradeText)) : undefined;
    if (gradeText && !minGrade)
      check.error("unknown_grade", WORDS.campaign.unknownGrade, row, "min_grade", {
        value: gradeText.slice(0, 60),
        grades: gradeNames,
      });
    const scoreText = row.text("min_score");
    const minScore = scoreText ? positive(row, "min_score") : null;
    const scoreOk = !scoreText || (minScore !== null && minScore >= 0);
    if (!scoreOk)
      check.error("bad_min_score", WORDS.campaign.badMinScore, row, "min_score", {
        value: scoreText.slice(0, 60),
      });
    const wholeText = row.text("whole_period");
    const whole = wholeText === "" ? false : yesNoOf(wholeText);
    if (whole === null)
      check.error("bad_yes_no", WORDS.campaign.badYesNo, row, "whole_period", {
        value: wholeText.slice(0, 60),
      });
    if (!award || !scope || !countOk || (gradeText && !minGrade) || !scoreOk || whole === null) continue;
    awards.push({
      award,
      scope,
      count: count!,
      ...(minGrade ? { minGrade: minGrade.grade } : {}),
      ...(minScore !== null ? { minScore } : {}),
      ...(whole ? { wholePeriod: true as const } : {}),
    });
  }
  return { awards, findings: check.findings };
}
