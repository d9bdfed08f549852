import type { TargetResult } from "../rollup/types";
import type { Grade, ScoringRule } from "./types";

/**
 * Rounds to two decimals the way a spreadsheet's ROUND does: first to 15 significant digits, so a score
 * of 82.345 computed as 82.34499999… still rounds up, in the core and in the scoring sheet alike.
 */
export function roundScore(value: number): number {
  return Math.round(Number((value * 100).toPrecision(15))) / 100;
}

/** The points a result earns against its target; the scoring sheet's formulas compute the same. */
export function earnedPoints(rule: ScoringRule, result: number | null, target: number): number {
  if (result === null) return 0;
  if (rule.method === "pass_fail") return result >= target ? rule.points : 0;
  if (target <= 0) return rule.points;
  const share = result / target;
  const base = rule.points * Math.min(1, share);
  if (rule.method === "proportional") return base;
  return base + Math.min(rule.cap ?? 0, rule.points * Math.max(0, share - 1));
}

export interface ScoredTarget {
  readonly key: string;
  readonly rule: ScoringRule;
  /** Null when the target does not count for this unit (not applicable, or no target known). */
  readonly earned: number | null;
}

export interface UnitScore {
  readonly targets: readonly ScoredTarget[];
  readonly earned: number;
  /** The points of the targets that count for the unit. */
  readonly possible: number;
  /** Earned ÷ possible × 100, two decimals; null when no target counts. */
  readonly score: number | null;
}

/**
 * Scores a unit's results. A target that does not apply to the unit (not applicable, no known target, or
 * nothing to measure: a rate over a count reported as 0) is left out, and the score is scaled to 100 over
 * the points that remain. A result left blank counts, and earns nothing: not reporting must not score
 * better than reporting a low result.
 */
export function scoreResults(results: readonly TargetResult[], scoring: readonly ScoringRule[]): UnitScore {
  const targets = scoring.map((rule): ScoredTarget => {
    const result = results.find((r) => r.key === rule.target);
    const counts =
      result !== undefined && result.applicable && result.target !== null && !result.nothingToMeasure;
    return {
      key: rule.target,
      rule,
      earned: counts ? earnedPoints(rule, result.result, result.target!) : null,
    };
  });
  const counted = targets.filter((t) => t.earned !== null);
  const earned = counted.reduce((s, t) => s + t.earned!, 0);
  const possible = counted.reduce((s, t) => s + t.rule.points, 0);
  return { targets, earned, possible, score: possible > 0 ? roundScore((earned / possible) * 100) : null };
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
