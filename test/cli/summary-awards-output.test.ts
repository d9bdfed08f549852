import { formatSummaryTable } from "../../src/cli/summary-table";
import { displayWidth } from "../../src/cli/display-width";
import { EVERY_AWARD_CASE, summaryOf } from "../support/award-summaries";

const summary = summaryOf(EVERY_AWARD_CASE);

/** The section from its heading to the blank line after it, each wrapped line joined to its item. */
function section(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf("", start);
  return lines.slice(start, end < 0 ? undefined : end).reduce<string[]>((items, line) => {
    if (/^ {3,}\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else items.push(line);
    return items;
  }, []);
}

describe("the award proposals in the terminal", () => {
  it("lists each proposal, the tied one marked, then the units not eligible and why, in Vietnamese", () => {
    expect(section(formatSummaryTable(summary, "vi", 80), "Đề nghị khen thưởng:")).toEqual([
      "Đề nghị khen thưởng:",
      "  ★ Cờ thi đua (Toàn tỉnh): A1 Công đoàn A1 — điểm 99,00, xếp loại Xuất sắc, hạng 1",
      "  ★ Bằng khen (Mỗi cụm: Cụm A): A2 Công đoàn A2 — điểm 96,50, xếp loại Xuất sắc, hạng 2",
      "  ★ Bằng khen (Mỗi cụm: Cụm B): B1 Công đoàn B1 — điểm 88,00, xếp loại Tốt, hạng 2",
      "  ★ Bằng khen (Mỗi cụm: Cụm B): B2 Công đoàn B2 — điểm 88,00, xếp loại Tốt, hạng 2 (vượt số lượng)",
      "  Các đơn vị bằng điểm ở vị trí cuối cùng đều được đề nghị, kể cả khi vượt số",
      "  lượng; Hội đồng Thi đua – Khen thưởng xem xét, quyết định.",
      "  + Bằng khen (Mỗi cụm: Cụm B): đề nghị 2 đơn vị, số lượng 1 — nhiều hơn số lượng 1 đơn vị vì bằng điểm ở vị trí cuối cùng",
      "Đơn vị không đủ điều kiện đề nghị khen thưởng:",
      "  ✗ C1 Công đoàn C1: Báo cáo chưa đủ: thiếu 01/7/2025 – 31/12/2025",
      "  ✗ Z9 Công đoàn Z9: Thiếu báo cáo",
    ]);
  });

  it("says the same in English with --lang en", () => {
    const lines = section(formatSummaryTable(summary, "en", 80), "Award proposals:");
    expect(lines).toContain(
      "  ★ Bằng khen (Per bloc: Cụm B): B2 Công đoàn B2 — score 88.00, grade Tốt, rank 2 (beyond the number)",
    );
    expect(lines).toContain("  ✗ Z9 Công đoàn Z9: Report missing");
    expect(lines).toContain("Units not eligible for an award:");
  });

  it.each([40, 60, 80])("keeps every line within %i columns, the mark of a tied unit included", (width) => {
    for (const lang of ["vi", "en"] as const) {
      const text = formatSummaryTable(summary, lang, width);
      for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const heading = lang === "vi" ? "Đề nghị khen thưởng:" : "Award proposals:";
      const mark = lang === "vi" ? "(vượt số lượng)" : "(beyond the number)";
      expect(section(text, heading).filter((l) => l.endsWith(mark))).toHaveLength(1);
    }
  });

  it("prints nothing of the kind when the campaign has no award rules", () => {
    const plain = summaryOf({ scores: { A1: ["Cụm A", 99] }, missing: ["Z9"] });
    for (const lang of ["vi", "en"] as const) {
      const text = formatSummaryTable(plain, lang, 80);
      expect(text).not.toMatch(/Đề nghị khen thưởng|Award proposals|không đủ điều kiện|not eligible/);
    }
  });
});
