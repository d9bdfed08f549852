import type { TargetResult } from "../rollup/types";
import type {
  Grade,
  Penalty,
  PenaltyMethod,
  PenaltyRule,
  ScoredTarget,
  ScoringRule,
  UnitScore,
} from "./types";

/**
 * Rounds to two decimals the way a spreadsheet's ROUND does: first to 15 significant digits, so a score
 * of 82.345 computed as 82.34499999… still rounds up, in the core and in the scoring sheet alike.
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(15))) / 100;
}

/**
 * The bonus points (điểm thưởng) a result earns above its target: the rule's points for each whole target
 * exceeded, in proportion, up to the cap; only a bonus rule gives any, and only over a target above 0.
 */
export function bonusPoints(rule: ScoringRule, result: number | null, target: number): number {
  if (rule.method !== "bonus" || result === null || target <= 0) return 0;
  return Math.min(rule.cap ?? 0, rule.points * Math.max(0, result / target - 1));
}

/** The points a result earns against its target, bonus included; the scoring sheet's formulas compute the same. */
export function earnedPoints(rule: ScoringRule, result: number | null, target: number): number {
  if (result === null) return 0;
  if (rule.method === "pass_fail") return result >= target ? rule.points : 0;
  if (target <= 0) return rule.points;
  return rule.points * Math.min(1, result / target) + bonusPoints(rule, result, target);
}

/**
 * Scores a unit's results. A target that does not apply to the unit (not applicable, no known target, or
 * nothing to measure: a rate over a count reported as 0) is left out, and the score is scaled to 100 over
 * the points that remain. A result left blank counts, and earns nothing: not reporting must not score
 * better than reporting a low result. Bonus points are added on top, unscaled, as provincial scoring
 * tables add them: scaled, a unit with fewer targets that apply would gain more for the same bonus.
 */
export function scoreResults(results: readonly TargetResult[], scoring: readonly ScoringRule[]): UnitScore {
  const targets = scoring.map((rule): ScoredTarget => {
    const result = results.find((r) => r.key === rule.target);
    const counts =
      result !== undefined && result.applicable && result.target !== null && !result.nothingToMeasure;
    if (!counts) return { key: rule.target, rule, earned: null, bonus: null };
    return {
      key: rule.target,
      rule,
      earned: earnedPoints(rule, result.result, result.target!),
      bonus: bonusPoints(rule, result.result, result.target!),
    };
  });
  const counted = targets.filter((t) => t.earned !== null);
  const bonus = counted.reduce((s, t) => s + t.bonus!, 0);
  const earned = counted.reduce((s, t) => s + t.earned!, 0) - bonus;
  const possible = counted.reduce((s, t) => s + t.rule.points, 0);
  const score = possible > 0 ? roundScore((earned / possible) * 100 + bonus) : null;
  return { targets, earned, possible, bonus, score };
}

/** The points a penalty row takes off for `count` days late or corrected reports: so many each, up to its cap. */
export function penaltyPoints(rule: PenaltyRule, count: number): number {
  const points = rule.points * count;
  return rule.cap === undefined ? points : Math.min(rule.cap, points);
}

/**
 * The score less the penalties (điểm trừ), floored at 0 and rounded as before. Penalties are not part of
 * the 100 the score is scaled to: a unit loses the same points for a day late whatever targets apply to it.
 * Without penalty rows the score is left as it was.
 */
export function withPenalties(
  score: UnitScore,
  rules: readonly PenaltyRule[],
  counts: Readonly<Record<PenaltyMethod, number>>,
): UnitScore {
  if (rules.length === 0) return score;
  const penalties = rules.map((rule): Penalty => {
    const count = counts[rule.method];
    return { rule, count, points: penaltyPoints(rule, count) };
  });
  const off = penalties.reduce((s, p) => s + p.points, 0);
  const { earned, possible, bonus } = score;
  const scaled = possible > 0 ? roundScore(Math.max(0, (earned / possible) * 100 + bonus - off)) : null;
  return { ...score, penalties, score: scaled };
}

/** The highest grade whose minimum the score reaches; grades are listed highest first. */
export function gradeOf(score: number | null, grades: readonly Grade[]): string | null {
  if (score === null) return null;
  return grades.find((g) => score >= g.minScore)?.grade ?? null;
}

/** Competition ranking ("1, 2, 2, 4") by score, highest first; units without a score are not ranked. */
export function rankScores(scores: readonly (number | null)[]): (number | null)[] {
  // Sorted once, highest first: a score's rank is one more than the count of scores above it.
  const sorted = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const above = (score: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! > score) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return scores.map((s) => (s === null ? null : 1 + above(s)));
}
