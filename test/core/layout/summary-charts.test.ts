import { layoutSummary, type PlanChart, type SheetPlan, type Summary } from "../../../src/core";
import { blocBars, MAX_BARS, unitBars } from "../../../src/core/layout/chart-bars";
import { manyUnitsSummary, planValues } from "../../support/summaries";

/** The summary's sheet of charts, which follows its charts. */
const chartsOf = (summary: Summary) => {
  const sheets = layoutSummary(summary).sheets;
  expect(sheets.map((s) => s.name).slice(0, 2)).toEqual(["Tổng hợp", "Biểu đồ"]);
  expect(sheets[0]!.charts).toBeUndefined();
  return sheets[1]!;
};

const bars = (sheet: SheetPlan, chart: PlanChart) => ({
  labels: planValues(sheet, chart.categories),
  values: planValues(sheet, chart.values),
});

/** Scores best first, as the test works them out from the units themselves. */
const scoresDown = (summary: Summary) =>
  summary.units.flatMap((u) => (u.score === null ? [] : [u.score])).sort((a, b) => b - a);

describe("the summary's charts", () => {
  it("draw every unit, best first, when they fit", () => {
    const summary = manyUnitsSummary(4, 0);
    const charts = chartsOf(summary);
    expect(charts.charts).toHaveLength(1);
    const chart = charts.charts![0]!;
    expect(chart.title.vi).toBe("Điểm thi đua theo đơn vị");
    const { labels, values } = bars(charts, chart);
    expect(values).toEqual(scoresDown(summary));
    const byName = new Map(summary.units.map((u) => [u.unit.name, u.score]));
    expect(labels.map((name) => byName.get(name as string))).toEqual(values);
  });

  it("draw the 15 best and the 15 worst of more units, with a row saying how many are left out", () => {
    const summary = manyUnitsSummary(40, 3);
    const charts = chartsOf(summary);
    const chart = charts.charts![0]!;
    const { labels, values } = bars(charts, chart);
    const scores = scoresDown(summary);
    expect(values).toEqual([...scores.slice(0, 15), null, ...scores.slice(-15)]);
    expect(labels[15]).toBe("… (10 đơn vị khác)");
    expect(chart.title).toEqual({
      vi: "Điểm thi đua: 15 đơn vị cao nhất và 15 đơn vị thấp nhất trong 40 đơn vị có điểm",
      en: "Score: the 15 highest and the 15 lowest of 40 scored unit(s)",
    });
    expect(chart.size.rows).toBeGreaterThanOrEqual(labels.length);
  });

  it("draw each bloc's average score, and sit below one another without overlapping, on a sheet of their own", () => {
    const summary = manyUnitsSummary(40, 3);
    const charts = chartsOf(summary);
    expect(charts.charts).toHaveLength(2);
    const [units, blocs] = charts.charts!;
    const { labels, values } = bars(charts, blocs!);
    const average = (bloc: string) => {
      const scores = summary.units.filter((u) => u.bloc === bloc).map((u) => u.score!);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(labels).toHaveLength(3);
    expect(values).toEqual(labels.map((bloc) => average(bloc as string)));
    expect(values).toEqual([...values].sort((a, b) => (b as number) - (a as number)));
    expect(blocs!.anchor.row).toBeGreaterThanOrEqual(units!.anchor.row + units!.size.rows);
    // Each chart's heading beside it, not under it (review).
    for (const chart of [units!, blocs!]) {
      const heading = charts.merges.find((m) => m.top === chart.anchor.row)!;
      expect(heading.right).toBeLessThan(chart.anchor.col);
    }
  });

  it("hold at most MAX_BARS bars at any number of units", () => {
    expect(MAX_BARS).toBeLessThanOrEqual(30);
    const summary = manyUnitsSummary(200, 0);
    const charts = chartsOf(summary);
    const { values } = bars(charts, charts.charts![0]!);
    expect(values.filter((v) => typeof v === "number")).toHaveLength(MAX_BARS);
    expect(values.length).toBe(MAX_BARS + 1);
  });
});

describe("the bars a screen draws", () => {
  it("label each unit's bar starting with its code, so a label cut short still names one unit", () => {
    const summary = manyUnitsSummary(60, 3);
    const bars = unitBars(summary).bars;
    const codes = bars.map((b) => b.lead[1]);
    expect(bars.map((b) => b.short.split(" ")[0])).toEqual(codes);
    expect(new Set(bars.map((b) => b.short.slice(0, 6))).size).toBe(bars.length);
    expect(blocBars(summary)!.bars.map((b) => b.short)).toEqual(blocBars(summary)!.bars.map((b) => b.label));
  });
});
