import {
  checkAgainstCampaign,
  checkFile,
  parsePeriod,
  type Campaign,
  type CheckedFile,
} from "../../../src/core";
import { submission, testCampaign, unit } from "../../support/reports";

const listed = [
  { code: "X01", name: "Công đoàn X01", kind: "commune" as const },
  { code: "X02", name: "Công đoàn phường Bến Nghé", kind: "commune" as const },
  // Merged away on 30 June: nothing to report for the second round.
  { code: "X03", name: "Công đoàn X03", kind: "commune" as const, validTo: "2025-06-30" },
];
const campaign = testCampaign({ X01: { B02_members_admitted: 150 } }, listed);

function checked(code: string, period = "2025-D1", targets?: Record<string, number>): CheckedFile {
  const spec = {
    unit: unit(code),
    period: parsePeriod(period)!,
    templates: ["B01", "B02"] as const,
    ...(targets ? { targets: { B01_nonstate_cla_rate: 0.7, ...targets } } : {}),
  };
  return checkFile(submission(spec, `${code}.xlsx`));
}

const rules = (file: CheckedFile) =>
  file.findings.map((f) => f.rule).filter((r) => r.startsWith("campaign."));

describe("a report checked against the province's campaign before it is sent", () => {
  it("passes a listed unit with the campaign's targets, and gives its due date", () => {
    const file = checked("X01", "2025-D1", { B02_members_admitted: 150 });
    expect(file.ready).toBe(true);
    const against = checkAgainstCampaign(file, campaign);
    expect([rules(against), against.ready, against.due]).toEqual([[], true, "2025-07-15"]);
    // The year's report is due by the year's period, not the first round's.
    expect(checkAgainstCampaign(checked("X01", "2025", { B02_members_admitted: 150 }), campaign).due).toBe(
      "2026-01-15",
    );
  });

  it("gives the due date the unit is judged by: its own row of TD_Deadlines, else its kind's (seed 004)", () => {
    const file = checked("X01", "2025-D1", { B02_members_admitted: 150 });
    const dated = (deadlines: NonNullable<Campaign["deadlines"]>) =>
      checkAgainstCampaign(file, { ...campaign, deadlines }).due;
    expect(dated([{ period: "2025-D1", kind: "commune", due: "2025-07-05" }])).toBe("2025-07-05");
    expect(
      dated([
        { period: "2025-D1", kind: "commune", due: "2025-07-05" },
        { period: "2025-D1", unit: "X01", due: "2025-07-10" },
      ]),
    ).toBe("2025-07-10");
    // Another kind's date, or another period's, is not X01's.
    expect(dated([{ period: "2025-D1", kind: "sector", due: "2025-07-05" }])).toBe("2025-07-15");
    expect(dated([{ period: "2025-D2", kind: "commune", due: "2026-01-05" }])).toBe("2025-07-15");
  });

  it("holds a report of a period with targets of its own to those, not to the annual ones", () => {
    // Đợt 1 of X01: 40 admissions (its own row for 2025-D1) instead of the year's 150.
    const periodTargets = new Map([
      ["2025-D1", { defaults: {}, assigned: new Map([["X01", { B02_members_admitted: 40 }]]) }],
    ]);
    const withRound = { ...campaign, periodTargets };
    const d1 = checkAgainstCampaign(checked("X01", "2025-D1", { B02_members_admitted: 40 }), withRound);
    expect(rules(d1)).toEqual([]);
    const year = checkAgainstCampaign(checked("X01", "2025", { B02_members_admitted: 40 }), withRound);
    expect(rules(year)).toEqual(["campaign.target_differs"]);
  });

  it("refuses a unit the list does not hold for the period, as the roll-up would", () => {
    const unknown = checkAgainstCampaign(checked("X09"), campaign);
    expect([rules(unknown), unknown.ready, unknown.errors]).toEqual([["campaign.unit_not_listed"], false, 1]);
    expect(unknown.findings.at(-1)!.message_vi).toContain("X09");
    const merged = checkAgainstCampaign(checked("X03", "2025-D2"), campaign);
    expect(rules(merged)).toEqual(["campaign.unit_not_listed"]);
    expect(rules(checkAgainstCampaign(checked("X03", "2025-D1"), campaign))).toEqual([]);
    // Without a units list nobody can say who must report.
    expect(rules(checkAgainstCampaign(checked("X09"), testCampaign({})))).toEqual([]);
  });

  it("warns of a name and targets the summary will replace, naming the target in words", () => {
    const file = checkAgainstCampaign(checked("X02", "2025-D1"), campaign);
    expect(file.ready).toBe(true);
    expect(rules(file)).toEqual(["campaign.name_differs"]);
    const targets = checkAgainstCampaign(checked("X01", "2025-D1", { B02_members_admitted: 90 }), campaign);
    expect(rules(targets)).toEqual(["campaign.target_differs"]);
    const message = targets.findings.find((f) => f.rule === "campaign.target_differs")!.message_vi;
    expect(message).toContain("Kết nạp đoàn viên mới");
    expect(message).toMatch(/là 90, kế hoạch giao 150/);
    expect(targets.warnings).toBe(checked("X01").warnings + 1);
  });

  it("warns of a period none of the campaign's holds", () => {
    const file = checkAgainstCampaign(checked("X01", "2024-D2", { B02_members_admitted: 150 }), campaign);
    expect(rules(file)).toEqual(["campaign.period_unknown"]);
    expect(file.due).toBeUndefined();
    // Last year's report taken up again: the period is the template's, which no edit of the form changes, so
    // the clerk is told the campaign's periods and to take the template of theirs, not to check the period.
    const { message_vi, message_en } = file.findings.find((f) => f.rule === "campaign.period_unknown")!;
    for (const period of campaign.periods) {
      expect(message_vi).toContain(period.label.vi);
      expect(message_en).toContain(period.label.en);
    }
    expect(message_vi).toContain("biểu mẫu của đúng kỳ");
    expect(message_vi).toContain("chép số liệu sang");
    expect(message_en).toContain("template of that period");
    expect(message_en).toContain("copy the figures");
  });

  it("leaves a file it cannot read as it was", () => {
    const unusable: CheckedFile = {
      name: "x.xlsx",
      sha256: "",
      unusable: { vi: "hỏng", en: "broken" },
      findings: [],
      errors: 0,
      warnings: 0,
      ready: false,
    };
    expect(checkAgainstCampaign(unusable, campaign)).toBe(unusable);
  });
});
