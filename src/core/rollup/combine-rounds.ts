import { getTemplate, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../compute";
import { emptyValues, inputCells, type FormValues } from "../form";
import type { Period } from "../period";
import type { Report } from "../report";
import { targetsOf, type Targets } from "../targets";

const sumOrNull = (values: readonly (number | null)[]) =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

const lastNonNull = (values: readonly (number | null)[]) =>
  [...values].reverse().find((v) => v !== null) ?? null;
const firstNonNull = (values: readonly (number | null)[]) => values.find((v) => v !== null) ?? null;

/**
 * One unit's rounds as a year: flows add up, stocks take the year-end (last round) value and opening
 * stocks the value at the start of the year (first round). `rounds` are in time order.
 */
export function combineRounds(rounds: readonly Report[], year: Period): Report {
  const templates = inCatalogOrder(rounds.flatMap((r) => r.templates));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = getTemplate(id);
    const present = rounds.map((r) => r.forms[id]).filter((f): f is FormValues => f !== undefined);
    const inputs = emptyValues(def);
    for (const cell of inputCells(def)) {
      const series = present.map((f) => f[cell.row.key]?.[cell.col.key] ?? null);
      inputs[cell.row.key]![cell.col.key] =
        cell.aggregation === "flow"
          ? sumOrNull(series)
          : cell.aggregation === "stock_start"
            ? firstNonNull(series)
            : lastNonNull(series);
    }
    forms[id] = computeForm(def, inputs);
  }
  const targets: Targets = {};
  for (const target of targetsOf(templates)) {
    const series = rounds.map((r) => r.targets[target.key] ?? null);
    targets[target.key] = target.combine === "sum" ? sumOrNull(series) : lastNonNull(series);
  }
  return { unit: rounds[rounds.length - 1]!.unit, period: year, templates, targets, forms };
}

export { sumOrNull };
