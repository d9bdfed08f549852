import type { Indicator } from "../catalog";
import { dmy } from "../model/period";
import { figureText, percentText } from "../text/figure-text";
import type { StockCoverage, TargetResult } from "../rollup/types";
import { placedTarget } from "../model/targets";
import { fill, joinTexts, shortList, type Param, type Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** A figure that does not count (not reported, or a target that does not apply), in either language. */
export const NOT_COUNTED = "—";

/**
 * The most units a note beside the total row names; each unit's row says the rest. A note is written in
 * the unit columns on a table printed in strips, wrapped: 400 units named made rows 810 pt tall (review).
 */
const LISTED_UNITS = 20;

/**
 * What to say beside a total row whose opening or closing stocks leave units out (founded after the
 * period's start, dissolved before its end): one note per date, none when every unit spans the period.
 */
export function stockNotes(stocks: StockCoverage): Text[] {
  const note = (text: Text, date: string, units: readonly string[]) =>
    units.length === 0 ? [] : [fill(text, { date: dmy(date), units: shortList(units, LISTED_UNITS) })];
  return [
    ...note(WORDS.summary.stocksAtStart, stocks.start, stocks.notAtStart),
    ...note(WORDS.summary.stocksAtEnd, stocks.end, stocks.notAtEnd),
  ];
}

/**
 * What to say beside a total row whose targets are not simply the units' added up: a count target some
 * units are not assigned (its target theirs left out, its result theirs included), a rate target the units
 * hold at different thresholds.
 */
export function targetNotes(results: readonly TargetResult[], indicators: readonly Indicator[] = []): Text[] {
  return results.flatMap((r) => {
    if (!r.basis) return [];
    const show = (v: number | null): Param =>
      v === null ? NOT_COUNTED : r.kind === "ratio" ? percentText(v) : figureText(v);
    const common = { target: placedTarget(r.key, indicators)?.label ?? r.key, goal: show(r.target) };
    const { rateTarget, leftOut } = r.basis;
    if (r.kind !== "ratio" && leftOut.length > 0)
      return [
        fill(WORDS.summary.countTargetScope, {
          ...common,
          all: show(r.result),
          units: shortList(leftOut, LISTED_UNITS),
        }),
      ];
    if (!rateTarget) return [];
    const text =
      rateTarget.from === "province" ? WORDS.summary.rateTargetProvince : WORDS.summary.rateTargetMostCommon;
    const assigned = rateTarget.assigned.map((v) => percentText(v));
    return [
      fill(text, {
        ...common,
        assigned: joinTexts(assigned, "; "),
      }),
    ];
  });
}

/** Every note the total row needs: which units its stocks leave out, and how its targets are drawn. */
export const totalNotes = (summary: {
  readonly stocks: StockCoverage;
  readonly totalAttainment: readonly TargetResult[];
  readonly indicators?: readonly Indicator[];
}): Text[] => [...stockNotes(summary.stocks), ...targetNotes(summary.totalAttainment, summary.indicators)];
