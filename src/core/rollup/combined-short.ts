import { unitKey } from "../model/units";
import type { RollupShort, ShortSpan } from "../report/metadata";
import type { Report } from "../report/report";

/**
 * What a unit's round summaries, combined into a longer period, lacked of it: a round's missing unit that
 * another round holds reported part of the period (that round's dates left out), one that none holds none
 * of it; each unit's spans gathered. A round's list that does not hold up makes the period's as broken.
 */
export function combinedShort(
  rounds: readonly Report[],
  held: readonly string[],
): RollupShort | "broken" | undefined {
  if (rounds.some((r) => r.rollupShort === "broken")) return "broken";
  const heldKeys = new Set(held.map(unitKey));
  const missing = new Map<string, string>();
  const partial = new Map<string, { code: string; gaps: ShortSpan[] }>();
  const partOf = (code: string) =>
    partial.get(unitKey(code)) ?? partial.set(unitKey(code), { code, gaps: [] }).get(unitKey(code))!;
  for (const round of rounds) {
    const short = round.rollupShort;
    if (short === undefined || short === "broken") continue;
    for (const code of short.missing)
      if (heldKeys.has(unitKey(code)))
        partOf(code).gaps.push({ start: round.period.start, end: round.period.end });
      else missing.set(unitKey(code), code);
    for (const { code, gaps } of short.partial) partOf(code).gaps.push(...gaps);
  }
  for (const key of partial.keys()) missing.delete(key);
  return missing.size > 0 || partial.size > 0
    ? { missing: [...missing.values()], partial: [...partial.values()] }
    : undefined;
}
