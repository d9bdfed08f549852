import type { Finding } from "../findings/finding";
import type { SheetTable } from "../grid/grid";
import { nameKey } from "../text/fold";
import { Checker, headerCheck, positive } from "./campaign-checker";
import { acceptedScopes, awardScopeOf, yesNoOf } from "./campaign-columns";
import { acceptedSubjects, nominationScopeOf, nominationShare, subjectOf } from "./nomination-columns";
import { tableRows, type TableRow } from "./table-cells";
import type { AwardRule, Grade } from "./types";
import type { NominationAward } from "../catalog";
import { WORDS } from "../vocabulary";

/**
 * Reads the awards table (TD_Awards), highest award first: each row's award, scope and number, and its
 * minimum grade (one of the campaign's grades, written as that table writes it) and score, both optional.
 * Whether the award asks a unit to have existed over the whole period (Phải tồn tại cả kỳ: Có; blank or
 * absent, as in earlier workbooks: Không). A row that cannot be read is refused at its cell; a per-bloc
 * award in a campaign without blocs is warned about, as it can propose nobody. A row whose Đối tượng
 * (subject) is Cá nhân or Công trình gives an award to people or works units propose (see
 * readNominationAward); blank or Đơn vị, to units by score.
 */
export function readAwards(
  table: SheetTable,
  grades: readonly Grade[],
  hasBlocs: boolean,
): { awards: AwardRule[]; nominationAwards: NominationAward[]; findings: Finding[] } {
  const check = new Checker(table);
  const awards: AwardRule[] = [];
  const nominationAwards: NominationAward[] = [];
  if (!headerCheck(table, ["award", "scope", "count"], check))
    return { awards, nominationAwards, findings: check.findings };
  const gradeNames = { vi: grades.map((g) => g.grade).join("; "), en: grades.map((g) => g.grade).join("; ") };
  for (const row of tableRows(table).rows) {
    const award = row.text("award");
    if (!award) check.error("required", WORDS.campaign.required, row, "award");
    const subject = subjectOf(row.text("subject"));
    if (subject === null) {
      check.error("unknown_subject", WORDS.nominations.unknownSubject, row, "subject", {
        value: row.text("subject").slice(0, 60),
        subjects: acceptedSubjects,
      });
      continue;
    }
    if (subject !== "unit") {
      const read = readNominationAward(row, award, subject, hasBlocs, check);
      if (read) nominationAwards.push(read);
      continue;
    }
    for (const column of ["min_direct_share", "upward"])
      if (row.text(column)) check.warn("unit_only", WORDS.nominations.unitOnly, row, column);
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
  return { awards, nominationAwards, findings: check.findings };
}

/**
 * A row giving people or works an award: its scope (Toàn tỉnh, Mỗi cụm or Mỗi đơn vị), its number where
 * the plan sets one (blank: no limit), and the least share of direct workers where the plan asks one.
 */
function readNominationAward(
  row: TableRow,
  award: string,
  subject: NominationAward["subject"],
  hasBlocs: boolean,
  check: Checker,
): NominationAward | null {
  const scope = nominationScopeOf(row.text("scope"));
  if (!scope)
    check.error("unknown_scope", WORDS.campaign.unknownScope, row, "scope", {
      value: row.text("scope").slice(0, 60),
      scopes: {
        vi: `${acceptedScopes.vi}; ${WORDS.nominations.scopeUnit.vi}`,
        en: `${acceptedScopes.en}; ${WORDS.nominations.scopeUnit.en} (unit)`,
      },
    });
  else if (scope === "bloc" && !hasBlocs) check.warn("no_blocs", WORDS.campaign.noBlocs, row, "scope");
  const countText = row.text("count");
  const count = countText ? positive(row, "count") : null;
  const countOk = !countText || (count !== null && Number.isInteger(count) && count > 0);
  if (!countOk)
    check.error("bad_count", WORDS.campaign.badCount, row, "count", { value: countText.slice(0, 60) });
  const shareText = row.text("min_direct_share");
  const share = shareText ? nominationShare(row, "min_direct_share") : null;
  if (shareText && share === null)
    check.error("bad_share", WORDS.nominations.badShare, row, "min_direct_share", {
      value: shareText.slice(0, 60),
    });
  const upwardText = row.text("upward");
  const upward = upwardText === "" ? false : yesNoOf(upwardText);
  if (upward === null)
    check.error("bad_yes_no", WORDS.campaign.badYesNo, row, "upward", { value: upwardText.slice(0, 60) });
  if (!award || !scope || !countOk || (shareText && share === null) || upward === null) return null;
  return {
    award,
    subject,
    scope,
    ...(count !== null ? { count } : {}),
    ...(share !== null ? { minDirectShare: share } : {}),
    ...(upward ? { upward: true as const } : {}),
  };
}
