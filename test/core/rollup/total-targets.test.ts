import { layoutSummary, rollup, totalNotes, type Summary } from "../../../src/core";
import { attainment } from "../../../src/core/rollup/attainment";
import { b02Round, consistentFills, submission, testCampaign, unit } from "../../support/reports";

/** Biểu 02 fills each of its five sector rows alike: a unit's total is five times the figure. */
const SECTORS = 5;

/** Plausible members, so only the unions founded differ between the units. */
const founded = (code: string, unions: number) =>
  b02Round(code, "2025-D1", { members_start: 1000, members_left: 0, unions_founded: unions });

const total = (summary: Summary, key: string) => summary.totalAttainment.find((r) => r.key === key)!;

/** Every text the overview sheet writes below its units. */
function overviewTexts(summary: Summary): string[] {
  const sheet = layoutSummary(summary).sheets.find((s) => s.name === "Tổng hợp")!;
  return sheet.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
}

describe("a count target's total compares like with like", () => {
  const campaign = testCampaign({
    P01: { B02_unions_founded: 7 },
    P02: { B02_unions_founded: 9 },
    P03: { B02_unions_founded: "na" },
  });
  const summary = rollup([founded("P01", 1), founded("P02", 2), founded("P03", 6)], { campaign });

  it("adds the targets of the units it applies to, assessed against every unit's result as the form sent upward assesses it", () => {
    const result = total(summary, "B02_unions_founded");
    // Target 7 + 9 against all three units' 5 + 10 + 30 (met), though P01 and P02 founded only 5 + 10
    // (red team, round 32: assessed against those alone, the summary said "Chưa đạt" where the form said "Đạt").
    expect(result.target).toBe(7 + 9);
    expect(result.result).toBe(SECTORS * (1 + 2 + 6));
    expect(result.basis).toEqual({ leftOut: ["P03"] });
    expect(result.met).toBe(true);
    // The parent-level form assesses its own target against its own result, as `attainment` does.
    const form = attainment(summary.total).find((r) => r.key === "B02_unions_founded")!;
    expect([form.target, form.result, form.met]).toEqual([result.target, result.result, result.met]);
  });

  it("says so below the total row, with the figures an officer can check", () => {
    const note = totalNotes(summary).find((n) => n.vi.includes("P03"))!;
    expect(note.vi).toContain("chỉ tiêu 16");
    expect(note.vi).toContain("kết quả 45 là của mọi đơn vị");
    expect(note.en).toContain("the result, 45, is every unit's");
    expect(overviewTexts(summary)).toEqual(expect.arrayContaining([note.vi, note.en]));
  });
});

describe("a count target no unit is given in the period", () => {
  // Seed 001: the own content asked of Đợt II only ("-" on the `*` row): Đợt I's total has no target, and no
  // note may say its result "is compared with that target".
  const campaign = testCampaign({ P01: { B02_unions_founded: "na" }, P02: { B02_unions_founded: "na" } });
  const summary = rollup([founded("P01", 1), founded("P02", 2)], { campaign });

  it("has no target on the total row, and says nothing of one below it", () => {
    expect(total(summary, "B02_unions_founded").target).toBeNull();
    expect(totalNotes(summary).filter((n) => n.vi.includes("P01"))).toEqual([]);
  });
});

describe("the total's rate target when the units' targets differ", () => {
  const b03 = (code: string, seed: number) =>
    submission(
      { unit: unit(code), templates: ["B03"], fills: consistentFills(["B03"], seed) },
      `${code}.xlsx`,
    );
  const files = [b03("P01", 1), b03("P02", 2), b03("P03", 3), b03("P04", 4)];
  const assigned = {
    P01: { B03_collection_rate: 0.9 },
    P02: { B03_collection_rate: 1.1 },
    P04: { B03_collection_rate: 1.1 },
  };

  it("is the province's general target (the * row) when it set one", () => {
    const summary = rollup(files, { campaign: testCampaign(assigned) });
    const rate = total(summary, "B03_collection_rate");
    expect(summary.campaign.defaults.B03_collection_rate).toBe(1);
    expect(rate.target).toBe(1);
    expect(rate.basis?.rateTarget).toEqual({ from: "province", assigned: [0.9, 1, 1.1] });
    const note = totalNotes(summary).find((n) => n.vi.includes("mức chung của kế hoạch"))!;
    expect(note.vi).toContain("90%; 100%; 110%");
    expect(overviewTexts(summary)).toContain(note.vi);
  });

  it("is the one most units were assigned without a general target, and says which", () => {
    const campaign = testCampaign(assigned);
    const summary = rollup(files, {
      campaign: { ...campaign, defaults: { ...campaign.defaults, B03_collection_rate: null } },
    });
    const rate = total(summary, "B03_collection_rate");
    expect(rate.target).toBe(1.1);
    expect(rate.basis?.rateTarget).toEqual({ from: "mostCommon", assigned: [0.9, 1.1] });
    expect(totalNotes(summary).some((n) => n.en.includes("the one most units were assigned, 110%"))).toBe(
      true,
    );
  });

  it("is the units' own, with nothing to say, when they all hold one", () => {
    const summary = rollup(files, { campaign: testCampaign({}) });
    expect(total(summary, "B03_collection_rate")).toMatchObject({ target: 1 });
    expect(total(summary, "B03_collection_rate").basis).toBeUndefined();
  });
});
