import { formDef, mergedSubRows, inCatalogOrder, type TemplateId } from "../catalog";
import { computeForm } from "../form/compute";
import { emptyValues, formCells, getCell, valueAt, type FormCell, type FormValues } from "../form/form";
import type { Period } from "../model/period";
import type { Report } from "../report/report";
import { targetsOf, type Targets } from "../model/targets";
import type { ReportingUnit } from "../model/units";
import { attainment } from "./attainment";
import { sumAll, sumReported } from "./sums";
import type { DateSpan, StockCoverage, TargetResult, TotalBasis } from "./types";

/**
 * The total row's threshold: the units' own when they all hold one; when they differ, the province's
 * general one (the `*` row of its targets table), else the one most units were given, and `basis` says so.
 */
function totalThreshold(
  assigned: readonly number[],
  province: number | null,
): { value: number | null; basis?: NonNullable<TotalBasis["rateTarget"]> } {
  const distinct = [...new Set(assigned)].sort((a, b) => a - b);
  if (distinct.length <= 1) return { value: distinct[0] ?? null };
  const value = province ?? commonThreshold(assigned);
  return { value, basis: { from: province === null ? "mostCommon" : "province", assigned: distinct } };
}

const numberOrNull = (value: number | "na" | null | undefined) => (typeof value === "number" ? value : null);

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
  /** The part of the period the unit's figures cover; absent, the whole period. */
  readonly span?: DateSpan;
}

/** A linked row of Biểu 05: another form's figure, which the total reads from its own form. */
const linked = (cell: FormCell) =>
  cell.formula !== undefined && "ref" in cell.formula && cell.formula.ref.template !== undefined;

/**
 * Whether a unit's form holds figures but not a plan (a summary of rounds whose units changed leaves its
 * plans blank, Biểu 03's budget and Biểu 05's own alike, an own plan marked optional too, as a summary's
 * blank is read as unknown; a unit's own file leaves none blank, a required plan refused and an optional
 * one read as 0): the total's plan would then be the other units' against every unit's figures. The
 * whole form is asked, not the plan's row: a plan of Biểu 05 is a row of one figure.
 */
const planUnknown = (form: FormValues, cell: FormCell) =>
  !linked(cell) &&
  form[cell.row.key]?.[cell.col.key] == null &&
  Object.values(form).some((cols) => Object.values(cols).some((v) => v != null));

/** Whether a unit's figures reach the period's first day (its opening stock is of that day); no span, the whole period. */
const onFirstDay = (unit: UnitFigures, period: Period) => !unit.span || unit.span.start <= period.start;
/** Whether a unit's figures reach the period's last day (its closing stock is of that day). */
const onLastDay = (unit: UnitFigures, period: Period) => !unit.span || unit.span.end >= period.end;

/**
 * Which units' stocks are figures at the period's start and at its end. A unit founded inside the period
 * opens at its founding and one dissolved inside it closes at its dissolution: those stocks are of other
 * dates, so they are not the parent's stock on the first or the last day.
 */
export function stockCoverage(units: readonly UnitFigures[], period: Period): StockCoverage {
  const codes = (missing: (unit: UnitFigures) => boolean) =>
    units.filter(missing).map((u) => u.report.unit.code);
  return {
    start: period.start,
    end: period.end,
    notAtStart: codes((u) => !onFirstDay(u, period)),
    notAtEnd: codes((u) => !onLastDay(u, period)),
  };
}

/**
 * The parent-level report: every count and sum added over the units as each reported it (blank where no
 * unit reported the figure), and every ratio recomputed from those sums, so a ratio is Σ numerators ÷
 * Σ denominators. A stock is a figure at a date: an opening stock adds the units present on the period's
 * first day, a closing stock (as reported, not recomputed) those present on its last (see stockCoverage);
 * flows add over all units. An assigned target adds up over the units it applies to, and is assessed
 * against the total's result, every unit's; a threshold is the province's general one (`provinceTargets`,
 * the `*` row), else the units' common one.
 */
