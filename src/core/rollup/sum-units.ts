import { getTemplate, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../compute";
import { emptyValues, formCells, type FormValues } from "../form";
import type { Period } from "../period";
import type { Report } from "../report";
import { targetsOf, type Targets } from "../targets";
import type { ReportingUnit } from "../units";
import { attainment } from "./attainment";
import { sumAll, sumReported } from "./sums";
import type { TargetResult } from "./types";

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

interface UnitFigures {
  readonly report: Report;
  readonly attainment: readonly TargetResult[];
}

/**
 * The parent-level report: every count and sum added over the units as each reported it (blank where no
 * unit reported the figure; a closing stock is the sum of the units' closing stocks, not recomputed), and
 * every ratio recomputed from those sums, so a ratio is Σ numerators ÷ Σ denominators. An assigned
 * target adds up over the units it applies to; a threshold is the province's, else the units' common one.
 */
export function sumReports(
  units: readonly UnitFigures[],
  parent: ReportingUnit,
  period: Period,
): Report & { readonly attainment: TargetResult[] } {
  const reports = units.map((u) => u.report);
  const templates = inCatalogOrder(reports.flatMap((r) => r.templates));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = getTemplate(id);
    const present = reports.map((r) => r.forms[id]).filter((f): f is FormValues => f !== undefined);
    const sums = emptyValues(def);
    for (const cell of formCells(def)) {
      if (cell.kind === "ratio") continue;
      sums[cell.row.key]![cell.col.key] = sumReported(
        present.map((f) => f[cell.row.key]?.[cell.col.key] ?? null),
      );
    }
    forms[id] = computeForm(def, sums, sums);
  }
  const targets: Targets = {};
  for (const target of targetsOf(templates)) {
    const values = units
      .map((u) => u.attainment.find((a) => a.key === target.key))
      .filter((a): a is TargetResult => a !== undefined && a.applicable)
      .map((a) => a.target);
    targets[target.key] =
      target.combine === "sum"
        ? sumAll(values)
        : commonThreshold(values.filter((v): v is number => v !== null));
  }
  const report: Report = { unit: parent, period, templates, targets, forms };
  return { ...report, attainment: attainment(report) };
}
