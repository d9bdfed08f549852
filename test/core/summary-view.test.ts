import { summaryView } from "../../src/core";
import { manyUnitsSummary } from "../support/summaries";

describe("what a screen receives of a roll-up", () => {
  it("keeps every field a view shows and leaves out the reports, which only the workbook needs", () => {
    const summary = manyUnitsSummary(40, 3);
    const view = summaryView(summary);
    expect(view.units).toHaveLength(40);
    view.units.forEach((unit, i) => {
      const { report, scoring, attainment, ...shown } = summary.units[i]!;
      expect(Object.keys(report.forms)).toEqual(["B04"]);
      expect(scoring.targets.length).toBeGreaterThan(0);
      expect(unit).toEqual({ ...shown, judged: attainment.filter((a) => a.met !== null).length });
    });
    const { units, total, unreported, campaign, ...rest } = summary;
    expect({ ...view, units: [] }).toEqual({ ...rest, units: [] });
    expect([
      units.length,
      Object.keys(total.forms),
      Array.isArray(unreported),
      campaign.units.length,
    ]).toEqual([40, ["B04"], true, 40]);
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify({ ...summary, total: null }).length);
  });
});
