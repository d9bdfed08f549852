import { extract, layoutSummary, nominationList, rollup, validate } from "../../../src/core";
import {
  AWARDS,
  campaignWith,
  CNG,
  D1,
  LDST,
  person,
  PROVINCE,
  report,
  UPWARD,
} from "../../support/nominations";
import { gridFromPlan } from "../../support/plan-grid";
import { withMeta } from "../../support/reports";

// Seed 001: "đề nghị về Tổng Liên đoàn tặng Bằng 'Lao động sáng tạo'". The province gathers its units'
// proposals for an award the level above gives and passes them on in its own report to that level.

function summaryOf(files: ReturnType<typeof report>[], awards = UPWARD) {
  return rollup(files, { period: D1, campaign: campaignWith(awards), parent: PROVINCE });
}

/** The summary's report to the level above, as that level reads it. */
const parentExtraction = (summary: ReturnType<typeof summaryOf>) =>
  extract(gridFromPlan(layoutSummary(summary)));

describe("proposals for an award of the level above, passed on in the report sent there", () => {
  const files = [
    report("A1", [person("An", LDST, true), person("Chi", CNG, true)]),
    report("A2", [person("Dũng", LDST, false), person("Én", CNG, true)]),
  ];

  it("carries the units' proposals for that award only, in the same list a unit fills, which reads back", () => {
    const extraction = parentExtraction(summaryOf(files));
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
    const passed = extraction.report!.nominations!;
    expect(passed.map((n) => [n.name, n.award, n.directWorker, n.subject])).toEqual([
      ["An", LDST, true, "person"],
      ["Dũng", LDST, false, "person"],
    ]);
  });

  it("is rolled up again by the level above, which counts them as its own units' proposals", () => {
    const extraction = parentExtraction(summaryOf(files));
    const above = rollup([{ source: { name: "tinh.xlsx", sha256: "sha-t" }, extraction }], {
      period: D1,
      campaign: {
        ...campaignWith([{ award: LDST, subject: "person", scope: "province", count: 5 }]),
        units: [],
      },
    });
    expect(above.rejected).toEqual([]);
    const list = nominationList(above)!;
    // By hand: An (direct) and Dũng: 2 of the 5 the level above gives, 1 of 2 direct = 50 %.
    expect(list.awards.map((a) => [a.rule.award, a.count, a.direct, a.share, a.over])).toEqual([
      [LDST, 2, 1, 0.5, false],
    ]);
    expect(list.entries.map((e) => [e.unit.code, e.nomination.name])).toEqual([
      ["LDLD_T", "An"],
      ["LDLD_T", "Dũng"],
    ]);
  });

  it("makes the list as long as the proposals, past the 50 lines of a unit's, and reads every one back", () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      report(`U${String(i + 1).padStart(2, "0")}`, [person(`Người ${i + 1}`, LDST, i % 3 === 0)]),
    );
    const summary = rollup(many, {
      period: D1,
      campaign: { ...campaignWith(UPWARD), units: [] },
      parent: PROVINCE,
    });
    const passed = parentExtraction(summary).report!.nominations!;
    expect(passed).toHaveLength(60);
    expect(passed.at(-1)!.name).toBe("Người 60");
    // 1, 4, 7 … 58: twenty of sixty are direct workers.
    expect(passed.filter((n) => n.directWorker)).toHaveLength(20);
  });

  it("refuses, at its TD_META cell, a report declaring a number of lines it cannot have", () => {
    const many = Array.from({ length: 51 }, (_, i) =>
      report(`U${i + 1}`, [person(`Người ${i + 1}`, LDST, true)]),
    );
    const summary = rollup(many, {
      period: D1,
      campaign: { ...campaignWith(UPWARD), units: [] },
      parent: PROVINCE,
    });
    const grid = gridFromPlan(layoutSummary(summary));
    expect(extract(grid).report!.nominations).toHaveLength(51);
    for (const bad of ["10", "5001", "many", "1e3"]) {
      const errors = validate(extract(withMeta(grid, { nomination_lines: bad }))).filter(
        (f) => f.rule === "nomination.lines_unreadable",
      );
      expect(errors.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
        ["error", "TD_META", expect.stringMatching(/^B\d+$/)],
      ]);
    }
  });

  it("leaves the report to the level above without a list when no award is the level above's", () => {
    const plan = layoutSummary(summaryOf(files, AWARDS));
    expect(plan.names.some((n) => n.name.startsWith("TD_DN_"))).toBe(false);
    expect(parentExtraction(summaryOf(files, AWARDS)).report!.nominations).toBeUndefined();
  });
});
