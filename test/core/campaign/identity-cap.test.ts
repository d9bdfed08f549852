import {
  defaultCampaign,
  extract,
  layoutCampaign,
  readCampaign,
  validate,
  type GridValue,
} from "../../../src/core";
import { planTables } from "../../support/plan-tables";
import { reportGrid, unit } from "../../support/reports";

/** Chữ Nôm lies beyond the Basic Multilingual Plane: each character takes two UTF-16 code units. */
const NOM = "𡨸";
const named = (count: number) => `Công đoàn ${NOM.repeat(count - 10)}`;

const reportRefuses = (name: string) =>
  validate(extract(reportGrid({ unit: unit("P01", name) }))).some(
    (f) => f.rule === "identity.unit_name_too_long",
  );

/** The campaign read back with one cell of its tables typed over ("Sheet!A1"). */
const campaignWith = (at: string, text: string) => {
  const campaign = defaultCampaign(2025, [{ code: "X01", name: "Công đoàn phường Bến Thành" }]);
  const cell: GridValue = { type: "string", value: text };
  const tables = planTables(layoutCampaign(campaign), { [at]: cell });
  return readCampaign((table) => tables.get(table.toUpperCase()));
};
const campaignRead = (name: string) => campaignWith("Đơn vị!B5", name);

// One cap, counted in characters, wherever the name is read: a name the campaign accepts passes in
// every report made from it, and the campaign keeps it whole.
describe("the identity cap of 200 characters", () => {
  it("takes a name of 200 characters, however many code units they take, whole in the campaign and the report", () => {
    const name = named(200);
    expect(name.length).toBeGreaterThan(200);
    const { campaign, findings } = campaignRead(name);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.units[0]!.name).toBe(name);
    expect(reportRefuses(name)).toBe(false);
  });

  it("refuses a name of 201 characters in the campaign and in the report", () => {
    const name = named(201);
    const { campaign, findings } = campaignRead(name);
    expect(campaign).toBeNull();
    expect(findings.map((f) => f.message_en)).toContainEqual(
      expect.stringContaining("longer than 200 characters"),
    );
    expect(reportRefuses(name)).toBe(true);
  });
});

describe("a period's label under the identity cap", () => {
  const periodRead = (label: string) => campaignWith("Kỳ báo cáo!B5", label);

  it("counts the dates every report adds after the name: a name the campaign takes passes in its reports", () => {
    // " (01/01/2025 – 30/6/2025)" takes 25 characters of the 200.
    const { campaign, findings } = periodRead("Đợt ".padEnd(175, "x"));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect([...campaign!.periods[0]!.label.vi].length).toBeLessThanOrEqual(200);

    const refused = periodRead("Đợt ".padEnd(190, "x"));
    expect(refused.campaign).toBeNull();
    const errors = refused.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.rule, f.cell])).toEqual([["campaign.bad_text", "B5"]]);
    expect(errors[0]!.message_en).toContain("longer than 175 characters");
  });
});
