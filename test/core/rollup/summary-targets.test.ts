import { defaultCampaign, parsePeriod, rollup, type Submission, type TemplateId } from "../../../src/core";
import { summarySent } from "../../support/summary-sent";
import { submission, testCampaign, unit } from "../../support/reports";

const D1 = parsePeriod("2025-D1")!;
const HOUSES = "B04_mai_am_total";
const perUnit = defaultCampaign(2025).defaults[HOUSES] as number;
const CODES = ["U1", "U2", "U3", "U4"];

/** A province's summary of four units' reports, as the level above receives it. */
function provinceSummary(
  campaign?: ReturnType<typeof testCampaign>,
  templates: readonly TemplateId[] = ["B04"],
): Submission {
  const reports = CODES.map((code) => submission({ unit: unit(code), templates }, `${code}.xlsx`));
  const summary = rollup(reports, {
    period: D1,
    parent: { code: "LDLD_T", name: "LĐLĐ tỉnh", kind: "federation" },
    ...(campaign ? { campaign } : {}),
  });
  return summarySent(summary, { name: "tong-hop-T.xlsx", sha256: "sha-T" });
}

const houses = (summary: ReturnType<typeof rollup>) =>
  summary.units[0]!.attainment.find((a) => a.key === HOUSES)!;

// Without a campaign the level above scored a province against one unit's built-in count (1 "Mái ấm" house)
// while the province's own summary, made with the same built-in targets, held 4 for its four units.
describe("a summary rolled up again without a campaign", () => {
  it("is held to the built-in count of each unit it sums, as its own total was", () => {
    const province = provinceSummary();
    if (!("extraction" in province)) throw new Error("unreadable");
    expect(province.extraction.report!.targets[HOUSES]).toBe(CODES.length * perUnit);
    const national = rollup([province], { period: D1 });
    expect(houses(national).target).toBe(CODES.length * perUnit);
    expect(national.units[0]!.warnings.map((w) => w.rule)).not.toContain("rollup.target_differs");
  });

  it("says where the province assigned its units otherwise, and keeps the built-in sum", () => {
    const assigned = Object.fromEntries(CODES.map((code) => [code, { [HOUSES]: 4 }]));
    const national = rollup([provinceSummary(testCampaign(assigned))], { period: D1 });
    expect(houses(national).target).toBe(CODES.length * perUnit);
    const differs = national.units[0]!.warnings.filter((w) => w.rule === "rollup.target_differs");
    expect(differs).toHaveLength(1);
    expect(differs[0]!.message_vi).toContain("16");
  });

  // A province's campaign assigns its units targets with no built-in default (new members): its summary
  // carries their sum, and the level above with no campaign has assigned none. Told so for every province,
  // the national staff would learn nothing; a unit's own report is still told (target-not-assigned.test).
  it("says nothing of a target of the province's own campaign that has no built-in default", () => {
    const assigned = Object.fromEntries(CODES.map((code) => [code, { B02_members_admitted: 30 }]));
    const province = provinceSummary(testCampaign(assigned), ["B02"]);
    if (!("extraction" in province)) throw new Error("unreadable");
    expect(province.extraction.report!.targets.B02_members_admitted).toBe(120);
    const national = rollup([province], { period: D1 });
    expect(national.units[0]!.warnings.map((w) => w.rule)).not.toContain("rollup.target_not_assigned");
  });

  it("leaves a unit's own report and a threshold as they were", () => {
    const own = rollup([submission({ unit: unit("U1"), templates: ["B04"] }, "U1.xlsx")], { period: D1 });
    expect(houses(own).target).toBe(perUnit);
    const national = rollup([provinceSummary()], { period: D1 });
    const rate = national.units[0]!.attainment.find((a) => a.key === "B04_party_procedure_rate")!;
    expect(rate.target).toBe(defaultCampaign(2025).defaults.B04_party_procedure_rate);
  });
});
