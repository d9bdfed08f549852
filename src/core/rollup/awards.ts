import { inBloc } from "../campaign/bloc-groups";
import { levelWithin } from "../campaign/level-words";
import type { AwardRule, AwardScope, Grade } from "../campaign/types";
import { figureText, scoreText } from "../text/figure-text";
import { nameKey } from "../text/fold";
import { fill, joinTexts, type Text } from "../text/text";
import { unitKey } from "../model/units";
import { listedUnit } from "../campaign/listed-unit";
import { endedText } from "./ended-units";
import { byRank } from "./rank-order";
import { shortfallTexts } from "./short-units";
import type { Summary, UnitRow } from "./types";
import { WORDS } from "../vocabulary";

/** A unit proposed for an award, and the rule that put it there. */
export interface AwardProposal {
  readonly award: string;
  readonly scope: AwardScope;
  /** The unit's bloc (the one it was drawn in, for a per-bloc award); null when it has none. */
  readonly bloc: string | null;
  readonly code: string;
  readonly name: string;
  readonly score: number;
  readonly grade: string | null;
  /** The rank it was drawn by: in its bloc for a per-bloc award, overall otherwise. */
  readonly rank: number;
  /** "hạng 1 Cụm A; xếp loại Xuất sắc (yêu cầu: từ Tốt trở lên)". */
  readonly why: Text;
  /** Beyond the award's number: tied with the last unit within it, so the ranking cannot choose. */
  readonly tied: boolean;
  /** "đã giải thể ngày …; đơn vị tiếp nhận: …" for a unit the list ends within the period (also in `why`). */
  readonly ended?: Text;
}

export interface NotEligible {
  readonly code: string;
  readonly name: string;
  readonly bloc: string | null;
  readonly reason: Text;
  /** As AwardProposal's (also in `reason`). */
  readonly ended?: Text;
}

/** How many units an award proposes in one draw (a bloc's, or the province's), against its number. */
export interface AwardCount {
  readonly award: string;
  readonly scope: AwardScope;
  /** The bloc drawn in, for a per-bloc award; null province-wide. */
  readonly bloc: string | null;
  readonly number: number;
  readonly proposed: number;
  /** Proposed beyond the number, being level on score with the last unit within it. */
  readonly beyond: number;
}

export interface AwardProposals {
  readonly proposals: readonly AwardProposal[];
  readonly notEligible: readonly NotEligible[];
  readonly counts: readonly AwardCount[];
}

/** Whether a unit's grade and score reach the rule's minimums; grades are listed highest first. */
function meets(rule: AwardRule, row: UnitRow, grades: readonly Grade[]): boolean {
  if (rule.minScore !== undefined && (row.score === null || row.score < rule.minScore)) return false;
  if (rule.minGrade === undefined) return true;
  const at = (grade: string | null) =>
    grade === null ? -1 : grades.findIndex((g) => nameKey(g.grade) === nameKey(grade));
  const own = at(row.grade);
  return own >= 0 && own <= at(rule.minGrade);
}

/** Why a unit is proposed; `level` names the whole it ranks in ("toàn tỉnh", "toàn huyện"…). */
function why(
  rule: AwardRule,
  row: UnitRow,
  drawn: { readonly rank: number; readonly bloc: string | null; readonly level: Text },
  tied: boolean,
): Text {
  const { rank, bloc, level } = drawn;
  const parts: Text[] = [
    bloc === null
      ? fill(WORDS.awards.provinceRank, { rank, level })
      : fill(WORDS.awards.blocRank, { rank, bloc }),
  ];
  if (rule.minGrade !== undefined)
    parts.push(fill(WORDS.awards.gradeAtLeast, { grade: row.grade ?? "", min: rule.minGrade }));
  if (rule.minScore !== undefined)
    parts.push(
      fill(WORDS.awards.scoreAtLeast, { score: scoreText(row.score!), min: figureText(rule.minScore) }),
    );
  if (tied) parts.push(fill(WORDS.awards.tied, { count: rule.count }));
  return joinTexts(parts, "; ");
}

/**
 * The units that cannot be proposed, by code: those whose report is missing or was rejected (with the
 * first reason given), and those whose report leaves part of the period or some forms out (with what).
 */