export function sumReports(
  units: readonly UnitFigures[],
  parent: ReportingUnit,
  period: Period,
  provinceTargets: Readonly<Record<string, number | "na" | null>> = {},
): Report & { readonly attainment: TargetResult[]; readonly stocks: StockCoverage } {
  const reports = units.map((u) => u.report);
  const templates = inCatalogOrder(reports.flatMap((r) => r.templates));
  const stocks = stockCoverage(units, period);
  const atDate = (on: (unit: UnitFigures) => boolean) => units.map(on);
  const [everyUnit, openingDay, closingDay] = [
    atDate(() => true),
    atDate((u) => onFirstDay(u, period)),
    atDate((u) => onLastDay(u, period)),
  ];
  // The roll-up takes only reports of the campaign's indicators and sub-rows: any unit's are every unit's.
  const indicators = reports.find((r) => r.indicators)?.indicators;
  const subRows = mergedSubRows(reports.map((r) => r.subRows));
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = formDef(id, indicators, subRows);
    const present = (counted: readonly boolean[]) =>
      reports.filter((_, i) => counted[i]).flatMap((r) => (r.forms[id] ? [r.forms[id]] : []));
    const [all, atStart, atEnd] = [present(everyUnit), present(openingDay), present(closingDay)];
    const sums = emptyValues(def);
    for (const cell of formCells(def)) {
      if (cell.kind === "ratio") continue;
      const counted =
        cell.aggregation === "stock_start" ? atStart : cell.aggregation === "stock_end" ? atEnd : all;
      // A plan is known for the whole only when known for every unit whose row reports: Bình Phước's
      // budget unknown, the national total added Hà Nội's and Đắk Nông's against all three provinces'
      // collections, 131.6 %, Đạt, where each province was below 100 % (a helper round).
      const unknown = cell.aggregation === "plan" && counted.some((f) => planUnknown(f, cell));
      sums[cell.row.key]![cell.col.key] = unknown
        ? null
        : sumReported(counted.map((f) => f[cell.row.key]?.[cell.col.key] ?? null));
    }
    // A linked row is the total's own figure of its source, as the form the parent signs computes it: the
    // units' linked rows added took a national budget of the provinces that knew theirs, where Biểu 03's
    // was blank (a helper round).
    forms[id] = computeForm(
      def,
      sums,
      sums,
      (cell) => cell.kind !== "ratio" && !linked(cell),
      (at) => valueAt(forms[at.template!] ?? {}, at.row, at.col),
    );
  }
  const targets: Targets = {};
  const bases = new Map<string, TotalBasis>();
  for (const target of targetsOf(templates, indicators)) {
    // A figure at a date (a closing stock, a yes/no answer) adds only the units present on that date.
    const { aggregation } = getCell(formDef(target.template, indicators), target.row, target.col);
    const dated =
      aggregation === "stock_start" ? openingDay : aggregation === "stock_end" ? closingDay : everyUnit;
    const held = units.flatMap((u, i) => {
      const result = u.attainment.find((a) => a.key === target.key);
      return result ? [{ code: u.report.unit.code, result, counted: dated[i]! }] : [];
    });
    const applying = held.filter((h) => h.result.applicable).map((h) => h.result);
    const leftOut = held.filter((h) => !h.result.applicable).map((h) => h.code);
    if (target.combine === "sum") {
      // The total's target adds the units it is assigned to, and is assessed against the total's result,
      // every unit's, as the form the province signs assesses it (its own formula on its own figures) and
      // as an officer reads the row (red team, round 32: against the assigned units' result alone, the
      // summary said "Chưa đạt" where the form sent upward, 29 houses against 38, said "Đạt"). A unit the
      // result leaves out (dissolved before a closing figure's date) is left out of the target too (seed
      // 004: every unit held its launch, and the year read 5 of 6 with the dissolved district's target).
      targets[target.key] = sumAll(
        held.filter((h) => h.result.applicable && h.counted).map((h) => h.result.target),
      );
      if (leftOut.length > 0) bases.set(target.key, { leftOut });
      continue;
    }
    const { value, basis } = totalThreshold(
      applying.flatMap((a) => (a.target === null ? [] : [a.target])),
      numberOrNull(provinceTargets[target.key]),
    );
    targets[target.key] = value;
    if (basis) bases.set(target.key, { leftOut, rateTarget: basis });
  }
  const report: Report = {
    unit: parent,
    period,
    templates,
    targets,
    forms,
    ...(indicators ? { indicators } : {}),
    ...(subRows ? { subRows } : {}),
  };
  const results = attainment(report).map((r): TargetResult => {
    const basis = bases.get(r.key);
    return basis ? { ...r, basis } : r;
  });
  return { ...report, attainment: results, stocks };
}
