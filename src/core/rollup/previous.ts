import { formDef, type Indicator } from "../catalog";
import type { Campaign } from "../campaign/types";
import { findPeriod } from "../campaign/unit-templates";
import { parsePeriod, type Period } from "../model/period";
import { placedTarget } from "../model/targets";
import { figureText } from "../text/figure-text";
import { finding, type Finding } from "../findings/finding";
import { cellLabel, cellName, formCells, valueAt } from "../form/form";
import type { Report } from "../report/report";
import { fill } from "../text/text";
import { placeOf } from "./cell-places";
import { where, type LocatedRound } from "./continuity";
import type { PreviousFigures, TargetResult } from "./types";
import { WORDS } from "../vocabulary";

/** Figures this small move by large factors without meaning anything (3 → 12 members transferred). */
const JUMP_FLOOR = 20;
export const DEFAULT_JUMP_FACTOR = 3;

/**
 * The previous summary if it is of a period that ends before `period` starts, its dates known from its id
 * (a default period) or the campaign's periods. The natural wrong pick when rolling up again after a
 * corrected file is this period's own summary; compared with it, or with a later one, every change and
 * jump would mean nothing. A period whose dates are not known is taken as given.
 */
export function earlierPrevious(
  previous: PreviousFigures | undefined,
  period: Period,
  campaign: Campaign,
): PreviousFigures | undefined {
  if (!previous) return undefined;
  const dates = parsePeriod(previous.periodId) ?? findPeriod(campaign, previous.periodId);
  return !dates || dates.end < period.start ? previous : undefined;
}

/**
 * Each target's result in the previous period, beside this period's: the figure `previous` holds under
 * the defined name of the target's cell (placed among `indicators`, the campaign's own).
 */
export function withPrevious(
  results: readonly TargetResult[],
  previous: ReadonlyMap<string, number | null> | undefined,
  indicators: readonly Indicator[] | undefined,
): TargetResult[] {
  if (!previous) return [...results];
  return results.map((r) => {
    const at = placedTarget(r.key, indicators)!;
    const name = cellName(r.template, at.row, at.col).toUpperCase();
    return { ...r, previous: previous.has(name) ? previous.get(name)! : null };
  });
}

/**
 * A warning for every count or sum that grew or shrank by more than `factor` since the previous period, at
 * the cell of the unit's figure: in the round it comes from (`rounds`, earliest first), the earliest for an
 * opening stock and the latest otherwise.
 */
export function jumpFindings(
  report: Report,
  rounds: readonly LocatedRound[],
  previous: PreviousFigures,
  figures: ReadonlyMap<string, number | null>,
  factor: number,
): Finding[] {
  const out: Finding[] = [];
  for (const id of report.templates) {
    const def = formDef(id, report.indicators, report.subRows);
    const form = report.forms[id];
    if (!form) continue;
    const holding = rounds.filter((round) => round.report.forms[id]);
    const [earliest, latest] = [holding[0], holding.at(-1)];
    for (const cell of formCells(def)) {
      if (cell.kind === "ratio") continue;
      const now = valueAt(form, cell.row.key, cell.col.key);
      const before = figures.get(cell.name.toUpperCase()) ?? null;
      if (now === null || before === null || Math.max(now, before) < JUMP_FLOOR) continue;
      if (now <= before * factor && before <= now * factor) continue;
      const round = cell.aggregation === "stock_start" ? earliest : latest;
      const place = round && placeOf(round.cells, id, cell.name, report.indicators, report.subRows);
      const located = round && where(round, id, cell.name);
      const text = fill(WORDS.rollup.jump, {
        label: cellLabel(def, cell),
        // No round located, no empty "()" after the label.
        at: located ? { vi: ` (${located.vi})`, en: ` (${located.en})` } : "",
        now: figureText(now),
        before: figureText(before),
        period: previous.periodLabel,
        factor,
      });
      out.push(
        finding("warning", "rollup.jump", text, {
          template: id,
          ...(place ? { sheet: place.sheet, cell: place.address } : {}),
        }),
      );
    }
  }
  return out;
}