function notEligibleUnits(summary: Summary): NotEligible[] {
  const out = new Map<string, NotEligible>();
  const received = new Set(summary.units.map((u) => unitKey(u.unit.code)));
  const listed = new Map(summary.campaign.units.map((u) => [unitKey(u.code), u]));
  for (const r of summary.rejected) {
    if (!r.unitCode || received.has(unitKey(r.unitCode)) || out.has(unitKey(r.unitCode))) continue;
    const unit = listed.get(unitKey(r.unitCode));
    out.set(unitKey(r.unitCode), {
      code: r.unitCode,
      name: unit?.name ?? r.unitCode,
      bloc: unit?.bloc ?? null,
      reason: fill(WORDS.awards.rejected, { reason: r.reason }),
    });
  }
  for (const unit of summary.missing)
    if (!out.has(unitKey(unit.code)))
      out.set(unitKey(unit.code), {
        code: unit.code,
        name: unit.name,
        bloc: unit.bloc ?? null,
        reason: WORDS.awards.missing,
      });
  for (const row of summary.units)
    if (row.status === "partial")
      out.set(unitKey(row.unit.code), {
        code: row.unit.code,
        name: row.unit.name,
        bloc: row.bloc,
        reason: joinTexts(
          shortfallTexts(row, (gaps) => fill(WORDS.awards.partial, { gaps })),
          " ",
        ),
      });
  const listedAs = listedUnit(summary.campaign);
  return [...out.values()]
    .map((u) => {
      const ended = endedText(listedAs(u.code), summary.period);
      return ended ? { ...u, reason: joinTexts([u.reason, ended], "; "), ended } : u;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Whether the unit's figures span the whole period: neither founded nor dissolved within it. */
const wholePeriod = (u: UnitRow, summary: Summary) =>
  u.span.start <= summary.period.start && u.span.end >= summary.period.end;

/**
 * Draws the award proposals from the ranking, or null when the campaign has no award rules. Rules are
 * taken in the table's order (highest award first), and a unit proposed once is not proposed again. For
 * each rule, in each bloc for a per-bloc award (units without a bloc have no bloc rank and are left out)
 * or province-wide, the eligible units reaching its minimum grade and score are taken in the order of
 * the rank the roll-up gave them, up to the rule's number. The ranking gives equal scores one rank, so a
 * unit tied with the last one taken is proposed too, marked as beyond the number. Units without a score
 * are not ranked and not proposed. A rule that asks for the whole period (Phải tồn tại cả kỳ) takes only
 * units whose figures span it: neither founded nor dissolved within it. A unit the list ends within the
 * period is marked so, with its successors, wherever it is listed (see endedText).
 */
export function proposeAwards(summary: Summary): AwardProposals | null {
  const rules = summary.campaign.awards ?? [];
  if (rules.length === 0) return null;
  const notEligible = notEligibleUnits(summary);
  const excluded = new Set(notEligible.map((u) => unitKey(u.code)));
  const proposed = new Set<string>();
  const proposals: AwardProposal[] = [];
  const listedAs = listedUnit(summary.campaign);
  const counts: AwardCount[] = [];
  const level = levelWithin(summary.parent.kind);
  for (const rule of rules) {
    const rankOf = (u: UnitRow) => (rule.scope === "bloc" ? u.blocRank : u.rank);
    const groups =
      rule.scope === "bloc"
        ? summary.blocs.map((bloc) => ({ bloc, units: summary.units.filter(inBloc(bloc)) }))
        : [{ bloc: null, units: summary.units }];
    for (const group of groups) {
      const candidates = group.units
        .filter((u) => !excluded.has(unitKey(u.unit.code)) && !proposed.has(unitKey(u.unit.code)))
        .filter((u) => rankOf(u) !== null && meets(rule, u, summary.grades))
        .filter((u) => !rule.wholePeriod || wholePeriod(u, summary))
        .sort(byRank(rankOf));
      const last = candidates[rule.count - 1];
      const taken = candidates.filter((u, i) => i < rule.count || rankOf(u) === rankOf(last!));
      counts.push({
        award: rule.award,
        scope: rule.scope,
        bloc: group.bloc,
        number: rule.count,
        proposed: taken.length,
        beyond: Math.max(0, taken.length - rule.count),
      });
      taken.forEach((u, i) => {
        proposed.add(unitKey(u.unit.code));
        const rank = rankOf(u)!;
        const tied = i >= rule.count;
        const ended = endedText(listedAs(u.unit.code), summary.period);
        const reasons = why(rule, u, { rank, bloc: group.bloc, level }, tied);
        proposals.push({
          award: rule.award,
          scope: rule.scope,
          bloc: u.bloc,
          code: u.unit.code,
          name: u.unit.name,
          score: u.score!,
          grade: u.grade,
          rank,
          why: ended ? joinTexts([reasons, ended], "; ") : reasons,
          tied,
          ...(ended ? { ended } : {}),
        });
      });
    }
  }
  return { proposals, notEligible, counts };
}
