import {
  defaultCampaign,
  layoutCampaign,
  parsePeriod,
  readCampaign,
  rollup,
  unitTemplates,
  type Campaign,
  type CampaignUnit,
  type Period,
  type Summary,
} from "../../../src/core";
import { planTables, readPlannedCampaign as read } from "../../support/plan-tables";
import { submission, unit, zeroFills } from "../../support/reports";

/** Seed 000's 90-day sprint inside the year. */
const SPRINT: Period = {
  id: "NUOCRUT90",
  start: "2025-01-01",
  end: "2025-03-31",
  label: { vi: "Đợt nước rút 90 ngày", en: "Đợt nước rút 90 ngày" },
};
const YEAR = parsePeriod("2025")!;
const KEY = "B04_mai_am_total";

const UNITS: CampaignUnit[] = [
  { code: "A01", name: "Công đoàn A01", kind: "commune" },
  { code: "B01", name: "Công đoàn B01", kind: "commune" },
];

/**
 * The annual targets: every unit 10 houses, B01 12. The sprint's: every unit 2 (its `*` row), A01 3
 * (its own row for the sprint); what the sprint's rows leave blank stays annual.
 */
const CAMPAIGN: Campaign = {
  ...defaultCampaign(2025, UNITS),
  periods: [SPRINT, YEAR],
  defaults: { ...defaultCampaign(2025, UNITS).defaults, [KEY]: 10 },
  assigned: new Map([["B01", { [KEY]: 12 }]]),
  periodTargets: new Map([
    ["NUOCRUT90", { defaults: { [KEY]: 2 }, assigned: new Map([["A01", { [KEY]: 3 }]]) }],
  ]),
};

/** A report of `houses` houses built. */
const houses = (code: string, period: Period, built: number) =>
  submission(
    {
      unit: unit(code),
      templates: ["B04"],
      period,
      fills: { ...zeroFills(["B04"]), TD_B04_mai_am_built_value: built },
    },
    `${code}-${period.id}.xlsx`,
  );

const target = (summary: Summary, code: string) =>
  summary.units.find((u) => u.unit.code === code)!.attainment.find((a) => a.key === KEY)!;

describe("targets set for one period", () => {
  it("judges a sprint against its own targets, and the year against the annual ones", () => {
    // In the sprint A01 built 3 houses, B01 2. Before, both were judged against the year's 10 and 12:
    // Chưa đạt. Against the sprint's (A01 its own 3, B01 the sprint's common 2, over its annual 12): Đạt.
    const sprint = rollup([houses("A01", SPRINT, 3), houses("B01", SPRINT, 2)], {
      period: SPRINT,
      campaign: CAMPAIGN,
    });
    expect([target(sprint, "A01").target, target(sprint, "A01").met]).toEqual([3, true]);
    expect([target(sprint, "B01").target, target(sprint, "B01").met]).toEqual([2, true]);
    const year = rollup([houses("A01", YEAR, 3), houses("B01", YEAR, 2)], {
      period: YEAR,
      campaign: CAMPAIGN,
    });
    expect([target(year, "A01").target, target(year, "B01").target]).toEqual([10, 12]);
  });

  it("carries the sprint's targets in the sprint's templates", () => {
    const [a01, b01] = unitTemplates(CAMPAIGN, SPRINT, ["B04"]);
    expect([a01!.targets[KEY], b01!.targets[KEY]]).toEqual([3, 2]);
    expect(unitTemplates(CAMPAIGN, YEAR, ["B04"])[1]!.targets[KEY]).toBe(12);
  });
});

