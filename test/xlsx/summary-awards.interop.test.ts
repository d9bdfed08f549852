import { layoutSummary } from "../../src/core";
import { summaryToJson } from "../../src/cli/summary-json";
import { writeWorkbookPlan } from "../../src/xlsx";
import { EVERY_AWARD_CASE, summaryOf } from "../support/award-summaries";
import { sheetsAsCsv } from "../support/libreoffice";

const SHEET = "Đề nghị khen thưởng";

const summary = summaryOf(EVERY_AWARD_CASE);

describe("the award proposals in the summary workbook", () => {
  it("shows each proposal and each unit not eligible as LibreOffice opens the sheet", async () => {
    const bytes = await writeWorkbookPlan(layoutSummary(summary));
    const rows = sheetsAsCsv(bytes, "xlsx", true).get(SHEET)!;
    const at = (text: string) => rows.findIndex((r) => r[0]!.startsWith(text));
    const proposals = rows.slice(at("STT") + 1, at("Đơn vị không đủ điều kiện") - 1);
    // A row as a person reads it across: number, unit, bloc, award, scope, score, grade, rank, why.
    expect(proposals.map((r) => r.slice(0, 10).join(" | "))).toEqual([
      "1 | A1 | Công đoàn A1 | Cụm A | Cờ thi đua | Toàn tỉnh | 99.00 | Xuất sắc | 1 | hạng 1 toàn tỉnh, xếp loại Xuất sắc ≥ Xuất sắc",
      "2 | A2 | Công đoàn A2 | Cụm A | Bằng khen | Mỗi cụm | 96.50 | Xuất sắc | 2 | hạng 2 Cụm A, điểm 96,5 ≥ 80",
      "3 | B1 | Công đoàn B1 | Cụm B | Bằng khen | Mỗi cụm | 88.00 | Tốt | 2 | hạng 2 Cụm B, điểm 88 ≥ 80",
      "4 | B2 | Công đoàn B2 | Cụm B | Bằng khen | Mỗi cụm | 88.00 | Tốt | 2 | hạng 2 Cụm B, điểm 88 ≥ 80, đồng hạng với đơn vị được đề nghị cuối cùng, nên vượt số lượng 1",
    ]);
    expect(proposals[0]![10]).toBe("rank 1 province-wide, grade Xuất sắc ≥ Xuất sắc");
    const notEligible = rows.slice(at("Đơn vị không đủ điều kiện") + 2).filter((r) => r[0] !== "");
    expect(notEligible.map((r) => [r[1], r[2], r[3], r[4]!.slice(0, 22)])).toEqual([
      ["C1", "Công đoàn C1", "Cụm B", "Báo cáo chưa đủ: thiếu"],
      ["Z9", "Công đoàn Z9", "", "Thiếu báo cáo"],
    ]);
    expect(notEligible[1]![9]).toBe("Report missing");
  });

  it("is left out, as `awards` is from the JSON, when the campaign has no award rules", () => {
    const plain = summaryOf({ scores: { A1: ["Cụm A", 99] } });
    expect(layoutSummary(plain).sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(layoutSummary(summary).sheets.map((s) => s.name)).toContain(SHEET);
    expect(summaryToJson(plain)).not.toHaveProperty("awards");
  });

  it("gives the proposals and the units not eligible in the CLI's JSON", () => {
    const { awards } = summaryToJson(summary) as { awards: { proposals: object[]; not_eligible: object[] } };
    expect(awards.proposals[1]).toEqual({
      award: "Bằng khen",
      scope: "bloc",
      bloc: "Cụm A",
      code: "A2",
      name: "Công đoàn A2",
      score: 96.5,
      grade: "Xuất sắc",
      rank: 2,
      tied: false,
      rule: "hạng 2 Cụm A, điểm 96,5 ≥ 80",
      rule_en: "rank 2 in Cụm A, score 96.5 ≥ 80",
    });
    expect(awards.not_eligible.map((u) => (u as { code: string }).code)).toEqual(["C1", "Z9"]);
  });
});
