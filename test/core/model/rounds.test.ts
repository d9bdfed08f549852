import { getTemplate, inputCells, parsePeriod, periodText, rollup, type Period } from "../../../src/core";
import { b02Round, submission, unit } from "../../support/reports";

describe("rounds of a year", () => {
  it("opens a unit's year with its first round when it starts reporting in Đợt 2, and leaves it out of the total's opening on 01/01", () => {
    const d2 = b02Round("X01", "2025-D2", {
      members_start: 800,
      members_admitted: 50,
      members_left: 20,
      unions_start: 5,
      unions_founded: 1,
      unions_dissolved: 0,
      workers: 1000,
      members_female: 100,
    });
    const summary = rollup([d2], { period: parsePeriod("2025")! });
    const own = summary.units[0]!.report.forms.B02!.total!;
    expect(own.members_start).toBe(4000);
    expect(own.unions_start).toBe(25);
    // Its opening is a stock on 01/7, not on 01/01: the total opens with no unit present on 01/01.
    const total = summary.total.forms.B02!.total!;
    expect(summary.stocks.notAtStart).toEqual(["X01"]);
    expect(total.members_start).toBeNull();
    expect(total.unions_start).toBeNull();
    expect(total.members_end).toBe(4150);
    expect(total.unions_end).toBe(30);
    expect(total.membership_rate).toBeCloseTo(4150 / 5000, 12);
    expect(total.workers).toBe(5000);
  });

  it("closes with the last round's own closing figures and warns where a round does not open where the last closed", () => {
    const d1 = b02Round("X01", "2025-D1", {
      members_start: 800,
      members_admitted: 50,
      members_left: 20,
    });
    const d2 = b02Round("X01", "2025-D2", {
      members_start: 790,
      members_admitted: 10,
      members_left: 0,
    });
    const summary = rollup([d2, d1], { period: parsePeriod("2025")! });
    const row = summary.units[0]!;
    expect(row.report.forms.B02!.state!.members_start).toBe(800);
    expect(row.report.forms.B02!.state!.members_admitted).toBe(60);
    expect(row.report.forms.B02!.state!.members_end).toBe(800);
    const continuity = row.warnings.filter((w) => w.rule === "rollup.continuity");
    const membersStart = inputCells(getTemplate("B02")).filter((c) => c.col.key === "members_start");
    expect(continuity).toHaveLength(membersStart.length);
    const first = continuity[0]!;
    expect(first.sheet).toBe("Biểu 02");
    expect(first.message_vi).toMatch(/tệp X01-2025-D2\.xlsx, ô [A-Z]+\d+ của trang tính "Biểu 02"/);
    expect(first.message_vi).toMatch(/tệp X01-2025-D1\.xlsx, ô [A-Z]+\d+ của trang tính "Biểu 02"/);
    expect(first.message_en).toMatch(/file X01-2025-D1\.xlsx, cell [A-Z]+\d+ of sheet "Biểu 02"/);
    expect(first.message_vi).toContain("790");
    expect(first.message_vi).toContain("830");
    expect(first.message_en).toContain("previous round closed at 830");
  });

  it("keeps the year's budget as planned, never summed across rounds", () => {
    const budget = (period: string) =>
      submission(
        {
          unit: unit("X01"),
          templates: ["B03"],
          period: parsePeriod(period)!,
          fills: {
            TD_B03_union_funding_budget: 1_000_000,
            TD_B03_union_funding_collected: 400_000,
            TD_B03_union_dues_budget: 200_000,
            TD_B03_union_dues_collected: 100_000,
          },
        },
        `${period}.xlsx`,
      );
    const year = rollup([budget("2025-D1"), budget("2025-D2")], { period: parsePeriod("2025")! });
    const total = year.units[0]!.report.forms.B03!.total!;
    expect(total.budget).toBe(1_200_000);
    expect(total.collected).toBe(1_000_000);
    expect(total.collection_rate).toBeCloseTo(1_000_000 / 1_200_000, 12);
    const round = rollup([budget("2025-D1")], { period: parsePeriod("2025-D1")! });
    expect(round.total.forms.B03!.total!.collection_rate).toBeCloseTo(500_000 / 1_200_000, 12);
  });
});

describe("overlapping rounds of a unit", () => {
  // Labelled with the dates they span, as a campaign's own rounds are.
  const spanning = (period: Period): Period => ({ ...period, label: periodText(period) });
  const q1 = spanning({ ...parsePeriod("2025-D1")!, id: "2025-Q1", end: "2025-03-31" });
  const febDec = spanning({ ...parsePeriod("2025-D2")!, id: "2025-FEBDEC", start: "2025-02-01" });
  const report = (period: Period, file: string) =>
    submission({ unit: unit("X01"), templates: ["B02"], period }, file);

  it("keep the longer report and list the other, whatever the order of the files", () => {
    const short = report(q1, "q1.xlsx");
    const long = report(febDec, "febdec.xlsx");
    for (const files of [
      [short, long],
      [long, short],
    ]) {
      const summary = rollup(files, { period: parsePeriod("2025")!, expectedUnits: [unit("X01")] });
      const row = summary.units[0]!;
      expect(row.sources.map((s) => s.name)).toEqual(["febdec.xlsx"]);
      expect(row.gaps).toEqual([{ start: "2025-01-01", end: "2025-01-31" }]);
      expect(summary.duplicates).toEqual([
        {
          unitCode: "X01",
          periodId: "2025",
          periodLabel: parsePeriod("2025")!.label,
          kept: long.source,
          dropped: [short.source],
        },
      ]);
    }
  });
});

describe("a unit nobody listed that sent only a later round", () => {
  const d2 = () =>
    submission({ unit: unit("X01"), templates: ["B02"], period: parsePeriod("2025-D2")! }, "d2.xlsx");

  it("is taken to start with that round, and the summary says so", () => {
    const row = rollup([d2()], { period: parsePeriod("2025")! }).units[0]!;
    expect(row.status).toBe("ok");
    const [assumed] = row.warnings.filter((w) => w.rule === "rollup.start_assumed");
    expect(assumed!.message_en).toContain("X01: without a list of units");
    expect(assumed!.message_en).toContain("01/7/2025");
    expect(assumed!.message_vi).toContain("01/01/2025 – 30/6/2025");
  });

  it("is partial over the missing round when a file of it was rejected", () => {
    const wrongYear = submission(
      { unit: unit("X01"), templates: ["B02"], period: parsePeriod("2024-D1")! },
      "d1-2024.xlsx",
    );
    const summary = rollup([wrongYear, d2()], { period: parsePeriod("2025")! });
    expect(summary.rejected.map((r) => r.source.name)).toEqual(["d1-2024.xlsx"]);
    const row = summary.units[0]!;
    expect(row.status).toBe("partial");
    expect(row.gaps).toEqual([{ start: "2025-01-01", end: "2025-06-30" }]);
    expect(row.warnings.filter((w) => w.rule === "rollup.start_assumed")).toEqual([]);
  });
});
