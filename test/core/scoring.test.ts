import {
  defaultTargets,
  earnedPoints,
  extract,
  gradeOf,
  parsePeriod,
  rankScores,
  rollup,
  roundScore,
  scoreResults,
  DEFAULT_GRADES,
  type TargetResult,
} from "../../src/core";
import { attainment } from "../../src/core/rollup/attainment";
import { reportGrid, submission, testCampaign, unit } from "../support/reports";

const result = (
  key: string,
  value: number | null,
  target: number | null,
  applicable = true,
): TargetResult => ({
  key,
  template: "B02",
  kind: "count",
  result: value,
  target,
  met: value === null || target === null ? null : value >= target,
  applicable,
});

describe("results of targets", () => {
  it("leaves a computed result blank when every figure under it was left blank, never a failing 0", () => {
    const report = (built: number | null, repaired: number | null) =>
      extract(
        reportGrid({
          unit: unit("P01"),
          templates: ["B04"],
          fills: { TD_B04_mai_am_built_value: built, TD_B04_mai_am_repaired_value: repaired },
        }),
      ).report!;
    const mai = (r: ReturnType<typeof report>) => attainment(r).find((a) => a.key === "B04_mai_am_total")!;
    expect(mai(report(null, null))).toMatchObject({ result: null, met: null });
    expect(mai(report(0, null))).toMatchObject({ result: 0, met: false });
    expect(mai(report(null, 2))).toMatchObject({ result: 2, met: true });
  });
});

