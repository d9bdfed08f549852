import {
  extract,
  layoutSummary,
  parsePeriod,
  rollup,
  validate,
  type CampaignUnit,
  type Submission,
  type Summary,
} from "../../../src/core";
import { olderBasis } from "../../support/older-basis";
import { gridFromPlan } from "../../support/plan-grid";
import { summarySent } from "../../support/summary-sent";
import {
  collectionRate,
  finance,
  fundingBudget,
  REORGANISED_UNITS,
  SHORT_LIVED,
} from "../../support/reorganised-units";
import { submission, testCampaign, unit } from "../../support/reports";

const YEAR = parsePeriod("2025")!;
const UNITS = [...REORGANISED_UNITS, SHORT_LIVED];
const nation = { code: "VN", name: "Tổng Liên đoàn", kind: "federation" as const };
const campaign = () => testCampaign({}, UNITS);
const warned = (summary: Summary, rule: string) =>
  summary.units.filter((u) => u.warnings.some((w) => w.rule === rule)).map((u) => u.unit.code);

describe("the budget a unit founded mid-year types: the one assigned from its founding to 31/12", () => {
  // P01, founded on 01/07/2025, was assigned 600,000,000 đồng for 01/07–31/12 and collected 360,000,000:
  // 60 %. Prorated again by 184/365 its budget read 302,465,753 and the collection 119 %, Đạt, unwarned.
  it.each([
    ["its round rolled up alone", "2025-D2", "2025-D2"],
    ["its round in the year", "2025-D2", "2025"],
    ["its single report of the year", "2025", "2025"],
  ])("counts it whole in %s: 60 %, Chưa đạt", (_, round, period) => {
    const summary = rollup([finance("P01", round, 600_000_000, 360_000_000)], {
      period: parsePeriod(period)!,
      campaign: campaign(),
    });
    expect(fundingBudget(summary, "P01")).toBe(600_000_000);
    expect(collectionRate(summary, "P01").result).toBeCloseTo(0.6, 6);
    expect(collectionRate(summary, "P01").met).toBe(false);
    expect(summary.plans.prorated).not.toContain("P01");
  });

  it("still counts a district dissolved on 30/06 for 181/365 of its year's budget, and a park union whole", () => {
    const summary = rollup(
      [
        finance("H01", "2025-D1", 730_000_000, 300_000_000),
        finance("P01", "2025-D2", 600_000_000, 360_000_000),
        finance("K01", "2025-D1", 100_000_000, 40_000_000),
        finance("K01", "2025-D2", 100_000_000, 70_000_000),
      ],
      { period: YEAR, campaign: campaign() },
    );
    expect(fundingBudget(summary, "H01")).toBe(Math.round((730_000_000 * 181) / 365));
    expect(fundingBudget(summary, "K01")).toBe(100_000_000);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(362_000_000 + 600_000_000 + 100_000_000);
    expect(summary.plans.prorated).toEqual(["H01"]);
  });

  it("counts a unit founded on 01/03 and gone on 30/09 for 214 of the 306 days its budget covers", () => {
    // Typed: 306,000,000 assigned for 01/03–31/12; counted 214,000,000 (was 306 × 214 ÷ 365 = 179,408,219).
    const summary = rollup([finance("M01", "2025", 306_000_000, 214_000_000)], {
      period: YEAR,
      campaign: campaign(),
    });
    expect(fundingBudget(summary, "M01")).toBe(214_000_000);
    expect(collectionRate(summary, "M01").met).toBe(true);
    expect(summary.plans.prorated).toEqual(["M01"]);
  });
});

