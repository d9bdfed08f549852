import { checkAgainstCampaign, checkFile, parsePeriod, rollup } from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

// Staff changed X01's code to XA01 in the units list after the templates went out; X01 sent its report
// on the template it was given, under its old code.
const NAME = "Công đoàn xã Long Thành";
const listed = [
  { code: "XA01", name: NAME, kind: "commune" as const },
  { code: "X02", name: unit("X02").name, kind: "commune" as const },
];
const campaign = testCampaign({}, listed);
const D2 = parsePeriod("2025-D2")!;
const report = (code: string, name: string) =>
  submission({ unit: unit(code, name), period: D2 }, `${code}-2025-D2.xlsx`);

describe("a report under a code the list no longer has, from a unit the list names under another", () => {
  it("is still refused, and the refusal names the listed unit of the same name", () => {
    const summary = rollup([report("X01", "Công đoàn  xã Long thành"), report("X02", unit("X02").name)], {
      campaign,
      period: D2,
    });
    expect(summary.units.map((u) => u.unit.code)).toEqual(["X02"]);
    expect(summary.missing.map((u) => u.code)).toEqual(["XA01"]);
    const [refused] = summary.rejected;
    expect(refused!.rule).toBe("rollup.unit_not_expected");
    expect(refused!.reason.vi).toContain(`XA01 cùng tên "${NAME}"`);
    expect(refused!.reason.en).toContain(`XA01 of the same name, "${NAME}"`);
  });

  it("says the same when the report is checked against the campaign", () => {
    const checked = checkAgainstCampaign(checkFile(report("X01", NAME)), campaign);
    const found = checked.findings.find((f) => f.rule === "campaign.unit_not_listed")!;
    expect([found.severity, checked.ready]).toEqual(["error", false]);
    expect(found.message_vi).toContain(`XA01 cùng tên "${NAME}"`);
    expect(found.message_en).toContain(`XA01 of the same name`);
  });

  it("names no unit when none in the list has the file's name", () => {
    const summary = rollup([report("X09", "Công đoàn xã Khác")], { campaign, period: D2 });
    expect(summary.rejected[0]!.reason.vi).not.toContain("cùng tên");
  });
});
