import type { Grade, ScoringMethod } from "../campaign/types";

/** A1 references of the cells one target's points are computed from. */
export interface PointsRefs {
  readonly result: string;
  readonly target: string;
  readonly points: string;
  readonly cap: string;
}

/**
 * The points a result earns, as earnedPoints computes them: nothing when the result is not reported, the
 * full points when a proportional target is zero or less; a bonus cell holds 0 when the rule has no cap.
 */
export function pointsFormula(
  method: ScoringMethod,
  { result: r, target: t, points: p, cap: c }: PointsRefs,
) {
  const formula = {
    pass_fail: `IF(${r}>=${t},${p},0)`,
    proportional: `IF(${t}>0,${p}*MIN(1,${r}/${t}),${p})`,
    bonus: `IF(${t}>0,${p}*MIN(1,${r}/${t})+MIN(${c},${p}*MAX(0,${r}/${t}-1)),${p})`,
  }[method];
  return `IF(ISNUMBER(${r}),${formula},0)`;
}

/** The points a unit could earn: the weights of the targets that count for it. */
export function possibleFormula(weights: readonly string[]): string {
  return weights.length > 0 ? `SUM(${weights.join(",")})` : "0";
}

/** SUM skips the "—" of targets that do not count, as scoreResults leaves them out. */
export function earnedFormula(points: readonly string[]): string {
  return `SUM(${points.join(",")})`;
}

/** Earned over possible, scaled to 100 and rounded as roundScore does; blank when nothing counts. */
export function scoreFormula(earned: string, possible: string): string {
  return `IF(${possible}>0,ROUND(${earned}/${possible}*100,2),"")`;
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
