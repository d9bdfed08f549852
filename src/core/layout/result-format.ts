import type { ValueKind } from "../catalog";
import { NUMBER_FORMATS } from "./plan";

/**
 * The most decimals of a percentage a rate is shown with beside its target: enough for a budget of
 * hundreds of billions of đồng short by a thousand (red team, round 36: four decimals showed 99.9999996 %
 * as "100.0000%" beside "100.0%", Chưa đạt).
 */
const MOST_DECIMALS = 10;

const percentAt = (value: number, decimals: number) => (value * 100).toFixed(decimals);

/**
 * The format a result is shown in beside its target: its kind's, and for a rate that does not equal its
 * target, as many more decimals (up to ten) as tell the two apart (red team, round 35: 69.96 % against a
 * target of 70 % showed "70.0% 70.0% Chưa đạt", 99.9999999999 % "100.0% 100.0% Chưa đạt").
 */
export function resultFormat(kind: ValueKind, result: number | null, target: number | null): string {
  const format = NUMBER_FORMATS[kind];
  if (kind !== "ratio" || result === null || target === null || result === target) return format;
  for (let decimals = 1; decimals <= MOST_DECIMALS; decimals++)
    if (percentAt(result, decimals) !== percentAt(target, decimals))
      return decimals === 1 ? format : `0.${"0".repeat(decimals)}%`;
  return `0.${"0".repeat(MOST_DECIMALS)}%`;
}
