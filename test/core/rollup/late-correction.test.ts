import { parsePeriod, rollup, type Submission } from "../../../src/core";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";

// K01 sent its Đợt 1 report on 10/7/2025, before the due date (15/7), then a correction on 20/7.
const D1 = parsePeriod("2025-D1")!;
const campaign = testCampaign({}, [{ code: "K01", name: unit("K01").name }]);
const sent = (file: string, day: string, admitted: number): Submission => {
  const fills = { ...consistentFills(["B02"], 7), TD_B02_state_members_admitted: admitted };
  const sub = submission({ unit: unit("K01"), period: D1, templates: ["B02"], fills }, file);
  return {
    ...sub,
    source: { ...sub.source, modifiedAt: `${day}T08:00:00Z`, receivedAt: `${day}T08:00:00Z` },
  };
};
const lateCorrection = (files: Submission[]) =>
  rollup(files, { campaign, period: D1 }).units[0]!.warnings.filter(
    (w) => w.rule === "rollup.late_correction",
  );

describe("a correction that arrives after the due date, of a report that arrived before it", () => {
  it("is used, counted late as the report used, and the first file's day is said", () => {
    const summary = rollup([sent("K01.xlsx", "2025-07-10", 5), sent("K01 (sửa).xlsx", "2025-07-20", 6)], {
      campaign,
      period: D1,
    });
    const k01 = summary.units[0]!;
    expect([k01.sources[0]!.name, k01.daysLate]).toEqual(["K01 (sửa).xlsx", 5]);
    const [said] = lateCorrection([
      sent("K01.xlsx", "2025-07-10", 5),
      sent("K01 (sửa).xlsx", "2025-07-20", 6),
    ]);
    expect(said!.severity).toBe("warning");
    expect(said!.message_vi).toContain("K01 (sửa).xlsx");
    expect(said!.message_vi).toContain("10/7/2025");
    expect(said!.message_vi).toContain("Ngày nhận báo cáo");
    expect(said!.message_en).toContain("on time");
  });

  it("says nothing when the first file was late too, or the correction on time", () => {
    expect(
      lateCorrection([sent("K01.xlsx", "2025-07-16", 5), sent("K01 (sửa).xlsx", "2025-07-20", 6)]),
    ).toEqual([]);
    expect(
      lateCorrection([sent("K01.xlsx", "2025-07-10", 5), sent("K01 (sửa).xlsx", "2025-07-14", 6)]),
    ).toEqual([]);
  });
});