describe("a report made before its metadata said what its budgets cover", () => {
  it("says nothing of days of a unit whose older Đợt 1 its Đợt 2 on today's basis replaces", () => {
    // Founded on 01/03: Đợt 1 from an older form (the year's budget), Đợt 2 from today's (01/03–31/12). The
    // year's budget is Đợt 2's, counted whole, but the note under the total listed N01 as counted by days.
    const founded: CampaignUnit = {
      code: "N01",
      name: "Công đoàn mới",
      kind: "commune",
      validFrom: "2025-03-01",
    };
    const summary = rollup(
      [
        finance("N01", "2025-D1", 365_000_000, 100_000_000, true),
        finance("N01", "2025-D2", 306_000_000, 250_000_000),
      ],
      { period: YEAR, campaign: testCampaign({}, [...UNITS, founded]) },
    );
    expect(fundingBudget(summary, "N01")).toBe(306_000_000);
    expect(summary.plans.prorated).toEqual([]);
  });
  it("keeps the year's budget rule and its warning: the form it was typed in asked for the year's", () => {
    const older = rollup([finance("P01", "2025-D2", 600_000_000, 655_000_000, true)], {
      period: YEAR,
      campaign: campaign(),
    });
    expect(fundingBudget(older, "P01")).toBe(Math.round((600_000_000 * 184) / 365));
    expect(warned(older, "rollup.budget_prorated_twice")).toEqual(["P01"]);
    // The same figures from today's template count whole and are no cause for the warning.
    const today = rollup([finance("P01", "2025-D2", 600_000_000, 655_000_000)], {
      period: YEAR,
      campaign: campaign(),
    });
    expect(fundingBudget(today, "P01")).toBe(600_000_000);
    expect(warned(today, "rollup.budget_prorated_twice")).toEqual([]);
  });

  it("takes each year's basis from that year's latest round", () => {
    // Đợt 1 typed in an older template, Đợt 2 in today's: the year's budget is Đợt 2's, its own basis.
    const summary = rollup(
      [
        finance("M01", "2025-D1", 500_000_000, 100_000_000, true),
        finance("M01", "2025-D2", 306_000_000, 100_000_000),
      ],
      { period: YEAR, campaign: campaign() },
    );
    expect(fundingBudget(summary, "M01")).toBe(214_000_000);
  });
});

