import type { Grade, ScoringMethod } from "../campaign/types";
import { literal } from "./check-formulas";

/** A1 references of the cells one target's points are computed from. */
export interface PointsRefs {
  readonly result: string;
  readonly target: string;
  readonly points: string;
  readonly cap: string;
}

/** The bonus points above the target, as bonusPoints computes them: 0 unless the result and target allow one. */
export function bonusFormula({ result: r, target: t, points: p, cap: c }: PointsRefs): string {
  return `IF(AND(ISNUMBER(${r}),${t}>0),MIN(${c},${p}*MAX(0,${r}/${t}-1)),0)`;
}

/**
 * The points a result earns, as earnedPoints computes them: nothing when the result is not reported, the
 * full points when a proportional target is zero or less; a bonus cell holds 0 when the rule has no cap.
 */
export function pointsFormula(method: ScoringMethod, refs: PointsRefs) {
  const { result: r, target: t, points: p } = refs;
  const proportional = `IF(${t}>0,${p}*MIN(1,${r}/${t}),${p})`;
  const formula = {
    pass_fail: `IF(${r}>=${t},${p},0)`,
    proportional,
    bonus: `${proportional}+${bonusFormula(refs)}`,
  }[method];
  return `IF(ISNUMBER(${r}),${formula},0)`;
}

/** The points a unit could earn: the weights of the targets that count for it. */
export function possibleFormula(weights: readonly string[]): string {
  return weights.length > 0 ? `SUM(${weights.join(",")})` : "0";
}

/**
 * The points earned without bonus: SUM skips the "—" of targets that do not count, as scoreResults leaves
 * them out, and the bonus cell is taken off.
 */
export function earnedFormula(points: readonly string[], bonus: string): string {
  return `SUM(${points.join(",")})-${bonus}`;
}

/** The bonus points of the rules that count for the unit, each already up to its cap. */
export function bonusSumFormula(bonuses: readonly string[]): string {
  return bonuses.length > 0 ? bonuses.join("+") : "0";
}

/**
 * Earned over possible scaled to 100, plus the bonus points unscaled, rounded as roundScore does; blank
 * when nothing counts. With penalties, their points come off last and the score stays at least 0, as
 * withPenalties computes it.
 */
export function scoreFormula(earned: string, possible: string, bonus: string, penalty?: string): string {
  const score = `${earned}/${possible}*100+${bonus}`;
  const kept = penalty === undefined ? score : `MAX(0,${score}-${penalty})`;
  return `IF(${possible}>0,ROUND(${kept},2),"")`;
}

/** The points a penalty row takes off, as penaltyPoints does: so many per day or report, up to a cap typed. */
export function penaltyFormula(points: string, count: string, cap: string): string {
  return `IF(ISNUMBER(${cap}),MIN(${cap},${points}*${count}),${points}*${count})`;
}

/** A1 references of the cells one penalty row of a unit is worked out from, and its words. */
export interface PenaltyRefs {
  /** The clause with "{count}" and "{points}" in it ("Nộp muộn {count} ngày: −{points} điểm"). */
  readonly words: string;
  /** What a clause taken at its cap ends with. */
  readonly atCap: string;
  readonly count: string;
  readonly points: string;
  readonly weight: string;
  readonly cap: string;
}

/** A clause's words with its count and points cells in them, as one text expression. */
function clauseText({ words, count, points }: PenaltyRefs): string {
  return words
    .split(/(\{count\}|\{points\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{count}" ? count : part === "{points}" ? points : literal(part)))
    .join("&");
}

/**
 * Why a unit lost points, as penaltyReasons words it, from the sheet's own cells: a clause for each row
 * that takes any, "; " between them, one taken at its cap said to be. A count or a weight typed on the
 * sheet changes the words with the points they explain.
 */
export function penaltyReasonFormula(rows: readonly PenaltyRefs[]): string {
  const clauses = rows.map((row, i) => {
    const capped = `IF(AND(ISNUMBER(${row.cap}),${row.weight}*${row.count}>${row.cap}),${literal(row.atCap)},"")`;
    const earlier = rows.slice(0, i).map((r) => `${r.points}>0`);
    const separator = earlier.length > 0 ? `IF(OR(${earlier.join(",")}),"; ","")&` : "";
    return `IF(${row.points}>0,${separator}${clauseText(row)}&${capped},"")`;
  });
  return clauses.length > 0 ? clauses.join("&") : '""';
}

/** The first grade, highest first, whose minimum the score reaches, as gradeOf picks it. */
export function gradeFormula(
  score: string,
  grades: readonly Grade[],
  cells: (index: number) => { grade: string; minScore: string },
): string {
  const nested = grades.reduceRight((otherwise, _, i) => {
    const { grade, minScore } = cells(i);
    return `IF(${score}>=${minScore},${grade},${otherwise})`;
  }, '""');
  return `IF(ISNUMBER(${score}),${nested},"")`;
}

/**
 * Competition ranking as rankScores: one more than the number of scores above; with a bloc, only the
 * units of that bloc count. The "=" keeps a bloc named like "<5" from being read as a comparison.
 */
export function rankFormula(score: string, scores: string, bloc?: { cell: string; range: string }): string {
  if (!bloc) return `IF(ISNUMBER(${score}),1+COUNTIFS(${scores},">"&${score}),"")`;
  return (
    `IF(AND(ISNUMBER(${score}),${bloc.cell}<>""),` +
    `1+COUNTIFS(${scores},">"&${score},${bloc.range},"="&${bloc.cell}),"")`
  );
}
