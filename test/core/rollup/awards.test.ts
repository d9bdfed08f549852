import { countLine, proposeAwards, type Summary } from "../../../src/core";
import { summaryOf } from "../../support/award-summaries";

const drawn = (summary: Summary) =>
  proposeAwards(summary)!.proposals.map((p) => [p.award, p.bloc, p.code, p.rank, p.tied]);

describe("award proposals", () => {
  it("draws each award in the table's order, per bloc or province-wide, one award per unit", () => {
    const summary = summaryOf({
      scores: {
        A1: ["Cụm A", 99],
        A2: ["Cụm A", 96],
        A3: ["Cụm A", 85],
        B1: ["Cụm B", 97],
        B2: ["Cụm B", 90],
        B3: ["Cụm B", 70],
      },
      awards: [
        { award: "Cờ thi đua", scope: "province", count: 1, minGrade: "Xuất sắc" },
        { award: "Bằng khen", scope: "bloc", count: 1, minGrade: "Tốt" },
        { award: "Giấy khen", scope: "province", count: 2, minScore: 80 },
      ],
    });
    expect(summary.units.map((u) => [u.unit.code, u.score, u.grade])).toContainEqual(["A2", 96, "Xuất sắc"]);
    expect(drawn(summary)).toEqual([
      ["Cờ thi đua", "Cụm A", "A1", 1, false],
      // A1 has the flag: its bloc's Bằng khen goes to the next in rank.
      ["Bằng khen", "Cụm A", "A2", 2, false],
      ["Bằng khen", "Cụm B", "B1", 1, false],
      ["Giấy khen", "Cụm B", "B2", 4, false],
      ["Giấy khen", "Cụm A", "A3", 5, false],
    ]);
    const a2 = proposeAwards(summary)!.proposals[1]!;
    expect(a2).toMatchObject({ name: "Công đoàn A2", score: 96, grade: "Xuất sắc", scope: "bloc" });
    expect(a2.why).toEqual({
      vi: "hạng 2 Cụm A; xếp loại Xuất sắc (yêu cầu: từ Tốt trở lên)",
      en: "rank 2 in Cụm A; grade Xuất sắc (required: Tốt or above)",
    });
    expect(proposeAwards(summary)!.proposals[3]!.why.vi).toBe(
      "hạng 4 toàn tỉnh; 90,00 điểm (yêu cầu: từ 80 điểm trở lên)",
    );
  });

  it("proposes every unit tied with the last one taken, as the ranking gives them one rank", () => {
    const summary = summaryOf({
      scores: { T1: [null, 95], T2: [null, 90], T3: [null, 90], T4: [null, 85] },
      awards: [{ award: "Bằng khen", scope: "province", count: 2 }],
    });
    expect(drawn(summary)).toEqual([
      ["Bằng khen", null, "T1", 1, false],
      ["Bằng khen", null, "T2", 2, false],
      ["Bằng khen", null, "T3", 2, true],
    ]);
    expect(proposeAwards(summary)!.proposals[2]!.why.vi).toBe(
      "hạng 2 toàn tỉnh; bằng điểm đơn vị ở vị trí cuối cùng, nên được đề nghị thêm ngoài số lượng 2",
    );
    // The count says the list is longer than the number, and why.
    expect(proposeAwards(summary)!.counts).toEqual([
      { award: "Bằng khen", scope: "province", bloc: null, number: 2, proposed: 3, beyond: 1 },
    ]);
    expect(countLine(proposeAwards(summary)!.counts[0]!, undefined).vi).toBe(
      "Bằng khen (Toàn tỉnh): đề nghị 3 đơn vị, số lượng 2 — nhiều hơn số lượng 1 đơn vị vì bằng điểm ở vị trí cuối cùng",
    );
    const three = summaryOf({
      scores: { T1: [null, 95], T2: [null, 90], T3: [null, 90], T4: [null, 85] },
      awards: [{ award: "Bằng khen", scope: "province", count: 3 }],
    });
    expect(drawn(three).map((p) => p[2])).toEqual(["T1", "T2", "T3"]);
  });

  it("holds to the minimum grade and score: a score equal to the minimum reaches it, none below", () => {
    const summary = summaryOf({
      scores: { M1: [null, 94.99], M2: [null, 80], M3: [null, 79.99] },
      awards: [
        { award: "Cờ thi đua", scope: "province", count: 5, minGrade: "Xuất sắc" },
        { award: "Bằng khen", scope: "province", count: 5, minScore: 80 },
      ],
    });
    expect(drawn(summary)).toEqual([
      ["Bằng khen", null, "M1", 1, false],
      ["Bằng khen", null, "M2", 2, false],
    ]);
  });

  it("leaves out units without a bloc from a per-bloc award", () => {
    const summary = summaryOf({
      scores: { C1: ["Cụm A", 70], L1: [null, 99] },
      awards: [{ award: "Bằng khen", scope: "bloc", count: 1 }],
    });
    expect(drawn(summary)).toEqual([["Bằng khen", "Cụm A", "C1", 1, false]]);
  });

  it("names the units with a rejected, missing or incomplete report as not eligible, and passes them over", () => {
    const summary = summaryOf({
      scores: { P1: [null, 99], P2: [null, 90], P3: [null, 85] },
      partial: ["P1"],
      missing: ["Z9"],
      rejected: ["R1"],
      awards: [{ award: "Bằng khen", scope: "province", count: 1 }],
    });
    const awards = proposeAwards(summary)!;
    expect(summary.units.find((u) => u.unit.code === "P1")!.rank).toBe(1);
    expect(drawn(summary)).toEqual([["Bằng khen", null, "P2", 2, false]]);
    expect(awards.notEligible.map((u) => u.code)).toEqual(["P1", "R1", "Z9"]);
    const [partial, rejected, missing] = awards.notEligible;
    expect(partial!.reason.vi).toMatch(/^Báo cáo chưa đủ: thiếu 01\/7\/2025/);
    expect(rejected!.reason.vi).toBe(`Báo cáo bị loại: ${summary.rejected[0]!.reason.vi}`);
    expect(rejected!.reason.en).toBe(`Report rejected: ${summary.rejected[0]!.reason.en}`);
    expect(missing!.reason).toEqual({ vi: "Thiếu báo cáo", en: "Report missing" });
  });

  it("proposes nothing when the campaign has no award rules", () => {
    expect(proposeAwards(summaryOf({ scores: { A1: [null, 99] } }))).toBeNull();
  });
});
