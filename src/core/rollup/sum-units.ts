import { getTemplate, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../compute";
import { emptyValues, inputCells, type FormValues } from "../form";
import type { Period } from "../period";
import type { Report } from "../report";
import { targetsOf, type Targets } from "../targets";
import type { ReportingUnit } from "../units";
import { sumAll, sumReported } from "./sums";

/** The most common threshold among the units; ties go to the strictest. */
function commonThreshold(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && best !== null && value > best)) best = value;
  }
  return best;
}

/**
 * The parent-level report: inputs summed over the units (blank where no unit reported the figure), every
 * computed cell recomputed from the sums, so a ratio is Σ numerators ÷ Σ denominators.
 */
export function sumReports(reports: readonly Report[], parent: ReportingUnit, period: Period): Report {
  const templates = inCatalogOrder(reports.flatMap((r) => r.templates));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = getTemplate(id);
    const present = reports.map((r) => r.forms[id]).filter((f): f is FormValues => f !== undefined);
    const inputs = emptyValues(def);
    for (const cell of inputCells(def)) {
      inputs[cell.row.key]![cell.col.key] = sumReported(
        present.map((f) => f[cell.row.key]?.[cell.col.key] ?? null),
      );
    }
    forms[id] = computeForm(def, inputs);
  }
  const targets: Targets = {};
  for (const target of targetsOf(templates)) {
    const values = reports
      .filter((r) => r.templates.includes(target.template))
      .map((r) => r.targets[target.key] ?? null);
    targets[target.key] =
      target.combine === "sum"
        ? sumAll(values)
        : commonThreshold(values.filter((v): v is number => v !== null));
  }
  return { unit: parent, period, templates, targets, forms };
}
