import { parsePeriod, planNotes, rollup, type CampaignUnit, type Summary } from "../../../src/core";
import { collectionRate, finance, fundingBudget } from "../../support/reorganised-units";
import { testCampaign } from "../../support/reports";
import { summarySent } from "../../support/summary-sent";

// The 2025 reform: K01, a grassroots union all year whose decision paper gives it 100,000,000 đồng for the
// year, was under T01 (dissolved on 30/06) and then under T02 (founded on 01/07); P01, a ward founded on
// 01/07, was assigned 600,000,000 đồng for 01/07–31/12.
const YEAR = parsePeriod("2025")!;
const K01 = { code: "K01", name: "Công đoàn cơ sở K01", kind: "grassroots_direct" as const };
const P01: CampaignUnit = {
  code: "P01",
  name: "Công đoàn phường 1",
  kind: "commune",
  validFrom: "2025-07-01",
};
const T01 = { code: "T01", name: "LĐLĐ tỉnh cũ", kind: "federation" as const };
const T02 = { code: "T02", name: "LĐLĐ tỉnh mới", kind: "federation" as const };
const nation = { code: "VN", name: "Tổng Liên đoàn", kind: "federation" as const };
const movedIn: CampaignUnit = { ...K01, validFrom: "2025-07-01", movedInFrom: "T01" };
const warned = (summary: Summary, rule: string) =>
  summary.units.filter((u) => u.warnings.some((w) => w.rule === rule)).map((u) => u.unit.code);

const t01 = () =>
  rollup([finance("K01", "2025-D1", 100_000_000, 50_000_000)], {
    period: YEAR,
    campaign: { ...testCampaign({}, [{ ...K01, validTo: "2025-06-30" }]), parent: T01 },
    parent: T01,
  });
const t02 = (k01: CampaignUnit = movedIn) =>
  rollup(
    [finance("K01", "2025-D2", 100_000_000, 50_000_000), finance("P01", "2025-D2", 600_000_000, 360_000_000)],
    { period: YEAR, campaign: { ...testCampaign({}, [k01, P01]), parent: T02 }, parent: T02 },
  );
const national = () =>
  rollup(
    [
      summarySent(t01(), { name: "T01.xlsx", sha256: "sha-T01", modifiedAt: "2026-01-10T08:00:00Z" }),
      summarySent(t02(), { name: "T02.xlsx", sha256: "sha-T02", modifiedAt: "2026-01-10T08:00:00Z" }),
    ],
    {
      period: YEAR,
      campaign: testCampaign({}, [
        { ...T01, validTo: "2025-06-30" },
        { ...T02, validFrom: "2025-07-01" },
      ]),
      parent: nation,
    },
  );

/**
 * The national roll-up of T01's Đợt 1 summary and T02's year summary, as the provinces send them after the
 * reform, neither campaign naming its summarising unit (TD_Parent left empty).
 */
const nationalUnnamed = () => {
  const t01Round = rollup([finance("K01", "2025-D1", 100_000_000, 50_000_000)], {
    period: parsePeriod("2025-D1")!,
    campaign: testCampaign({}, [{ ...K01, validTo: "2025-06-30" }]),
    parent: T01,
  });
  const t02Year = rollup(
    [finance("K01", "2025-D2", 100_000_000, 50_000_000), finance("P01", "2025-D2", 600_000_000, 360_000_000)],
    { period: YEAR, campaign: testCampaign({}, [movedIn, P01]), parent: T02 },
  );
  return rollup(
    [
      summarySent(t01Round, { name: "T01.xlsx", sha256: "sha-T01", modifiedAt: "2025-07-10T08:00:00Z" }),
      summarySent(t02Year, { name: "T02.xlsx", sha256: "sha-T02", modifiedAt: "2026-01-10T08:00:00Z" }),
    ],
    {
      period: YEAR,
      campaign: testCampaign({}, [
        { ...T01, validTo: "2025-06-30" },
        { ...T02, validFrom: "2025-07-01" },
      ]),
      parent: nation,
    },
  );
};