describe("the period column of the targets table (Mã kỳ)", () => {
  it("writes each period's rows with its code and reads them back", () => {
    const { campaign, findings } = read(CAMPAIGN);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.periodTargets).toEqual(CAMPAIGN.periodTargets);
    expect(campaign!.defaults[KEY]).toBe(10);
    expect(campaign!.assigned.get("B01")).toEqual({ [KEY]: 12 });
  });

  it("names the cell of a period that is not in the periods table", () => {
    const { campaign, findings } = read(CAMPAIGN, {
      "Chỉ tiêu giao!B7": { type: "string", value: "NUOCRUT" },
    });
    expect(campaign).toBeNull();
    const found = findings.find((f) => f.rule === "campaign.unknown_period")!;
    expect(found).toMatchObject({ severity: "error", sheet: "Chỉ tiêu giao", cell: "B7" });
    expect(found.message_vi).toContain("NUOCRUT");
  });

  it("refuses a second row for the same unit and period, and takes one per period", () => {
    const twice = read(CAMPAIGN, {}, { TD_Targets: [["A01", "NUOCRUT90"]] });
    expect(twice.findings.find((f) => f.rule === "campaign.repeated")).toMatchObject({ cell: "A10" });
    const other = read(CAMPAIGN, {}, { TD_Targets: [["A01", "2025"]] });
    expect(other.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads a table without the column as before: every row for every period", () => {
    const tables = planTables(layoutCampaign({ ...CAMPAIGN, periodTargets: undefined }));
    const table = tables.get("TD_TARGETS")!;
    const drop = <T>(list: readonly T[]) => list.filter((_, i) => i !== 1);
    tables.set("TD_TARGETS", {
      ...table,
      header: drop(table.header),
      rows: table.rows.map((r) => ({ cells: drop(r.cells) })),
    });
    const { campaign, findings } = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.periodTargets).toBeUndefined();
    expect([campaign!.defaults[KEY], campaign!.assigned.get("B01")]).toEqual([10, { [KEY]: 12 }]);
  });
});

describe("a year rolled up from rounds whose targets differ", () => {
  const [ROUND_1, ROUND_2] = [parsePeriod("2025-D1")!, parsePeriod("2025-D2")!];
  // Đợt 2's targets revised: every unit 2 houses in the round, where the year gives A01 10.
  const REVISED: Campaign = {
    ...defaultCampaign(2025, UNITS.slice(0, 1)),
    defaults: { ...defaultCampaign(2025, UNITS).defaults, [KEY]: 10 },
    periodTargets: new Map([["2025-D2", { defaults: { [KEY]: 2 }, assigned: new Map() }]]),
  };
  /** A01's report of `period` on the template the campaign gives it, or carrying `targets` instead. */
  const round = (period: Period, targets?: Record<string, number>) => {
    const template = unitTemplates(REVISED, period, ["B04"])[0]!;
    return submission(
      {
        unit: unit("A01"),
        templates: ["B04"],
        period,
        targets: targets ?? template.targets,
        fills: { ...zeroFills(["B04"]), TD_B04_mai_am_built_value: 3 },
      },
      `A01-${period.id}.xlsx`,
      period === ROUND_1 ? "2025-07-05T08:00:00Z" : "2026-01-05T08:00:00Z",
    );
  };
  const differs = (summary: Summary) =>
    summary.units[0]!.warnings.filter((w) => w.rule === "rollup.target_differs").map((w) => w.message_en);

  it("compares each round's file with that round's targets, as validating it against the campaign does", () => {
    const year = rollup([round(ROUND_1), round(ROUND_2)], { period: YEAR, campaign: REVISED });
    // The year is judged against the year's target (10; 3 + 3 houses built: not met) …
    expect([target(year, "A01").target, target(year, "A01").result]).toEqual([10, 6]);
    // … and neither round's file is said to carry a target the province did not assign.
    expect(differs(year)).toEqual([]);
  });

  it("still says so of a round's file carrying another target than the round's", () => {
    const year = rollup([round(ROUND_1), round(ROUND_2, { [KEY]: 10 })], { period: YEAR, campaign: REVISED });
    expect(differs(year)).toHaveLength(1);
    expect(differs(year)[0]).toContain("A01-2025-D2.xlsx");
  });
});
