import { rollup, totalNotes, type CampaignUnit, type Summary } from "../../../src/core";
import { b02Round, testCampaign } from "../../support/reports";

/** Biểu 02 fills each of its five sector rows alike: a unit's total is five times the figure. */
const SECTORS = 5;

const UNITS: CampaignUnit[] = ["P01", "P02", "P03"].map((code) => ({ code, name: `Công đoàn ${code}` }));

const founded = (code: string, unions: number) =>
  b02Round(code, "2025-D1", { members_start: 1000, members_left: 0, unions_founded: unions });

const total = (summary: Summary) => summary.totalAttainment.find((r) => r.key === "B02_unions_founded")!;
const notes = (summary: Summary) => totalNotes(summary).map((n) => n.vi);

describe("a count target's total with a unit that sent no report", () => {
  const campaign = (p03: number | "na") =>
    testCampaign(
      { P01: { B02_unions_founded: 7 }, P02: { B02_unions_founded: 9 }, P03: { B02_unions_founded: p03 } },
      UNITS,
    );

  it("stays the reporting units' target and says what the missing unit was assigned, and the whole of it", () => {
    const summary = rollup([founded("P01", 1), founded("P02", 2)], { campaign: campaign(4) });
    expect(summary.missing.map((u) => u.code)).toEqual(["P03"]);
    const result = total(summary);
    // P03's result is unknown, not 0: the total compares P01 and P02's 15 with their 16, and says so.
    expect([result.target, result.result, result.met]).toEqual([7 + 9, SECTORS * (1 + 2), false]);
    expect(result.basis?.missing).toEqual({ units: ["P03"], target: 4 });
    const [note] = notes(summary).filter((n) => n.includes("chưa tính P03"));
    expect(note).toContain("được giao 4");
    expect(note).toContain("mức giao của tất cả các đơn vị là 20");
  });

  it("says nothing when every unit reported, nor of a missing unit the target does not apply to", () => {
    const all = rollup([founded("P01", 1), founded("P02", 2), founded("P03", 3)], { campaign: campaign(4) });
    expect(total(all).basis).toBeUndefined();
    expect(notes(all).filter((n) => n.includes("chưa tính"))).toEqual([]);
    const notApplicable = rollup([founded("P01", 1), founded("P02", 2)], { campaign: campaign("na") });
    expect(total(notApplicable).basis).toBeUndefined();
    expect(total(notApplicable).target).toBe(16);
  });
});
