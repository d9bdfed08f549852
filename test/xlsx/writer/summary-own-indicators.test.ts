import {
  defaultCampaign,
  layoutSummary,
  parsePeriod,
  rollup,
  type Campaign,
  type Indicator,
  type Submission,
  type Summary,
} from "../../../src/core";
import { readSubmission, writeWorkbookPlan } from "../../../src/xlsx";
import { OWN, ownCampaign } from "../../support/own-indicators";
import { submission, unit } from "../../support/reports";

// A province's summary carries its own campaign's Biểu 05. The level above, whose campaign lists other
// own indicators (or none), refused the whole summary as rollup.other_indicators: every standard form's
// figures of the province lost for a form the level above does not add up.
const D1 = parsePeriod("2025-D1")!;

/** The national campaign's own indicators: one of the province's, one the province's list lacks. */
const NATIONAL: readonly Indicator[] = [
  OWN[0]!,
  {
    code: "safety",
    name: { vi: "Số vụ tai nạn lao động được hỗ trợ", en: "Work accidents helped" },
    kind: "flow",
    unit: "vụ",
    required: true,
  },
];

const federation = (code: string) => ({ ...unit(code), kind: "federation" as const });

/** The level above's campaign over provinces T01 and T02, with `indicators` of its own, assigning T01 a training target. */
const nationalCampaign = (indicators: readonly Indicator[]): Campaign => ({
  ...defaultCampaign(2025, [federation("T01"), federation("T02")]),
  ...(indicators.length > 0 ? { indicators } : {}),
  assigned: new Map([["T01", { B05_training: 50 }]]),
});

/** A unit's own report of Biểu 02 and Biểu 05 under `indicators`, its figures consistent. */
const unitReport = (code: string, indicators: readonly Indicator[]) =>
  submission({ unit: unit(code), templates: ["B02", "B05"], indicators }, `${code}-2025-D1.xlsx`);

/** Province `code`'s summary of `units` under its campaign's `indicators`, written and read back as sent up. */
async function provinceSummary(
  code: string,
  units: readonly string[],
  indicators: readonly Indicator[],
): Promise<Submission> {
  const reports = units.map((u) => unitReport(u, indicators));
  const summary = rollup(reports, {
    period: D1,
    campaign: ownCampaign(
      units.map((u) => unit(u)),
      { indicators, assigned: new Map(units.map((u) => [u, { B05_training: 10 }])) },
    ),
    parent: federation(code),
  });
  expect(summary.rejected).toEqual([]);
  return readSubmission(await writeWorkbookPlan(layoutSummary(summary)), {
    name: `tong-hop-${code}.xlsx`,
    sha256: `sha-${code}`,
  });
}

/** What a summary received holds, as the level above reads it. */
function report(sent: Submission) {
  if (!("extraction" in sent) || !sent.extraction.report) throw new Error("unread");
  return sent.extraction.report;
}

const members = (summary: Summary) => summary.total.forms.B02!.total!.members_end;
const setAside = (summary: Summary, code: string) =>
  summary.units
    .find((u) => u.unit.code === code)!
    .warnings.filter((w) => w.rule === "rollup.own_indicators_set_aside");

describe("a province's summary rolled up by a level whose campaign lists other own indicators", () => {
  it("is counted but for its Biểu 05, set aside with a warning naming the file and the province", async () => {
    const t01 = await provinceSummary("T01", ["X01", "X02"], OWN);
    const t02 = await provinceSummary("T02", ["Y01"], NATIONAL);
    const national = rollup([t01, t02], { period: D1, campaign: nationalCampaign(NATIONAL) });
    expect(national.rejected.map((r) => [r.source.name, r.rule])).toEqual([]);
    expect(national.units.map((u) => u.unit.code)).toEqual(["T01", "T02"]);
    // Every standard form of T01 counts; Biểu 05 is T02's alone.
    const b02 = (sent: Submission) => report(sent).forms.B02!.total!.members_end ?? NaN;
    expect(members(national)).toBe(b02(t01) + b02(t02));
    expect(national.total.forms.B05).toEqual(report(t02).forms.B05);
    const [warning] = setAside(national, "T01");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message_vi).toContain("Tệp tong-hop-T01.xlsx");
    expect(warning?.message_vi).toContain("T01");
    expect(warning?.message_en).toContain("File tong-hop-T01.xlsx");
    expect(warning?.message_en).toContain("training, clubs, fund_plan, fund_paid, fund_rate");
    expect(setAside(national, "T02")).toEqual([]);
    // Nor is its Biểu 05's target (20 training courses, its units' 10 each) held to the level above's 50.
    expect(report(t01).targets.B05_training).toBe(20);
    const t01Rules = national.units.find((u) => u.unit.code === "T01")!.warnings.map((w) => w.rule);
    expect(t01Rules).not.toContain("rollup.target_differs");
    // Scored on the level above's every rule as T02 is, its Biểu 05's unreported: none left out.
    const keys = (code: string) =>
      national.units.find((u) => u.unit.code === code)!.attainment.map((a) => a.key);
    expect(keys("T01")).toEqual(keys("T02"));
    const training = national.units[0]!.attainment.find((a) => a.key === "B05_training")!;
    expect([training.result, training.target, training.met]).toEqual([null, 50, null]);
  });

  it("is counted but for its Biểu 05 by a level with no own indicators", async () => {
    const t01 = await provinceSummary("T01", ["X01", "X02"], OWN);
    const national = rollup([t01], { period: D1, campaign: nationalCampaign([]) });
    expect(national.rejected).toEqual([]);
    expect(members(national)).toBe(report(t01).forms.B02!.total!.members_end);
    expect(national.total.forms.B05).toBeUndefined();
    expect(setAside(national, "T01")).toHaveLength(1);
  });

  it("is counted with its Biểu 05 where the lists are the same", async () => {
    const t01 = await provinceSummary("T01", ["X01", "X02"], OWN);
    const national = rollup([t01], { period: D1, campaign: nationalCampaign(OWN) });
    expect(national.rejected).toEqual([]);
    expect(national.total.forms.B05).toEqual(report(t01).forms.B05);
    expect(setAside(national, "T01")).toEqual([]);
  });

  it("still refuses a unit's own report with another list: it filled another campaign's template", () => {
    const national = rollup([unitReport("T01", OWN)], {
      period: D1,
      campaign: nationalCampaign(NATIONAL),
    });
    expect(national.rejected.map((r) => [r.source.name, r.rule])).toEqual([
      ["T01-2025-D1.xlsx", "rollup.other_indicators"],
    ]);
  });
});
