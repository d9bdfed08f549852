import {
  checkCampaign,
  defaultCampaign,
  layoutCampaign,
  unitTemplates,
  type Campaign,
} from "../../../src/core";
import { planTables } from "../../support/plan-tables";

// The education union (N01) has no non-state enterprises: its row marks the agreement rate "-" for every
// period. For Đợt 2 the province raises the common rate to 75 % on a `*` row of its own (Mã kỳ 2025-D2).
const KEY = "B01_nonstate_cla_rate";
const units = [
  { code: "K01", name: "Công đoàn các KCN" },
  { code: "N01", name: "Công đoàn ngành Giáo dục" },
];
const base = defaultCampaign(2025, units);
const raised: Campaign = {
  ...base,
  assigned: new Map([["N01", { [KEY]: "na" }]]),
  periodTargets: new Map([["2025-D2", { defaults: { [KEY]: 0.75 }, assigned: new Map() }]]),
};
const check = (campaign: Campaign) => {
  const tables = planTables(layoutCampaign(campaign));
  return checkCampaign((name) => tables.get(name.toUpperCase()));
};
const outranked = (campaign: Campaign) =>
  check(campaign).findings.filter((f) => f.rule === "campaign.period_row_outranks_not_applicable");

describe("a period's * row giving a target to units marked not applicable for every period", () => {
  it("warns at the row, naming the units and how to keep them out", () => {
    // As documented, the period's row outranks the annual ones: N01 is given 75 % in Đợt 2.
    const n01 = unitTemplates(raised, base.periods.find((p) => p.id === "2025-D2")!, ["B01"])[1]!;
    expect(n01.targets[KEY]).toBe(0.75);
    const found = outranked(raised);
    expect(found.map((f) => [f.severity, f.sheet])).toEqual([["warning", "Chỉ tiêu giao"]]);
    expect(found[0]!.cell).toMatch(/^A\d+$/);
    expect(found[0]!.message_vi).toContain("N01");
    expect(found[0]!.message_vi).toContain("2025-D2");
    expect(found[0]!.message_vi).toContain("Tỷ lệ DN ngoài nhà nước có công đoàn đã ký TƯLĐTT");
    expect(found[0]!.message_en).toContain('with "-" in this target\'s column');
    expect(check(raised).campaign).not.toBeNull();
  });

  it("says nothing when the unit's own row for the period keeps it out, or no unit is marked", () => {
    const keptOut: Campaign = {
      ...raised,
      periodTargets: new Map([
        ["2025-D2", { defaults: { [KEY]: 0.75 }, assigned: new Map([["N01", { [KEY]: "na" }]]) }],
      ]),
    };
    expect(outranked(keptOut)).toEqual([]);
    expect(outranked({ ...raised, assigned: new Map() })).toEqual([]);
  });
});
