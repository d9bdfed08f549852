import { extract, rollup, validate } from "../../../src/core";
import { PERIOD_2025_D1, reportGrid, unit, withMeta } from "../../support/reports";

describe("a period whose id and dates disagree", () => {
  it("is no period: a default id must carry its own dates", () => {
    const grid = reportGrid({ unit: unit("P01") });
    expect(extract(grid).report?.period.id).toBe("2025-D1");
    for (const dates of <Record<string, string>[]>[{ period_start: "2024-01-01" }, { period: "2025-D2" }]) {
      const extraction = extract(withMeta(grid, dates));
      expect(extraction.report).toBeNull();
      expect(validate(extraction).some((f) => f.severity === "error")).toBe(true);
    }
  });

  it("is refused by a roll-up naming the dates the file holds, not the label it claims", () => {
    const grid = withMeta(reportGrid({ unit: unit("P01") }), {
      period: "2024-H2",
      period_start: "2024-07-01",
      period_end: "2024-12-31",
      period_label: "Đợt 1 năm 2025 (01/01/2025 – 30/06/2025)",
      period_label_en: "Round 1 of 2025 (01/01/2025 – 30/06/2025)",
    });
    const summary = rollup([{ source: { name: "p.xlsx", sha256: "x" }, extraction: extract(grid) }], {
      period: PERIOD_2025_D1,
    });
    // Its forms' own lines name the period the metadata claimed to be: each is refused at its cell first.
    expect(summary.rejected.map((r) => r.rule)).toEqual(["identity.line_differs"]);
    expect(summary.rejected[0]!.reason.vi).toContain("(01/7/2024 – 31/12/2024)");
    expect(summary.rejected[0]!.reason.en).toContain("(01/7/2024 – 31/12/2024)");
  });
});
