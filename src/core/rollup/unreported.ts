import { formDef, type Indicator, type TemplateDef, type TemplateId, type SubRow } from "../catalog";
import { balanceCells } from "../form/closing-stock";
import { inputCells, valueAt, type FormCell } from "../form/form";
import type { Report } from "../report/report";
import type { Summary, UnitRow, UnreportedCell } from "./types";

/** Whether a report leaves a cell blank; a report without the form leaves every cell of it blank. */
function blankIn(report: Report, id: TemplateId, cell: FormCell): boolean {
  const form = report.forms[id];
  return form === undefined || valueAt(form, cell.row.key, cell.col.key) === null;
}

/**
 * Whether a unit did not report a cell. A flow is the sum of the rounds, so a round that left it blank
 * (or left the form out) makes the period's figure the other rounds' only: it is unreported too.
 */
function unreportedBy(combined: Report, rounds: readonly Report[], id: TemplateId, cell: FormCell): boolean {
  if (blankIn(combined, id, cell)) return true;
  return cell.aggregation === "flow" && rounds.some((r) => blankIn(r, id, cell));
}

/** The cells of a form that a form's figures are: its inputs and its closing stocks. */
const figureCells = (def: TemplateDef) => [...inputCells(def), ...balanceCells(def)];

/** Whether a unit can leave a cell unreported: an input, or a closing stock a roll-up's report lacks. */
const reportableBy = (cell: FormCell, counted: boolean) => !cell.formula || counted;

/**
 * Every input that some units left blank or did not send the form of (and every closing stock a
 * roll-up's report lacks, a figure it was given as a unit is an input), with those units: what the
 * totals could not include. `rounds[i]` are the reports units[i] was combined from.
 */
export function unreportedCells(
  units: readonly UnitRow[],
  rounds: readonly { readonly used: readonly { readonly report: Report }[] }[],
  templates: readonly TemplateId[],
  indicators?: readonly Indicator[],
  subRows?: readonly SubRow[],
): UnreportedCell[] {
  // Unit by unit, each unit's rounds listed once: a thousand units' forms each read while at hand.
  const roundsOf = units.map((_, i) => (rounds[i]?.used ?? []).map((r) => r.report));
  return templates.flatMap((id) => {
    const def = formDef(id, indicators, subRows);
    const cells = figureCells(def);
    const blank = cells.map((): string[] => []);
    units.forEach((u, i) => {
      const counted = u.report.rollupUnits !== undefined;
      cells.forEach((cell, k) => {
        if (reportableBy(cell, counted) && unreportedBy(u.report, roundsOf[i]!, id, cell))
          blank[k]!.push(u.unit.code);
      });
    });
    return cells.flatMap((cell, k) =>
      blank[k]!.length > 0 ? [{ template: id, row: cell.row.key, col: cell.col.key, units: blank[k]! }] : [],
    );
  });
}

/**
 * Form by form, the units that reported none of its figures (sent no form, or left it all blank), in the
 * order they are listed: listed on every one of its cells, which a summary says once for the form.
 */
export function formsLeftOut(
  summary: Pick<Summary, "units" | "unreported" | "indicators" | "subRows">,
): Map<TemplateId, ReadonlySet<string>> {
  const counted = new Map(summary.units.map((u) => [u.unit.code, u.report.rollupUnits !== undefined]));
  const listings = new Map<TemplateId, Map<string, number>>();
  for (const cell of summary.unreported) {
    const times = listings.get(cell.template) ?? new Map<string, number>();
    for (const code of cell.units) times.set(code, (times.get(code) ?? 0) + 1);
    listings.set(cell.template, times);
  }
  const out = new Map<TemplateId, ReadonlySet<string>>();
  for (const [id, times] of listings) {
    const cells = figureCells(formDef(id, summary.indicators, summary.subRows));
    const reportable = (isCounted: boolean) => cells.filter((c) => reportableBy(c, isCounted)).length;
    const most = { unit: reportable(false), rollup: reportable(true) };
    const whole = [...times]
      // A form of one figure names it rather than "every figure".
      .filter(([code, n]) => n > 1 && n === (counted.get(code) ? most.rollup : most.unit))
      .map(([code]) => code);
    if (whole.length > 0) out.set(id, new Set(whole));
  }
  return out;
}

/**
 * Whether the rounds the unit missed (left out, or their files refused) explain its form blank for the
 * period: every figure of it is a stock of an edge of its span no round it sent reaches (Biểu 01's, all
 * closing figures, of the year's last round). A flow adds the rounds sent and a plan is the latest sent:
 * blank, the unit left them blank there, whatever round it missed.
 */
export function blankFromRoundsMissed(unit: UnitRow, def: TemplateDef): boolean {
  const missed = unit.gaps.filter((gap) => !gap.templates);
  const atStart = missed.some((gap) => gap.start <= unit.span.start);
  const atEnd = missed.some((gap) => gap.end >= unit.span.end);
  const counted = unit.report.rollupUnits !== undefined;
  return figureCells(def)
    .filter((cell) => reportableBy(cell, counted))
    .every((cell) =>
      cell.aggregation === "stock_start" ? atStart : cell.aggregation === "stock_end" ? atEnd : false,
    );
}
