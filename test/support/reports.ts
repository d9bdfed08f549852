import { META_SHEET } from "../../src/core/report/metadata";
import { sampleFormsOf } from "../../src/core";
import {
  defaultCampaign,
  defaultTargets,
  unitKey,
  type Assigned,
  type Campaign,
  type Indicator,
  type NominationAward,
  extract,
  formDef,
  inputCells,
  layoutReport,
  parsePeriod,
  TEMPLATE_IDS,
  type Period,
  type ReportingUnit,
  type Submission,
  type Targets,
  type TemplateDef,
  type TemplateId,
  type WorkbookGrid,
  type WorkbookPlan,
} from "../../src/core";
import { olderBasis } from "./older-basis";
import { gridFromPlan, type Fill } from "./plan-grid";

export const PERIOD_2025_D1: Period = parsePeriod("2025-D1")!;

export function unit(code: string, name = `Công đoàn ${code}`): ReportingUnit {
  return { code, name, kind: "commune", parentCode: "LDLD_T" };
}

/** Every input of the templates filled by name with plausible figures drawn from `seed` (all rules hold). */
/** The plan of a unit's report of `templates`, with the default targets, for the 2025-D1 round. */
export function reportPlan(templates: readonly TemplateId[] = TEMPLATE_IDS, code = "CD_P01"): WorkbookPlan {
  return layoutReport({
    unit: unit(code),
    period: PERIOD_2025_D1,
    templates,
    targets: defaultTargets(templates),
  });
}

export function consistentFills(
  templates: readonly TemplateId[],
  seed: number,
  earlier: readonly TemplateDef[] = [],
  indicators: readonly Indicator[] = [],
): Record<string, Fill> {
  const defs = templates.map((id) => earlier.find((d) => d.id === id) ?? formDef(id, indicators));
  const forms = sampleFormsOf(defs, seed);
  const fills: Record<string, Fill> = {};
  for (const def of defs)
    for (const cell of inputCells(def))
      fills[cell.name] = forms[def.id]![cell.row.key]![cell.col.key] ?? null;
  return fills;
}

/** Every input of the forms reported as 0: a report nothing is missing from, to fill only what a test needs. */
export function zeroFills(templates: readonly TemplateId[]): Record<string, Fill> {
  return Object.fromEntries(
    templates.flatMap((id) => inputCells(formDef(id)).map((cell) => [cell.name, 0] as const)),
  );
}

export interface ReportSpec {
  unit: ReportingUnit;
  period?: Period;
  templates?: readonly TemplateId[];
  targets?: Targets;
  /** Targets marked not applicable to the unit ("-"). */
  notApplicable?: ReadonlySet<string>;
  /** Earlier versions to write the templates in, as an older build did. */
  earlier?: readonly TemplateDef[];
  /** The campaign's own indicators, for a report holding Biểu 05. */
  indicators?: readonly Indicator[];
  fills?: Record<string, Fill>;
  /** The campaign's awards to people and works: the report holds its "Đề nghị khen thưởng" list. */
  nominationAwards?: readonly NominationAward[];
  /** Cells filled besides the forms' figures (the list's, by TD_DN_… name). */
  moreFills?: Record<string, Fill>;
  formulas?: Record<string, string | null>;
  stripCached?: boolean;
  /** Cached results kept as the blank template has them, as a program that fills without calculating. */
  staleCached?: boolean;
  /** Made by a build before `budget_basis`: its budgets read as the year's (see olderBasis). */
  olderBasis?: boolean;
}

export function reportGrid(spec: ReportSpec) {
  const templates = spec.templates ?? TEMPLATE_IDS;
  const period = spec.period ?? PERIOD_2025_D1;
  const made = layoutReport({
    unit: spec.unit,
    period,
    templates,
    // As the product makes a template: every target of its forms, the defaults where none is given.
    targets: { ...defaultTargets(templates, spec.indicators), ...spec.targets },
    ...(spec.notApplicable ? { notApplicable: spec.notApplicable } : {}),
    ...(spec.earlier ? { earlier: spec.earlier } : {}),
    ...(spec.indicators ? { indicators: spec.indicators } : {}),
    ...(spec.nominationAwards ? { nominationAwards: spec.nominationAwards } : {}),
  });
  const plan = spec.olderBasis ? olderBasis(made) : made;
  // An earlier version lacks some of today's inputs: fill only the cells the workbook has.
  const written = new Set(plan.names.map((n) => n.name));
  const consistent = () =>
    Object.entries(consistentFills(templates, spec.unit.code.length * 7919, spec.earlier, spec.indicators));
  return gridFromPlan(plan, {
    fills: {
      ...(spec.fills ?? Object.fromEntries(consistent().filter(([name]) => written.has(name)))),
      ...spec.moreFills,
    },
    ...(spec.formulas ? { formulas: spec.formulas } : {}),
    ...(spec.stripCached ? { stripCached: true } : {}),
    ...(spec.staleCached ? { staleCached: true } : {}),
  });
}

export function submission(spec: ReportSpec, file: string, modifiedAt = "2025-07-05T08:00:00Z"): Submission {
  return { source: { name: file, sha256: `sha-${file}`, modifiedAt }, extraction: extract(reportGrid(spec)) };
}

const B02_SECTORS = ["public_sector", "state", "private", "fdi", "other"];

/** A round of Biểu 02 with every sector row filled alike: plausible figures, overridden by `figures`. */
export function b02Round(
  code: string,
  period: string,
  figures: Record<string, number>,
  file = `${code}-${period}.xlsx`,
): Submission {
  const fills = { ...consistentFills(["B02"], 5) };
  const plausible = {
    members_transferred_in: 0,
    members_transferred_out: 0,
    unions_transferred_in: 0,
    unions_transferred_out: 0,
    workers: 2000,
    members_female: 100,
    unions_start: 5,
    unions_founded: 0,
    unions_dissolved: 0,
  };
  for (const row of B02_SECTORS)
    for (const [col, value] of Object.entries({ ...plausible, ...figures }))
      fills[`TD_B02_${row}_${col}`] = value;
  return submission({ unit: unit(code), templates: ["B02"], period: parsePeriod(period)!, fills }, file);
}

/** The default campaign of 2025 with targets assigned to some units (and optionally a units list). */
export function testCampaign(
  assigned: Record<string, Record<string, Assigned>>,
  units: Campaign["units"] = [],
): Campaign {
  return {
    ...defaultCampaign(2025, units),
    assigned: new Map(Object.entries(assigned).map(([code, targets]) => [unitKey(code), targets])),
  };
}

/** The report's grid with metadata values replaced, as a hand-edited file would hold them. */
export function withMeta(grid: WorkbookGrid, values: Record<string, string>): WorkbookGrid {
  const sheets = grid.sheets.map((sheet) => {
    if (sheet.name !== META_SHEET) return sheet;
    const cells = new Map(sheet.cells);
    for (const [address, cell] of sheet.cells) {
      const key = cell.value?.type === "string" ? cell.value.value : undefined;
      const value = key === undefined ? undefined : values[key];
      if (value !== undefined && address.startsWith("A"))
        cells.set(`B${address.slice(1)}`, { value: { type: "string", value } });
    }
    return { ...sheet, cells };
  });
  return { ...grid, sheets };
}
