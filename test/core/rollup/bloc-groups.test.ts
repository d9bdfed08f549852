import {
  blocBars,
  layoutSummary,
  rollup,
  summaryView,
  type ReportingUnit,
  type Summary,
} from "../../../src/core";
import { filterUnits, unitGridRows } from "../../../src/taskpane/results/unit-rows";
import { consistentFills, submission, unit } from "../../support/reports";

/** What the charts read of a unit, with the score given by hand. */
const charted = (code: string, bloc: string | null, score: number) => ({
  unit: { code, name: code, kind: "commune" } as ReportingUnit,
  bloc,
  score,
  rank: null,
});

describe("blocs written in another case", () => {
  it("are averaged as one bloc, as they are ranked", () => {
    const bars = blocBars({
      blocs: ["Cụm A", "Cụm B"],
      units: [
        charted("U0081", "Cụm A", 65.61),
        charted("U0082", "cụm a", 70.94),
        charted("U0083", " CỤM A ", 56.44),
        charted("U0084", "Cụm B", 50),
      ],
    })!.bars;
    // (65.61 + 70.94 + 56.44) / 3 = 192.99 / 3 = 64.33, over three units.
    expect(bars.map((b) => [b.label, b.scored, b.lead[1], Number(b.value.toFixed(2))])).toEqual([
      ["Cụm A", 3, 3, 64.33],
      ["Cụm B", 1, 1, 50],
    ]);
  });

  it("are one bloc under one name in the roll-up of a units list, its sheets and its grid's filter", () => {
    const codes = ["U0081", "U0082", "U0083", "U0084"];
    const blocOf = ["Cụm A", "cụm a", "Cụm A", "Cụm B"];
    const reports = codes.map((code, i) =>
      submission(
        { unit: unit(code), templates: ["B04"], fills: consistentFills(["B04"], i) },
        `${code}.xlsx`,
      ),
    );
    const summary: Summary = rollup(reports, {
      expectedUnits: codes.map((code, i) => ({ code, name: `Công đoàn ${code}`, bloc: blocOf[i]! })),
    });
    expect(summary.blocs).toEqual(["Cụm A", "Cụm B"]);
    expect(summary.units.map((u) => u.bloc)).toEqual(["Cụm A", "Cụm A", "Cụm A", "Cụm B"]);
    expect(summary.units.map((u) => u.blocRank !== null)).toEqual([true, true, true, true]);

    const scores = summary.units.map((u) => u.score!);
    const bars = blocBars(summary)!.bars;
    const a = bars.find((b) => b.label === "Cụm A")!;
    expect([a.scored, a.lead[1]]).toEqual([3, 3]);
    expect(a.value).toBeCloseTo((scores[0]! + scores[1]! + scores[2]!) / 3, 9);

    const blocSheet = layoutSummary(summary).sheets.find((s) => s.name === "Xếp hạng cụm")!;
    const listed = (code: string) => blocSheet.cells.filter((c) => c.value === code).length;
    expect(codes.map(listed)).toEqual([1, 1, 1, 1]);
    expect(blocSheet.cells.filter((c) => String(c.value).includes("cụm a"))).toEqual([]);

    const rows = unitGridRows(summaryView(summary));
    const shown = filterUnits(rows, { text: "", bloc: "CỤM A", grade: "", standing: "" });
    expect(shown.map((r) => r.code)).toEqual(["U0081", "U0082", "U0083"]);
  });
});
