import { layoutSummary } from "../../../src/core";
import { summaryToJson } from "../../../src/cli/summary-json";
import { writeWorkbookPlan } from "../../../src/xlsx";
import { EVERY_AWARD_CASE, summaryOf } from "../../support/award-summaries";
import { sheetsAsCsv } from "../../support/libreoffice";

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
      "1 | A1 | Công đoàn A1 | Cụm A | Cờ thi đua | Toàn tỉnh | 99.00 | Xuất sắc | 1 | Hạng 1 toàn tỉnh; xếp loại Xuất sắc (yêu cầu: từ Xuất sắc trở lên)",
      "2 | A2 | Công đoàn A2 | Cụm A | Bằng khen | Mỗi cụm | 96.50 | Xuất sắc | 2 | Hạng 2 Cụm A; 96,50 điểm (yêu cầu: từ 80 điểm trở lên)",
      "3 | B1 | Công đoàn B1 | Cụm B | Bằng khen | Mỗi cụm | 88.00 | Tốt | 2 | Hạng 2 Cụm B; 88,00 điểm (yêu cầu: từ 80 điểm trở lên)",
      "4 | B2 | Công đoàn B2 | Cụm B | Bằng khen | Mỗi cụm | 88.00 | Tốt | 2 | Hạng 2 Cụm B; 88,00 điểm (yêu cầu: từ 80 điểm trở lên); bằng điểm đơn vị ở vị trí cuối cùng, nên được đề nghị thêm ngoài số lượng 1",
    ]);
    // The list the council signs has no English column.
    expect(proposals.every((r) => r.slice(10).every((cell) => cell === ""))).toBe(true);
    const notEligible = rows
      .slice(at("Đơn vị không đủ điều kiện") + 2, at("Bản tiếng Anh"))
      .filter((r) => r[0] !== "");
    expect(notEligible.map((r) => [r[1], r[2], r[3], r[4]!.slice(0, 22)])).toEqual([
      ["C1", "Công đoàn C1", "Cụm B", "Báo cáo chưa đủ: thiếu"],
      ["Z9", "Công đoàn Z9", "", "Thiếu báo cáo"],
    ]);
    expect(rows.map((r) => r[0])).toContain("Z9 Công đoàn Z9: Report missing");
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
      rule: "hạng 2 Cụm A; 96,50 điểm (yêu cầu: từ 80 điểm trở lên)",
      rule_en: "rank 2 in Cụm A; score 96.50 (required: 80 or above)",
    });
    expect(awards.not_eligible.map((u) => (u as { code: string }).code)).toEqual(["C1", "Z9"]);
    expect((awards as unknown as { counts: object[] }).counts).toContainEqual({
      award: "Bằng khen",
      scope: "bloc",
      bloc: "Cụm B",
      number: 1,
      proposed: 2,
      beyond: 1,
    });
  });
});
