import { checkAgainstCampaign, checkFile, parsePeriod, rollup } from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

// A province's campaign: two units report to LĐLĐ tỉnh (TD_Parent LDLD_T).
const PARENT = { code: "LDLD_T", name: "LĐLĐ tỉnh" };
const listed = ["X01", "X02"].map((code) => ({ code, name: unit(code).name, kind: "commune" as const }));
const campaign = { ...testCampaign({}, listed), parent: PARENT };
const D1 = parsePeriod("2025-D1")!;
const report = (code: string, file = `${code}-2025-D1.xlsx`) =>
  submission({ unit: unit(code, code === PARENT.code ? PARENT.name : undefined), period: D1 }, file);
// The province's summary of Đợt 1 made last week, left in the folder of the reports received.
const files = [report("X01"), report("X02"), report(PARENT.code, "tong-hop-2025-D1.xlsx")];

describe("a file of the summarising unit itself among the reports", () => {
  it("is refused as the roll-up's own unit, not as a unit to add to the list", () => {
    const summary = rollup(files, { campaign, period: D1 });
    expect(summary.units.map((u) => u.unit.code)).toEqual(["X01", "X02"]);
    const [refused] = summary.rejected;
    expect([refused!.source.name, refused!.rule]).toEqual([
      "tong-hop-2025-D1.xlsx",
      "rollup.unit_not_expected",
    ]);
    expect(refused!.reason.vi).toContain("chính đơn vị tổng hợp LDLD_T");
    expect(refused!.reason.vi).not.toContain("bổ sung đơn vị");
    expect(refused!.reason.en).toContain("summarising unit itself, LDLD_T");
    expect(refused!.reason.en).not.toContain("add the unit");
  });

  it("is known by the parent the roll-up is given when the campaign names none", () => {
    const summary = rollup(files, {
      campaign: { ...campaign, parent: undefined },
      period: D1,
      parent: unit(PARENT.code, PARENT.name),
    });
    expect(summary.rejected[0]!.reason.vi).toContain("chính đơn vị tổng hợp LDLD_T");
    // A unit the list lacks is still told to check its code or have it added.
    const other = rollup([report("X01"), report("X09")], { campaign, period: D1 });
    expect(other.rejected[0]!.reason.vi).toContain("bổ sung đơn vị");
  });

  it("is still an error when checked against the campaign, saying how to check a summary", () => {
    const checked = checkAgainstCampaign(checkFile(report(PARENT.code)), campaign);
    const found = checked.findings.find((f) => f.rule === "campaign.unit_not_listed")!;
    expect([found.severity, checked.ready]).toEqual(["error", false]);
    expect(found.message_vi).toContain("chính đơn vị tổng hợp");
    expect(found.message_vi).not.toContain("bổ sung đơn vị");
    expect(found.message_en).toContain("without the campaign");
  });
});
