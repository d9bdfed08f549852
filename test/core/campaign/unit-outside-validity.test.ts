import { checkAgainstCampaign, checkFile, parsePeriod, rollup } from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

// The 2025 reorganisation: a district dissolved on 30 June, taken over by two wards founded on 1 July.
const listed = [
  {
    code: "H01",
    name: unit("H01").name,
    kind: "district_legacy" as const,
    validTo: "2025-06-30",
    successors: ["P01", "P02"],
  },
  { code: "P01", name: unit("P01").name, kind: "commune" as const, validFrom: "2025-07-01" },
  { code: "P02", name: unit("P02").name, kind: "commune" as const, validFrom: "2025-07-01" },
];
const campaign = testCampaign({}, listed);
const report = (code: string, period: string) =>
  submission(
    { unit: unit(code), period: parsePeriod(period)!, templates: ["B01", "B02"] },
    `${code}-${period}.xlsx`,
  );

/** What checking the report against the campaign says of its unit's listing. */
const refusal = (file: ReturnType<typeof report>) =>
  checkAgainstCampaign(checkFile(file), campaign).findings.find(
    (f) => f.rule === "campaign.unit_not_listed",
  )!;

describe("a listed unit's report of a period it does not exist in", () => {
  it("is refused naming the dates the list gives it and its successors, not as a unit missing from the list", () => {
    const after = refusal(report("H01", "2025-D2"));
    expect(after.message_vi).toContain("đến 30/6/2025");
    expect(after.message_vi).toContain("đơn vị tiếp nhận: P01, P02");
    expect(after.message_vi).not.toContain("bổ sung đơn vị");
    expect(after.message_en).toContain("until 30/6/2025");
    const before = refusal(report("P01", "2025-D1"));
    expect(before.message_vi).toContain("từ 01/7/2025");
    expect(before.message_en).toContain("from 01/7/2025");
  });

  it("is rejected by the roll-up with the same explanation", () => {
    const d2 = rollup([report("H01", "2025-D2"), report("P01", "2025-D2")], {
      campaign,
      period: parsePeriod("2025-D2")!,
    });
    const [refused] = d2.rejected;
    expect(refused!.rule).toBe("rollup.unit_not_expected");
    expect(refused!.reason.vi).toContain("đến 30/6/2025");
    expect(refused!.reason.vi).toContain("đơn vị tiếp nhận: P01, P02");
    expect(refused!.reason.en).toContain("until 30/6/2025");
    expect(refused!.reason.vi).not.toContain("bổ sung đơn vị");
  });
});
