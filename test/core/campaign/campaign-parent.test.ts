import {
  defaultCampaign,
  layoutCampaign,
  readCampaign,
  readCampaignGrid,
  type Campaign,
  type GridValue,
} from "../../../src/core";
import { rollupOptions, summarisingUnit } from "../../../src/pipeline";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { planTables } from "../../support/plan-tables";

// Issue 64: the summarising unit comes from the campaign (TD_Parent) or the user, never a placeholder.

const PROVINCE = { code: "LDLD_DN", name: "Liên đoàn Lao động tỉnh Đồng Nai" };
const DISTRICT = { code: "LDLD_GL", name: "LĐLĐ huyện Gia Lâm" };
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
    expect(summarisingUnit({ campaign })).toEqual({ ...PROVINCE, kind: "federation" });
    expect(summarisingUnit({ campaign, parent: { name: "LĐLĐ tỉnh" } })).toEqual({
      code: "LDLD_DN",
      name: "LĐLĐ tỉnh",
      kind: "federation",
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
      kind: "federation",
    });
  });

  it("has the campaign's kind, or the one the user gives as officers write it; an unknown one is refused", () => {
    const district = campaignOf({ parent: { ...DISTRICT, kind: "district_legacy" } });
    expect(rollupOptions({ campaign: district }).parent).toEqual({ ...DISTRICT, kind: "district_legacy" });
    const sector = rollupOptions({ campaign, parent: { kind: "Công đoàn ngành" } }).parent;
    expect(sector).toEqual({ ...PROVINCE, kind: "sector" });
    expect(() => rollupOptions({ campaign, parent: { kind: "Huyện" } })).toThrow(
      expect.objectContaining({ text: expect.objectContaining({ vi: expect.stringContaining('"Huyện"') }) }),
    );
  });
});

describe("the summarising unit's kind in TD_Parent", () => {
  it("is written and read back; a workbook without the column is a province's", () => {
    const parent = { ...DISTRICT, kind: "district_legacy" as const };
    const plan = layoutCampaign(campaignOf({ parent }));
    const sheet = plan.sheets.find((s) => s.name === "Đơn vị tổng hợp")!;
    expect(sheet.cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(["Loại đơn vị", "LĐLĐ huyện (trước 01/7/2025)"]),
    );
    expect(read(campaignOf({ parent })).campaign!.parent).toEqual(parent);
    // The kind as officers write it, and a workbook made before the column (two headers, two cells).
    const typed = read(campaignOf({ parent }), { "Đơn vị tổng hợp!C5": text("Công đoàn ngành") });
    expect(typed.campaign!.parent!.kind).toBe("sector");
    const old = read(campaignOf({ parent }), { "Đơn vị tổng hợp!C4": null, "Đơn vị tổng hợp!C5": null });
    expect(old.findings).toEqual([]);
    expect(old.campaign!.parent).toEqual(DISTRICT);
    expect(rollupOptions({ campaign: old.campaign! }).parent!.kind).toBe("federation");
  });

  it("names its cell when it is no kind", () => {
    const { findings } = read(campaignOf({ parent: DISTRICT }), { "Đơn vị tổng hợp!C5": text("Huyện") });
    expect(findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["campaign.unknown_kind", "Đơn vị tổng hợp", "C5"],
    ]);
  });

  it("names the campaign's whole in its awards and drop-down: Toàn huyện, read back as the whole", () => {
    const awards = [{ award: "Cờ thi đua của LĐLĐ huyện", scope: "province" as const, count: 1 }];
    const district = campaignOf({ parent: { ...DISTRICT, kind: "district_legacy" }, awards });
    const plan = layoutCampaign(district);
    const values = (name: string) => plan.sheets.find((s) => s.name === name)!.cells.map((c) => c.value);
    expect(values("Khen thưởng")).toContain("Toàn huyện");
    expect(values("Hướng dẫn")).toContain("Toàn huyện");
    expect(values("Hướng dẫn")).not.toContain("Toàn tỉnh");
    expect(values("Khen thưởng")).not.toContain("Toàn tỉnh");
    expect(read(district).campaign!.awards).toEqual(awards);
    // A province's, as before; and any level's word reads as the whole.
    const province = layoutCampaign(campaignOf({ parent: PROVINCE, awards }));
    expect(province.sheets.find((s) => s.name === "Khen thưởng")!.cells.map((c) => c.value)).toContain(
      "Toàn tỉnh",
    );
    for (const word of ["Toàn tỉnh", "Toàn ngành", "toàn huyện", "District-wide"])
      expect(read(district, { "Khen thưởng!B5": text(word) }).campaign!.awards).toEqual(awards);
  });
});
