import { formDef, type Indicator, type TemplateId } from "../catalog";
import { formCells } from "../form/form";
import type { Campaign } from "../campaign/types";
import { dmy, type Period } from "../model/period";
import { endedUnits } from "../rollup/ended-units";
import { figureText, percentText } from "../text/figure-text";
import type { PlanCoverage, StockCoverage, TargetResult } from "../rollup/types";
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
 * What to say beside a total row whose plans (the year's budgets, Biểu 03's dự toán) are not one year's
 * as reported: a period across years adds each year's, units present for part of a year count their days.
 * None where `templates` hold no plan.
 */
export function planNotes(
  plans: PlanCoverage,
  templates: readonly TemplateId[],
  indicators: readonly Indicator[] = [],
): Text[] {
  const planned = templates.some((id) =>
    formCells(formDef(id, indicators)).some((c) => c.aggregation === "plan"),
  );
  if (!planned) return [];
  const years =
    plans.years.length > 1 ? [fill(WORDS.summary.planYears, { years: plans.years.join(", ") })] : [];
  const units =
    plans.prorated.length > 0
      ? [fill(WORDS.summary.planProrated, { units: shortList(plans.prorated, LISTED_UNITS) })]
      : [];
  const undated =
    plans.undated.length > 0
      ? [fill(WORDS.summary.planUndated, { units: shortList(plans.undated, LISTED_UNITS) })]
      : [];
  return [...years, ...units, ...undated];
}

/**
 * What to say beside a total row whose targets are not simply the units' added up: a count target some
 * units are not assigned (its target theirs left out, its result theirs included; none when no unit is),
 * a rate target the units hold at different thresholds, a count target leaving out units without a report.
 */
export function targetNotes(results: readonly TargetResult[], indicators: readonly Indicator[] = []): Text[] {
  return results.flatMap((r) => [...basisNotes(r, indicators), ...missingNotes(r, indicators)]);
}

/**
 * What to say of a count target that leaves out units without a report: their assigned target, and the
 * target of every unit, which the province was assigned (a staff round: nothing said they were left out).
 */
function missingNotes(r: TargetResult, indicators: readonly Indicator[]): Text[] {
  const missing = r.basis?.missing;
  if (!missing || r.target === null) return [];
  return [
    fill(WORDS.summary.countTargetMissing, {
      target: placedTarget(r.key, indicators)?.label ?? r.key,
      goal: figureText(r.target),
      units: shortList(missing.units, LISTED_UNITS),
      missing: figureText(missing.target),
      assigned: figureText(r.target + missing.target),
    }),
  ];
}

/** What to say of a total's target drawn otherwise than by adding every unit's (see targetNotes). */
function basisNotes(r: TargetResult, indicators: readonly Indicator[]): Text[] {
  if (!r.basis) return [];
  const show = (v: number | null): Param =>
    v === null ? NOT_COUNTED : r.kind === "ratio" ? percentText(v) : figureText(v);
  const common = { target: placedTarget(r.key, indicators)?.label ?? r.key, goal: show(r.target) };
  const { rateTarget, leftOut } = r.basis;
  // A count target no unit is given has none on the total either: nothing is compared, nothing to say.
  if (r.kind !== "ratio" && leftOut.length > 0 && r.target !== null)
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
}

/** A line for each unit the list ends within the period: when, and which units took it over. */
export const endedNotes = (summary: { readonly campaign: Campaign; readonly period: Period }): Text[] =>
  endedUnits(summary.campaign, summary.period).map(({ unit, text }) =>
    fill(WORDS.summary.endedUnit, { code: unit.code, name: unit.name, ended: text }),
  );

/**
 * Every note the total row needs: which units its stocks leave out, how its plans and targets are drawn, and
 * a previous summary set aside (every adapter shows these notes with the total).
 */
export const totalNotes = (summary: {
  readonly period: Period;
  readonly stocks: StockCoverage;
  readonly plans: PlanCoverage;
  readonly templates: readonly TemplateId[];
  readonly totalAttainment: readonly TargetResult[];
  readonly indicators?: readonly Indicator[];
  readonly previousSetAside?: { readonly periodLabel: Text };
}): Text[] => [
  ...stockNotes(summary.stocks),
  ...planNotes(summary.plans, summary.templates, summary.indicators),
  ...targetNotes(summary.totalAttainment, summary.indicators),
  ...(summary.previousSetAside
    ? [
        fill(WORDS.summary.previousSetAside, {
          previous: summary.previousSetAside.periodLabel,
          period: summary.period.label,
        }),
      ]
    : []),
];
