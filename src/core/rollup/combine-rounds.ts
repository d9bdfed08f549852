import { getTemplate, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../compute";
import { emptyValues, inputCells, valueAt, type FormValues } from "../form";
import type { Period } from "../period";
import type { Report } from "../report";
import { targetsOf, type Targets } from "../targets";
import { sumAll, sumReported } from "./sums";

/**
 * One unit's two rounds as a year: flows add up, year-end stocks are Đợt 2's, opening stocks Đợt 1's.
 * A figure is never borrowed from the other round: a missing round leaves its stocks blank, and the
 * year is marked incomplete.
 */
export function combineRounds(
  rounds: readonly Report[],
  year: Period,
): { report: Report; complete: boolean } {
  const first = rounds.find((r) => r.period.round === 1);
  const second = rounds.find((r) => r.period.round === 2);
  const templates = inCatalogOrder(rounds.flatMap((r) => r.templates));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = getTemplate(id);
    const [opening, closing] = [first?.forms[id], second?.forms[id]];
    const inputs = emptyValues(def);
    for (const cell of inputCells(def)) {
      const at = (form: FormValues | undefined) => (form ? valueAt(form, cell.row.key, cell.col.key) : null);
      inputs[cell.row.key]![cell.col.key] =
        cell.aggregation === "flow"
          ? sumReported([at(opening), at(closing)])
          : at(cell.aggregation === "stock_start" ? opening : closing);
    }
    forms[id] = computeForm(def, inputs);
  }
  const targets: Targets = {};
  for (const target of targetsOf(templates)) {
    const [a, b] = [first?.targets[target.key] ?? null, second?.targets[target.key] ?? null];
    targets[target.key] = target.combine === "sum" ? sumAll([a, b]) : (b ?? a);
  }
  const complete = !!first && !!second && templates.every((id) => first.forms[id] && second.forms[id]);
  const latest = second ?? first!;
  return { report: { unit: latest.unit, period: year, templates, targets, forms }, complete };
}
