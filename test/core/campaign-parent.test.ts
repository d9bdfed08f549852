import {
  defaultCampaign,
  layoutCampaign,
  readCampaign,
  readCampaignGrid,
  type Campaign,
  type GridValue,
} from "../../src/core";
import { rollupOptions, summarisingUnit } from "../../src/pipeline";
import { readWorkbookGrid, writeWorkbookPlan } from "../../src/xlsx";
import { planTables } from "../support/plan-tables";

// Issue 64: the summarising unit comes from the campaign (TD_Parent) or the user, never a placeholder.

const PROVINCE = { code: "LDLD_DN", name: "Liên đoàn Lao động tỉnh Đồng Nai" };
const UNITS = [{ code: "X01", name: "Công đoàn phường Một", kind: "commune" as const }];

const campaignOf = (extra: Partial<Campaign> = {}): Campaign => ({
  ...defaultCampaign(2025, UNITS),
  ...extra,
});

const read = (campaign: Campaign, edits: Record<string, GridValue | null> = {}) => {
  const tables = planTables(layoutCampaign(campaign), edits);
  return readCampaign((name) => tables.get(name.toUpperCase()));
};

const text = (value: string): GridValue => ({ type: "string", value });

describe("the campaign's summarising unit (TD_Parent)", () => {
  it("is written on its own sheet and read back, in an .xlsx too", async () => {
    const { campaign, findings } = read(campaignOf({ parent: PROVINCE }));
    expect(findings).toEqual([]);
    expect(campaign!.parent).toEqual(PROVINCE);
    const plan = layoutCampaign(campaignOf({ parent: PROVINCE }));
    expect(plan.sheets.map((s) => s.name)).toContain("Đơn vị tổng hợp");
    const grid = readWorkbookGrid(await writeWorkbookPlan(plan), "ke-hoach.xlsx");
    expect(readCampaignGrid(grid).campaign!.parent).toEqual(PROVINCE);
  });

  it("is written empty where the campaign names none, and read as none", () => {
    const { campaign, findings } = read(campaignOf());
    expect(findings).toEqual([]);
    expect(campaign!.parent).toBeUndefined();
  });

  it("names the cell of a code that is none, of a missing name, and of a second row", () => {
    const edits = { "Đơn vị tổng hợp!A5": text("LĐLĐ tỉnh"), "Đơn vị tổng hợp!B5": null };
    const { campaign, findings } = read(campaignOf({ parent: PROVINCE }), edits);
    expect(campaign).toBeNull();
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["campaign.bad_id", "Đơn vị tổng hợp", "A5"],
      ["campaign.required", "Đơn vị tổng hợp", "B5"],
    ]);
    const tables = planTables(
      layoutCampaign(campaignOf({ parent: PROVINCE })),
      {},
      {
        TD_Parent: [["LDLD_BD", "LĐLĐ tỉnh Bình Dương"]],
      },
    );
    const twice = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(twice.findings.map((f) => [f.rule, f.cell])).toEqual([["campaign.repeated", "A6"]]);
  });
});

describe("the unit a summary is made by", () => {
  const campaign = campaignOf({ parent: PROVINCE });

  it("is the campaign's, each part the user gives replacing its own", () => {
    expect(summarisingUnit({ campaign })).toEqual(PROVINCE);
    expect(summarisingUnit({ campaign, parent: { name: "LĐLĐ tỉnh" } })).toEqual({
      code: "LDLD_DN",
      name: "LĐLĐ tỉnh",
    });
    expect(rollupOptions({ campaign }).parent).toEqual({ ...PROVINCE, kind: "federation" });
  });

  it("is none where the campaign names none and the user gives no code and name", () => {
    expect(summarisingUnit({ campaign: campaignOf() })).toBeUndefined();
    expect(summarisingUnit({ parent: { code: "T01" } })).toBeUndefined();
    expect(summarisingUnit({ parent: { code: "T01", name: "  " } })).toBeUndefined();
    expect(summarisingUnit({ parent: { code: "T01", name: "LĐLĐ tỉnh" } })).toEqual({
      code: "T01",
      name: "LĐLĐ tỉnh",
    });
  });
});
