import type { Indicator } from "../catalog";
import type { ScoringRule } from "../campaign/types";
import type { UnitScore } from "../campaign/types";
import type { ValueKind } from "../catalog";
import { placedTarget } from "../model/targets";
import type { Text } from "../text/text";
import type { TargetResult } from "./types";

/** How a unit stands on one target, in the order a reader asks: does it count, is it known, is it met. */
export const TARGET_STATES = [
  "met",
  "notMet",
  "notReported",
  "noTarget",
  "nothingToMeasure",
  "notApplicable",
] as const;
export type TargetState = (typeof TARGET_STATES)[number];

/** One target of one unit as a screen lists it. */
export interface TargetLine {
  readonly key: string;
  readonly label: Text;
  readonly kind: ValueKind;
  readonly result: number | null;
  readonly target: number | null;
  readonly state: TargetState;
  /** Points earned; null when the target is not scored or does not count for the unit. */
  readonly earned: number | null;
  /** The points the scoring table gives the target; null when it is not scored. */
  readonly points: number | null;
}

/**
 * Figures per target: result, target, points earned, state. A page receiving 3,400 units copies one
 * buffer per unit instead of twenty objects (7 ms against 130 ms measured with structuredClone).
 */
const FIELDS = 4;

function stateOf(r: TargetResult): TargetState {
  if (!r.applicable) return "notApplicable";
  if (r.nothingToMeasure) return "nothingToMeasure";
  if (r.target === null) return "noTarget";
  if (r.result === null) return "notReported";
  return r.met ? "met" : "notMet";
}

const packed = (value: number | null) => value ?? Number.NaN;
const unpacked = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);

/** A unit's targets in `keys` order, packed for the page; a key the unit lacks stays empty (NaN). */
export function packTargets(
  keys: readonly string[],
  results: readonly TargetResult[],
  scoring: UnitScore,
): Float64Array {
  const packedTargets = new Float64Array(keys.length * FIELDS).fill(Number.NaN);
  const byKey = new Map(results.map((r) => [r.key, r]));
  const earned = new Map(scoring.targets.map((t) => [t.key, t.earned]));
  keys.forEach((key, i) => {
    const r = byKey.get(key);
    if (!r) return;
    packedTargets.set(
      [
        packed(r.result),
        packed(r.target),
        packed(earned.get(key) ?? null),
        TARGET_STATES.indexOf(stateOf(r)),
      ],
      i * FIELDS,
    );
  });
  return packedTargets;
}

/** The lines of a unit packed by `packTargets`, with each target's name and points from the scoring table. */
export function unpackTargets(
  keys: readonly string[],
  targets: Float64Array,
  scoring: readonly ScoringRule[],
  indicators: readonly Indicator[] = [],
): TargetLine[] {
  const points = new Map(scoring.map((rule) => [rule.target, rule.points]));
  return keys.flatMap((key, i): TargetLine[] => {
    const state = TARGET_STATES[targets[i * FIELDS + 3]!];
    const placed = placedTarget(key, indicators);
    if (state === undefined || !placed) return [];
    return [
      {
        key,
        label: placed.label,
        kind: placed.kind,
        result: unpacked(targets[i * FIELDS]),
        target: unpacked(targets[i * FIELDS + 1]),
        state,
        earned: unpacked(targets[i * FIELDS + 2]),
        points: points.get(key) ?? null,
      },
    ];
  });
}