describe("a union that moved in on 01/07 from a province dissolved on 30/06", () => {
  it("carries 184/365 of the year's budget its paper gives at the new province, not all of it", () => {
    // Counted whole as if founded on 01/07: 100,000,000, its 50,000,000 collected 50 %.
    const summary = t02();
    expect(fundingBudget(summary, "K01")).toBe(Math.round((100_000_000 * 184) / 365));
    expect(fundingBudget(summary, "K01")).toBe(50_410_959);
    expect(collectionRate(summary, "K01").result).toBeCloseTo(50_000_000 / 50_410_959, 6);
    expect(summary.plans.prorated).toEqual(["K01"]);
    // A ward founded the same day still types, and counts whole, its budget for 01/07–31/12.
    expect(fundingBudget(summary, "P01")).toBe(600_000_000);
  });

  it("is named under the total as counted for its days here, not the days it existed", () => {
    // The note said the budget counts the days the unit existed in the year, from 01/01 for a unit not
    // founded in it: K01 existed all 365, and its 50,410,959 read as a wrong share of its 100,000,000.
    const summary = t02();
    const [vi, en] = planNotes(summary.plans, summary.templates).flatMap((t) => [t.vi, t.en]);
    expect(vi).toContain("K01");
    expect(vi).toContain("đơn vị chuyển đến: số ngày từ ngày chuyển đến");
    expect(en).toContain("for a unit that moved in, the days from its move");
  });

  it("is not asked whether it typed the year's budget: the year's is what it was asked for", () => {
    expect(warned(t02(), "rollup.year_budget_typed")).toEqual([]);
    // Left a founding (no Chuyển đến từ), the same figures are asked about, as before.
    expect(warned(t02({ ...movedIn, movedInFrom: undefined }), "rollup.year_budget_typed")).toEqual(["K01"]);
  });

  it("is told, where a budget for its days alone may be prorated twice, that its budget is the year's", () => {
    // 100,000,000 collected of 50,410,959 counted (198 %): the question names the year as what the
    // budget covers, where read as a founding it named 01/7/2025 – 31/12/2025.
    const summary = rollup([finance("K01", "2025-D2", 100_000_000, 100_000_000)], {
      period: YEAR,
      campaign: testCampaign({}, [movedIn]),
    });
    const [first] = summary.units[0]!.warnings.filter((w) => w.rule === "rollup.budget_prorated_twice");
    expect(first!.message_vi).toContain("184/365 ngày của năm 2025");
    expect(first!.message_vi).toContain("dự toán được giao cho 01/01/2025 – 31/12/2025");
    expect(first!.message_vi).toContain("được giao cho riêng 01/7/2025 – 31/12/2025");
  });

  it("adds up to its year's budget once at the national level, from the two provinces' summaries", () => {
    // T01 181/365 (49,589,041) and T02 the whole 100,000,000: 749,589,041 with P01's 600,000,000 for
    // 700,000,000, the 460,000,000 collected read 61.4 % for 65.7 %. Each province's campaign names
    // itself (TD_Parent): K01 in the two summaries is read as each province's code, neither refused.
    const summary = national();
    expect(summary.rejected).toEqual([]);
    expect(fundingBudget(summary, "T01")! + fundingBudget(summary, "T02")! - 600_000_000).toBe(100_000_000);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(700_000_000);
    expect(summary.total.forms.B03!.union_funding!.collected).toBe(460_000_000);
  });

  it("is counted once from T01's Đợt 1 and T02's year summaries whose campaigns name no summarising unit", () => {
    // The list dates T01 to 30/06 and T02 from 01/07: each counts K01 on its own days. Both were refused as
    // counting K01 twice, since the year covers Đợt 1's days, and the nation had no budget at all; the
    // refusal's advice to leave one file out would have lost a province.
    const summary = nationalUnnamed();
    expect(summary.rejected).toEqual([]);
    expect(summary.total.forms.B03!.union_funding!.budget).toBe(700_000_000);
    expect(summary.total.forms.B03!.union_funding!.collected).toBe(460_000_000);
  });
});