describe("scoring", () => {
  it("earns points by method: pass/fail, proportional up to the target, a capped bonus above it", () => {
    const pass = { target: "k", points: 10, method: "pass_fail" } as const;
    const prop = { target: "k", points: 10, method: "proportional" } as const;
    const bonus = { target: "k", points: 10, method: "bonus", cap: 3 } as const;
    expect([earnedPoints(pass, 99, 100), earnedPoints(pass, 100, 100)]).toEqual([0, 10]);
    expect([earnedPoints(prop, 50, 100), earnedPoints(prop, 150, 100)]).toEqual([5, 10]);
    expect([earnedPoints(bonus, 120, 100), earnedPoints(bonus, 200, 100)]).toEqual([12, 13]);
    expect([earnedPoints(prop, null, 100), earnedPoints(prop, 0, 0)]).toEqual([0, 10]);
  });

  it("leaves out targets that do not apply and scales the rest to 100", () => {
    const scoring = [
      { target: "a", points: 30, method: "pass_fail" as const },
      { target: "b", points: 70, method: "pass_fail" as const },
    ];
    const all = scoreResults([result("a", 1, 1), result("b", 0, 1)], scoring);
    expect([all.earned, all.possible, all.score]).toEqual([30, 100, 30]);
    const scaled = scoreResults([result("a", 1, 1), result("b", 0, 1, false)], scoring);
    expect([scaled.earned, scaled.possible, scaled.score]).toEqual([30, 30, 100]);
    expect(scoreResults([result("a", 1, null)], scoring.slice(0, 1)).score).toBeNull();
  });

  it("leaves out a rate over a count reported as 0, and scores a result left blank as earning nothing", () => {
    const scored = (fills: Record<string, number | null>) => {
      const report = extract(reportGrid({ unit: unit("P01"), templates: ["B04"], fills })).report!;
      const results = attainment(report);
      const rules = ["B04_party_procedure_rate", "B04_mai_am_total"].map((target) => ({
        target,
        points: 50,
        method: "pass_fail" as const,
      }));
      return { results, score: scoreResults(results, rules) };
    };
    const noUnions = scored({ TD_B04_grassroots_unions_value: 0, TD_B04_party_procedure_unions_value: 0 });
    const party = noUnions.results.find((r) => r.key === "B04_party_procedure_rate")!;
    expect(party).toMatchObject({ result: null, met: null, nothingToMeasure: true });
    expect(noUnions.score.targets[0]!.earned).toBeNull();
    expect(noUnions.score.possible).toBe(50);

    const blank = scored({
      TD_B04_grassroots_unions_value: null,
      TD_B04_party_procedure_unions_value: null,
      TD_B04_mai_am_built_value: 1,
    });
    expect(blank.results.find((r) => r.key === "B04_party_procedure_rate")!.nothingToMeasure).toBeUndefined();
    expect(blank.score.targets[0]!.earned).toBe(0);
    expect(blank.score.possible).toBe(100);
  });

  it("calls a target the default, not the province's, when no campaign was given", () => {
    const own = { ...defaultTargets(["B01"]), B01_nonstate_cla_rate: 0.9 };
    const report = submission({ unit: unit("P01"), templates: ["B01"], targets: own }, "P01.xlsx");
    const differs = (summary: ReturnType<typeof rollup>) =>
      summary.units[0]!.warnings.find((w) => w.rule === "rollup.target_differs")!;
    const byDefault = differs(rollup([report]));
    expect(byDefault.message_vi).toContain("mức mặc định 70%");
    expect(byDefault.message_vi).not.toContain("tỉnh giao");
    expect(byDefault.message_en).toContain("not the default 70%");
    const assigned = differs(rollup([report], { campaign: testCampaign({}) }));
    expect(assigned.message_vi).toContain("tỉnh giao 70%");
  });

  it("grades by minimum score and ranks with ties", () => {
    expect([95, 94.99, 80, 50, 49.99].map((s) => gradeOf(s, DEFAULT_GRADES))).toEqual([
      "Xuất sắc",
      "Tốt",
      "Tốt",
      "Trung bình",
      "Yếu",
    ]);
    expect(rankScores([70, 90, 70, null, 10])).toEqual([2, 1, 2, null, 4]);
    expect(roundScore((82.345 / 100) * 100)).toBe(82.35);
  });

  it("scores units against the province's targets, ranks them inside their bloc and overall, and measures lateness", () => {
    const b02 = (code: string, admitted: number, receivedAt: string) => {
      const s = submission(
        {
          unit: unit(code),
          templates: ["B02"],
          period: parsePeriod("2025-D1")!,
          targets: { B02_members_admitted: 1, B02_unions_founded: 0 },
          fills: {
            TD_B02_state_workers: 1000,
            TD_B02_state_members_start: 100,
            TD_B02_state_members_admitted: admitted,
            TD_B02_state_members_left: 0,
            TD_B02_state_members_female: 10,
            TD_B02_state_unions_start: 1,
            TD_B02_state_unions_founded: 1,
            TD_B02_state_unions_dissolved: 0,
          },
        },
        `${code}.xlsx`,
      );
      return { ...s, source: { ...s.source, receivedAt } };
    };
    const campaign = testCampaign(
      {
        A1: { B02_members_admitted: 100, B02_unions_founded: 1 },
        A2: { B02_members_admitted: 100, B02_unions_founded: "na" },
        B1: { B02_members_admitted: 50, B02_unions_founded: 2 },
      },
      [
        { code: "A1", name: "A1", bloc: "Cụm A" },
        { code: "A2", name: "A2", bloc: "Cụm A" },
        { code: "B1", name: "B1", bloc: "Cụm B" },
      ],
    );
    const summary = rollup(
      [
        b02("A1", 80, "2025-07-10T03:00:00Z"),
        b02("A2", 100, "2025-07-15T17:30:00Z"),
        b02("B1", 50, "2025-07-20T01:00:00Z"),
      ],
      { campaign, period: parsePeriod("2025-D1")! },
    );
    const [a1, a2, b1] = summary.units;
    // A1: admitted 80/100 × 20 = 16, founded 1/1 × 15 = 15 → 31/35; A2: founded not applicable → 20/20.
    expect(a1!.score).toBe(roundScore((31 / 35) * 100));
    expect(a2!.score).toBe(100);
    expect(b1!.score).toBe(roundScore(((20 + 7.5) / 35) * 100));
    expect([a1!.blocRank, a2!.blocRank, b1!.blocRank]).toEqual([2, 1, 1]);
    expect([a1!.rank, a2!.rank, b1!.rank]).toEqual([2, 1, 3]);
    expect(a2!.grade).toBe("Xuất sắc");
    // Due 15/7: 17:30 UTC on the 15th is already 00:30 on the 16th in Vietnam.
    expect([a1!.daysLate, a2!.daysLate, b1!.daysLate]).toEqual([null, 1, 5]);
    expect(summary.total.targets.B02_members_admitted).toBe(250);
    expect(summary.total.targets.B02_unions_founded).toBe(3);
    expect(a1!.warnings.map((w) => w.rule)).toContain("rollup.target_differs");
  });
});
