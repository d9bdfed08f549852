import {
  defaultCampaign,
  layoutCampaign,
  readCampaign,
  type CampaignUnit,
  type GridValue,
} from "../../../src/core";
import { planTables, readPlannedCampaign as read } from "../../support/plan-tables";

// K01 moved in on 01/07 from T01, a province dissolved on 30/06; P01 was founded that day.
const UNITS: CampaignUnit[] = [
  {
    code: "K01",
    name: "Công đoàn cơ sở K01",
    kind: "grassroots_direct",
    validFrom: "2025-07-01",
    movedInFrom: "T01",
  },
  { code: "P01", name: "Công đoàn phường 1", kind: "commune", validFrom: "2025-07-01" },
];
const campaign = defaultCampaign(2025, UNITS);
const text = (value: string): GridValue => ({ type: "string", value });

describe("the units list's Chuyển đến từ (Moved in from)", () => {
  it("is written and read back: a start date with it is a move, one without it a founding", () => {
    const { campaign: back, findings } = read(campaign);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back!.units).toEqual(UNITS);
    const sheet = layoutCampaign(campaign).sheets.find((s) => s.name === "Đơn vị")!;
    expect(sheet.cells.some((c) => c.value === "Chuyển đến từ")).toBe(true);
  });

  it("takes any text: the former parent's name as well as its code", () => {
    const { campaign: back, findings } = read(campaign, { "Đơn vị!I6": text("LĐLĐ tỉnh Hà Tây (cũ)") });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back!.units.find((u) => u.code === "P01")!.movedInFrom).toBe("LĐLĐ tỉnh Hà Tây (cũ)");
  });

  it("is refused at its cell without Hiệu lực từ: the days its budget counts are not known", () => {
    // Read as before, the column was not read at all, and K01 counted as present all year.
    const { campaign: none, findings } = read(campaign, { "Đơn vị!F5": null });
    expect(none).toBeNull();
    const refused = findings.filter((f) => f.rule === "campaign.moved_in_without_start");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: "error", sheet: "Đơn vị", cell: "I5" });
    expect(refused[0]!.message_vi).toContain("K01");
    expect(refused[0]!.message_vi).toContain("Hiệu lực từ");
    expect(refused[0]!.message_en).toContain("Valid from");
  });

  it.each([
    ["its code", "P01"],
    ["its name, in other case", "công đoàn phường 1"],
  ])("is refused at its cell naming the unit itself (%s): a unit moves in from another", (_, typed) => {
    // Taken as a move, P01, founded on 01/07 with 600,000,000 đồng assigned for 01/07 – 31/12, carried
    // 184/365 of it (302,465,753) and was told to type the year's budget, a figure on no paper.
    const { campaign: none, findings } = read(campaign, { "Đơn vị!I6": text(typed) });
    expect(none).toBeNull();
    const refused = findings.filter((f) => f.rule === "campaign.moved_in_from_itself");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: "error", sheet: "Đơn vị", cell: "I6" });
    expect(refused[0]!.message_vi).toContain("P01");
    expect(refused[0]!.message_en).toContain("P01");
  });

  it("reads a workbook written without the column as before: every start a founding", () => {
    const tables = planTables(layoutCampaign(defaultCampaign(2025, UNITS)));
    const units = tables.get("TD_UNITS")!;
    const at = units.header.findIndex((h) => h.text === "Chuyển đến từ");
    tables.set("TD_UNITS", {
      ...units,
      header: units.header.filter((_, i) => i !== at),
      rows: units.rows.map((r) => ({ cells: r.cells.filter((_, i) => i !== at) })),
    });
    const { campaign: back, findings } = readCampaign((name) => tables.get(name.toUpperCase()));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back!.units.some((u) => u.movedInFrom !== undefined)).toBe(false);
    expect(back!.units.map((u) => u.validFrom)).toEqual(["2025-07-01", "2025-07-01"]);
  });
});
