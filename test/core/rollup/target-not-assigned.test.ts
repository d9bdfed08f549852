import { checkAgainstCampaign, checkFile, parsePeriod, rollup, type Finding } from "../../../src/core";
import { rollupWarningLines } from "../../../src/cli/rollup-warnings";
import { submission, testCampaign, unit } from "../../support/reports";

// Staff gave each unit its target of new members on its template (thidua template --target
// B02_members_admitted=100) and rolled up without a campaign: the summary showed 423 admitted with no
// Đạt/Chưa đạt and no word why. The target has no built-in default, and none was assigned.
const D1 = parsePeriod("2025-D1")!;
const ADMITTED = "B02_members_admitted";

const report = (code: string, targets: Record<string, number>, notApplicable?: ReadonlySet<string>) =>
  submission(
    {
      unit: unit(code),
      templates: ["B01", "B02"],
      targets: { B01_nonstate_cla_rate: 0.7, ...targets },
      ...(notApplicable ? { notApplicable } : {}),
    },
    `${code}.xlsx`,
  );

/** X01's and X02's files carrying `carried` new members as their targets, rolled up under a campaign assigning `assigned`. */
function twoUnits(assigned: Parameters<typeof testCampaign>[0], carried: readonly [number, number]) {
  const campaign = testCampaign(assigned, [
    { code: "X01", name: "Công đoàn X01", kind: "commune" },
    { code: "X02", name: "Công đoàn X02", kind: "commune" },
  ]);
  const files = (["X01", "X02"] as const).map((code, i) => report(code, { [ADMITTED]: carried[i]! }));
  return { campaign, summary: rollup(files, { period: D1, campaign }) };
}

const differs = (warnings: readonly Finding[]) =>
  warnings.filter((w) => w.rule === "rollup.target_differs" || w.rule === "rollup.target_not_assigned");
const unitWarnings = (summary: ReturnType<typeof rollup>, code: string) =>
  differs(summary.units.find((u) => u.unit.code === code)!.warnings);

describe("a target a unit's file carries where none is assigned", () => {
  it("is told, rolled up without a campaign: it has no default, so it is not assessed", () => {
    const summary = rollup([report("X01", { [ADMITTED]: 100 })], { period: D1 });
    const [warning] = unitWarnings(summary, "X01");
    expect(warning?.message_vi).toBe(
      'Chỉ tiêu "Kết nạp đoàn viên mới (chỉ tiêu giao)" trong tệp X01.xlsx là 100, nhưng chưa có sổ kế hoạch thi đua và chỉ tiêu này không có mức mặc định, nên bảng tổng hợp không đánh giá Đạt/Chưa đạt chỉ tiêu này. Tổng hợp cùng sổ kế hoạch thi đua có giao chỉ tiêu để đánh giá.',
    );
    expect(warning?.message_en).toContain("no campaign was given and this target has no default");
    const admitted = summary.units[0]!.attainment.find((a) => a.key === ADMITTED);
    expect(admitted?.met ?? null).toBeNull();
  });

  it("is told where the campaign assigns it to other units, not this one, and in validation first", () => {
    const { campaign, summary } = twoUnits({ X02: { [ADMITTED]: 150 } }, [100, 150]);
    expect(unitWarnings(summary, "X01").map((w) => w.message_vi)).toEqual([
      'Chỉ tiêu "Kết nạp đoàn viên mới (chỉ tiêu giao)" trong tệp X01.xlsx là 100, nhưng kế hoạch thi đua không giao chỉ tiêu này cho đơn vị, nên bảng tổng hợp không đánh giá Đạt/Chưa đạt chỉ tiêu này.',
    ]);
    expect(unitWarnings(summary, "X02")).toEqual([]);
    const checked = checkAgainstCampaign(checkFile(report("X01", { [ADMITTED]: 100 })), campaign);
    expect(
      checked.findings.filter((f) => f.rule === "campaign.target_not_assigned").map((f) => f.message_vi),
    ).toEqual([
      'Chỉ tiêu "Kết nạp đoàn viên mới (chỉ tiêu giao)" trong báo cáo là 100, nhưng kế hoạch không giao chỉ tiêu này cho đơn vị; bảng tổng hợp sẽ không đánh giá chỉ tiêu này. Nên tải lại biểu mẫu theo kế hoạch.',
    ]);
  });

  it("says nothing of a target blank in the file, or marked not applicable where none is assigned", () => {
    const blank = rollup([report("X01", {})], { period: D1 });
    expect(unitWarnings(blank, "X01")).toEqual([]);
    const marked = rollup([report("X01", {}, new Set([ADMITTED]))], { period: D1 });
    expect(unitWarnings(marked, "X01")).toEqual([]);
  });
});

// The terminal tells each kind of warning once, by its first unit's words: told under the rule of targets
// replaced, X02's target left unassessed read as "the campaign's value counts" (a helper's review).
it("is a line of its own in the terminal beside a target the campaign replaced", () => {
  const { summary } = twoUnits({ X01: { [ADMITTED]: 90 } }, [100, 100]);
  const lines = rollupWarningLines(summary.units, "vi", 400).filter((l) => l.includes("Kết nạp"));
  expect(lines).toHaveLength(2);
  expect(lines.find((l) => l.includes("X02"))).toContain("không giao chỉ tiêu này");
});
