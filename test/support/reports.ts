import {
  cellName,
  defaultTargets,
  extract,
  getTemplate,
  inputCells,
  layoutReport,
  parsePeriod,
  TEMPLATE_IDS,
  type Period,
  type ReportingUnit,
  type Submission,
  type Targets,
  type TemplateId,
} from "../../src/core";
import { gridFromPlan, type Fill } from "./plan-grid";

export const PERIOD_2025_D1: Period = parsePeriod("2025-D1")!;

export function unit(code: string, name = `Công đoàn ${code}`): ReportingUnit {
  return { code, name, kind: "commune", parentCode: "LDLD_T" };
}

/** Fills every input of the templates with a consistent figure drawn from `seed` (all rules hold). */
export function consistentFills(templates: readonly TemplateId[], seed: number): Record<string, Fill> {
  const fills: Record<string, Fill> = {};
  let s = seed;
  const next = (max: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % (max + 1);
  };
  for (const id of templates) {
    const def = getTemplate(id);
    for (const cell of inputCells(def)) fills[cell.name] = next(40);
    const set = (row: string, col: string, v: number) => (fills[cellName(id, row, col)] = v);
    const get = (row: string, col: string) => fills[cellName(id, row, col)] as number;
    for (const row of def.rows.filter((r) => !r.formula)) {
      if (id === "B01") {
        set(row.key, "enterprises_with_union", 50 + next(50));
        const signed = ["grade_a", "grade_b", "grade_c", "grade_d", "ungraded"].reduce((n, c) => n + get(row.key, c), 0);
        set(row.key, "cla_signed", signed);
        set(row.key, "enterprises_with_union", signed + next(30));
      }
      if (id === "B02") {
        set(row.key, "members_start", 200 + next(300));
        set(row.key, "workers", get(row.key, "members_start") + get(row.key, "members_admitted") + next(200));
        const end = get(row.key, "members_start") + get(row.key, "members_admitted") - get(row.key, "members_left");
        set(row.key, "members_female", next(end));
        set(row.key, "unions_start", 5 + next(20));
        set(row.key, "unions_dissolved", next(get(row.key, "unions_start")));
      }
      if (id === "B03") {
        set(row.key, "budget", 1_000_000 * (10 + next(90)));
        set(row.key, "collected", Math.round((get(row.key, "budget") * (60 + next(60))) / 100));
      }
    }
    if (id === "B04") {
      set("grassroots_unions", "value", 20 + next(40));
      set("party_procedure_unions", "value", next(get("grassroots_unions", "value")));
      set("members_admitted_party", "value", next(get("members_introduced_party", "value")));
      set("public_employees", "value", 100 + next(400));
      set("public_employees_with_initiative", "value", next(get("public_employees", "value")));
      set("commended_direct_workers", "value", next(get("commended_individuals", "value")));
    }
  }
  return fills;
}

export interface ReportSpec {
  unit: ReportingUnit;
  period?: Period;
  templates?: readonly TemplateId[];
  targets?: Targets;
  fills?: Record<string, Fill>;
  formulas?: Record<string, string | null>;
  stripCached?: boolean;
}

export function reportGrid(spec: ReportSpec) {
  const templates = spec.templates ?? TEMPLATE_IDS;
  const plan = layoutReport({
    unit: spec.unit,
    period: spec.period ?? PERIOD_2025_D1,
    templates,
    targets: spec.targets ?? defaultTargets(templates),
  });
  return gridFromPlan(plan, {
    fills: spec.fills ?? consistentFills(templates, spec.unit.code.length * 7919),
    ...(spec.formulas ? { formulas: spec.formulas } : {}),
    ...(spec.stripCached ? { stripCached: true } : {}),
  });
}

export function submission(spec: ReportSpec, file: string, modifiedAt = "2025-07-05T08:00:00Z"): Submission {
  return { source: { name: file, sha256: `sha-${file}`, modifiedAt }, extraction: extract(reportGrid(spec)) };
}