describe("a province founded on 01/07 passing its units' budgets up in its summary", () => {
  const province = { code: "T02", name: "LĐLĐ tỉnh mới", kind: "federation" as const };
  const provinceSummary = (older: boolean): Submission => {
    const units: CampaignUnit[] = [
      { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
      { code: "P02", name: "Công đoàn phường 2", kind: "commune", validFrom: "2025-07-01" },
    ];
    const summary = rollup(
      [
        finance("P01", "2025-D2", 600_000_000, 360_000_000),
        finance("P02", "2025-D2", 400_000_000, 300_000_000),
      ],
      { period: YEAR, campaign: testCampaign({}, units), parent: province },
    );
    const plan = layoutSummary(summary);
    return {
      source: { name: "T02.xlsx", sha256: "sha-T02", modifiedAt: "2026-01-10T08:00:00Z" },
      extraction: extract(gridFromPlan(older ? olderBasis(plan) : plan)),
    };
  };
  const national = (older: boolean) =>
    rollup([provinceSummary(older)], {
      period: YEAR,
      campaign: testCampaign({}, [{ ...province, validFrom: "2025-07-01" }]),
      parent: nation,
    });

  it("is counted whole by the level above: its units' budgets already cover only its days", () => {
    // Before, the national roll-up prorated the province's 1,000,000,000 đồng by 184/365 again: 504,109,589,
    // its 660,000,000 collected 130.9 %, Đạt, for 66 %.
    const summary = national(false);
    expect(fundingBudget(summary, "T02")).toBe(1_000_000_000);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(1_000_000_000);
    expect(collectionRate(summary, "T02").met).toBe(false);
  });

  it("asks the province nothing of a budget its summary added up: its units were asked", () => {
    // P01 and P02 collected 50 % of the budgets for 01/07–31/12: T02 was asked at the national level
    // whether it typed the year's budget, a figure no one typed in its summary.
    const units: CampaignUnit[] = [
      { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
      { code: "P02", name: "Công đoàn phường 2", kind: "commune", validFrom: "2025-07-01" },
    ];
    const own = rollup(
      [
        finance("P01", "2025-D2", 600_000_000, 300_000_000),
        finance("P02", "2025-D2", 400_000_000, 200_000_000),
      ],
      { period: YEAR, campaign: testCampaign({}, units), parent: province },
    );
    expect(warned(own, "rollup.year_budget_typed")).toEqual(["P01", "P02"]);
    const sent = summarySent(own, {
      name: "T02.xlsx",
      sha256: "sha-T02",
      modifiedAt: "2026-01-10T08:00:00Z",
    });
    const summary = rollup([sent], {
      period: YEAR,
      campaign: testCampaign({}, [{ ...province, validFrom: "2025-07-01" }]),
      parent: nation,
    });
    expect(fundingBudget(summary, "T02")).toBe(1_000_000_000);
    expect(warned(summary, "rollup.year_budget_typed")).toEqual([]);
  });

  it("keeps today's rule for a summary made before, as every report without the key", () => {
    // Its units' budgets summed, 1,000,000,000, read as a year's: 184/365 of it, as before.
    expect(fundingBudget(national(true), "T02")).toBe(Math.round((1_000_000_000 * 184) / 365));
  });
});

describe("a province dissolved on 30/06 passing its units' budgets up in its summary", () => {
  const province = { code: "T03", name: "LĐLĐ tỉnh cũ", kind: "federation" as const };
  const summaryOf = (dated: boolean): Submission => {
    const gone = dated ? { validTo: "2025-06-30" } : {};
    const units: CampaignUnit[] = [
      { code: "H01", name: "LĐLĐ huyện 1", kind: "district_legacy", ...gone },
      { code: "H02", name: "LĐLĐ huyện 2", kind: "district_legacy", ...gone },
    ];
    const summary = rollup(
      [
        finance("H01", "2025-D1", 730_000_000, 300_000_000),
        finance("H02", "2025-D1", 365_000_000, 150_000_000),
      ],
      { period: YEAR, campaign: testCampaign({}, units), parent: province },
    );
    return summarySent(summary, { name: "T03.xlsx", sha256: "sha-T03", modifiedAt: "2026-01-10T08:00:00Z" });
  };
  const national = (dated: boolean) =>
    rollup([summaryOf(dated)], {
      period: YEAR,
      campaign: testCampaign({}, [{ ...province, validTo: "2025-06-30" }]),
      parent: nation,
    });

  it("is not prorated again where its list dated its units to 30/06: their budgets count 181 days already", () => {
    // The province counts 181/365 of 1,095,000,000: 543,000,000; the national roll-up prorated that by
    // 181/365 again, 269,268,493, and the 450,000,000 collected read 167 %, Đạt, for 82.9 %.
    const summary = national(true);
    expect(fundingBudget(summary, "T03")).toBe(543_000_000);
    expect(collectionRate(summary, "T03").met).toBe(false);
  });

  it("is prorated by the level above where its list did not date its units: it summed their years' budgets", () => {
    expect(fundingBudget(national(false), "T03")).toBe(Math.round((1_095_000_000 * 181) / 365));
  });
});

describe("a report whose metadata names a budget basis this build does not know", () => {
  it("is refused, its cell named: read either way its budget could be counted twice or cut", () => {
    const file = submission(
      {
        unit: unit("P01"),
        templates: ["B03"],
        period: parsePeriod("2025-D2")!,
        moreFills: { TD_META_budget_basis: "half_year" },
      },
      "P01.xlsx",
    );
    if (!("extraction" in file)) throw new Error("unreadable");
    const refusal = validate(file.extraction).filter((f) => f.rule === "identity.budget_basis");
    expect(refusal).toHaveLength(1);
    expect(refusal[0]!.severity).toBe("error");
    expect(refusal[0]!.message_vi).toContain("half_year");
  });
});

describe("the warnings of a dated unit's budget on today's basis", () => {
  const messages = (summary: Summary, code: string, rule: string) =>
    summary.units.find((u) => u.unit.code === code)!.warnings.filter((w) => w.rule === rule);

  it("names the days of the budget's own span where a budget for fewer days may be prorated twice", () => {
    // M01 typed 100,000,000 đồng, counted 214/306 (69,934,641), and collected 120,000,000: 171.6 %.
    const summary = rollup([finance("M01", "2025", 100_000_000, 120_000_000)], {
      period: YEAR,
      campaign: campaign(),
    });
    const [first] = messages(summary, "M01", "rollup.budget_prorated_twice");
    expect(first!.message_vi).toContain("214/306 ngày của 01/3/2025 – 31/12/2025");
    expect(first!.message_vi).toContain("dự toán được giao cho 01/3/2025 – 31/12/2025");
    expect(first!.message_en).toContain("214/306 days of 01/3/2025 – 31/12/2025");
  });

  it("asks whether a unit founded on 01/07 collecting half its budget over its year typed the year's", () => {
    // Typed the year's 730,000,000 for its 368,000,000 of 01/07–31/12, collected all of that: 50.4 %.
    const typedYear = rollup(
      [finance("P01", "2025-D2", 730_000_000, 368_000_000), finance("K01", "2025", 100_000_000, 40_000_000)],
      { period: YEAR, campaign: campaign() },
    );
    expect(warned(typedYear, "rollup.year_budget_typed")).toEqual(["P01"]);
    const [first] = messages(typedYear, "P01", "rollup.year_budget_typed");
    expect(first!.message_vi).toContain("dự toán được giao từ 01/7/2025 đến 31/12/2025");
    expect(first!.message_vi).toContain("không cần sửa");
    expect(first!.message_en).toContain("needs no change");
  });

  it("asks nothing of a unit founded on 01/07 whose period runs on into the next year", () => {
    // 360,000,000 of its 600,000,000 for 01/07–31/12/2025 (60 %), then 600,000,000 of 2026's 1,200,000,000
    // by 30/06/2026: the years added read 960,000,000 of 1,800,000,000, 53 %, and it was asked whether it
    // typed the year's budget in 2025.
    const across = {
      id: "NK",
      start: "2025-07-01",
      end: "2026-06-30",
      label: { vi: "Niên khóa", en: "Term" },
    };
    const rounds = [parsePeriod("2025-D2")!, parsePeriod("2026-D1")!];
    const summary = rollup(
      [
        finance("P01", "2025-D2", 600_000_000, 360_000_000),
        finance("P01", "2026-D1", 1_200_000_000, 600_000_000),
      ],
      { period: across, campaign: { ...campaign(), periods: [...rounds, across] } },
    );
    expect(summary.rejected).toEqual([]);
    expect(fundingBudget(summary, "P01")).toBe(1_800_000_000);
    expect(warned(summary, "rollup.year_budget_typed")).toEqual([]);
  });

  it("asks nothing of a collection near the budget, of a year not yet ended, of an older report, nor of a unit all year", () => {
    const quiet = (files: Submission[], period = YEAR) =>
      warned(rollup(files, { period, campaign: campaign() }), "rollup.year_budget_typed");
    expect(quiet([finance("P01", "2025-D2", 368_000_000, 300_000_000)])).toEqual([]);
    // The year's budget asked by an older form: half of it is what the unit's days collect.
    expect(quiet([finance("P01", "2025-D2", 730_000_000, 368_000_000, true)])).toEqual([]);
    // Its third quarter alone, 01/07–30/09: a year's collection is not done by then.
    const q3 = { id: "Q3", start: "2025-07-01", end: "2025-09-30", label: { vi: "Quý III", en: "Q3" } };
    const quarter = submission(
      {
        unit: unit("P01"),
        templates: ["B03"],
        period: q3,
        fills: {
          TD_B03_union_funding_budget: 368_000_000,
          TD_B03_union_funding_collected: 150_000_000,
          TD_B03_union_dues_budget: 36_800_000,
          TD_B03_union_dues_collected: 15_000_000,
        },
      },
      "P01-Q3.xlsx",
    );
    const early = rollup([quarter], { period: q3, campaign: { ...campaign(), periods: [q3] } });
    expect(early.rejected).toEqual([]);
    expect(warned(early, "rollup.year_budget_typed")).toEqual([]);
    // K01 all year at 40 %, and H01, dissolved, typed its year's budget: none was founded in the year.
    expect(
      quiet([
        finance("K01", "2025", 100_000_000, 40_000_000),
        finance("H01", "2025-D1", 730_000_000, 100_000_000),
      ]),
    ).toEqual([]);
  });
});
