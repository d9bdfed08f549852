import { proposeAwards, summaryView, unitTargetLines, type TargetResult } from "../../../src/core";
import { EVERY_AWARD_CASE, summaryOf } from "../../support/award-summaries";
import { manyUnitsSummary } from "../../support/summaries";

describe("what a screen receives of a roll-up", () => {
  it("keeps every field a view shows and leaves out the reports, which only the workbook needs", () => {
    const summary = manyUnitsSummary(40, 3);
    const view = summaryView(summary);
    expect(view.units).toHaveLength(40);
    view.units.forEach((unit, i) => {
      const { report, scoring, attainment, ...shown } = summary.units[i]!;
      expect(Object.keys(report.forms)).toEqual(["B04"]);
      expect(scoring.targets.length).toBeGreaterThan(0);
      const { targets, points, ...rest } = unit;
      expect(rest).toEqual({ ...shown, judged: attainment.filter((a) => a.met !== null).length });
      // The score's making, as the scoring has it: earned of possible, scaled to 100, with the bonus.
      expect(points).toEqual({
        earned: scoring.earned,
        possible: scoring.possible,
        bonus: scoring.bonus,
        off: 0,
      });
      expect(unit.score).toBeCloseTo((points!.earned / points!.possible) * 100 + points!.bonus, 2);
      expect(targets).toBeInstanceOf(Float64Array);
    });
    const { units, total, unreported, campaign, ...rest } = summary;
    expect({ ...view, units: [], targetKeys: [] }).toEqual({
      ...rest,
      units: [],
      targetKeys: [],
      awards: null,
    });
    expect(view.targetKeys).toEqual(summary.totalAttainment.map((t) => t.key));
    expect([
      units.length,
      Object.keys(total.forms),
      Array.isArray(unreported),
      campaign.units.length,
    ]).toEqual([40, ["B04"], true, 40]);
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify({ ...summary, total: null }).length);
  });

  it("carries the award proposals, as the worker posts them, since the campaign stays behind", () => {
    const summary = summaryOf(EVERY_AWARD_CASE);
    const posted = structuredClone(summaryView(summary));
    expect(posted.awards).toEqual(proposeAwards(summary));
    expect(posted.awards!.proposals.filter((p) => p.tied).map((p) => p.code)).toEqual(["B2"]);
  });

  it("gives back each unit's result, target, standing and points on every target", () => {
    const summary = manyUnitsSummary(12, 2);
    const view = summaryView(summary);
    const standing = (a: TargetResult) =>
      !a.applicable
        ? "notApplicable"
        : a.nothingToMeasure
          ? "nothingToMeasure"
          : a.target === null
            ? "noTarget"
            : a.result === null
              ? "notReported"
              : a.met
                ? "met"
                : "notMet";
    const states = new Set<string>();
    view.units.forEach((unit, i) => {
      const row = summary.units[i]!;
      const lines = unitTargetLines(view, unit);
      expect(lines.map((l) => l.key)).toEqual(row.attainment.map((a) => a.key));
      lines.forEach((line, j) => {
        const a = row.attainment[j]!;
        const scored = row.scoring.targets.find((t) => t.key === a.key);
        states.add(line.state);
        expect([line.result, line.target, line.state, line.earned, line.points]).toEqual([
          a.result,
          a.target,
          standing(a),
          scored?.earned ?? null,
          scored?.rule.points ?? null,
        ]);
      });
    });
    // The units differ: some targets met and some not, so the packing is not read back as one state.
    expect(states.has("met") && states.has("notMet")).toBe(true);
  });
});
