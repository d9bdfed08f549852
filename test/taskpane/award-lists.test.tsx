/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import { summaryView, type Lang, type Summary } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { EVERY_AWARD_CASE, summaryOf } from "../support/award-summaries";

function show(summary: Summary, lang: Lang) {
  render(
    <I18nProvider lang={lang}>
      <RollupResult summary={summaryView(summary)} />
    </I18nProvider>,
  );
}

const items = (name: RegExp) =>
  within(screen.getByRole("list", { name }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

describe("the award proposals on the page", () => {
  it("lists each proposal, the tied one marked, and the units not eligible with the reason", () => {
    show(summaryOf(EVERY_AWARD_CASE), "vi");
    expect(screen.getByRole("heading", { name: "Đề nghị khen thưởng (4)" })).toBeTruthy();
    expect(items(/^Đề nghị khen thưởng$/)).toEqual([
      "Cờ thi đua (Toàn tỉnh): A1 Công đoàn A1 — điểm 99,00, xếp loại Xuất sắc, hạng 1",
      "Bằng khen (Mỗi cụm: Cụm A): A2 Công đoàn A2 — điểm 96,50, xếp loại Xuất sắc, hạng 2",
      "Bằng khen (Mỗi cụm: Cụm B): B1 Công đoàn B1 — điểm 88,00, xếp loại Tốt, hạng 2",
      "Bằng khen (Mỗi cụm: Cụm B): B2 Công đoàn B2 — điểm 88,00, xếp loại Tốt, hạng 2 (vượt số lượng)",
    ]);
    // Where the tie made a list longer than its number, the page says so, as the sheet does.
    expect(
      screen.getByText(/^Các đơn vị bằng điểm ở vị trí cuối cùng đều được đề nghị/).textContent,
    ).toContain("Bằng khen (Mỗi cụm: Cụm B): đề nghị 2 đơn vị, số lượng 1 — nhiều hơn số lượng 1 đơn vị");
    expect(items(/^Đơn vị không đủ điều kiện/)).toEqual([
      "C1 Công đoàn C1: Báo cáo chưa đủ: thiếu 01/7/2025 – 31/12/2025",
      "Z9 Công đoàn Z9: Thiếu báo cáo",
    ]);
  });

  it("speaks English when the pane does", () => {
    show(summaryOf(EVERY_AWARD_CASE), "en");
    expect(items(/^Award proposals$/)[3]).toBe(
      "Bằng khen (Per bloc: Cụm B): B2 Công đoàn B2 — score 88.00, grade Tốt, rank 2 (beyond the number)",
    );
    expect(items(/^Units not eligible/)).toContain("Z9 Công đoàn Z9: Report missing");
  });

  it("says no unit is proposed when every unit is left out, naming why", () => {
    show(summaryOf({ ...EVERY_AWARD_CASE, scores: { C1: ["Cụm B", 99] } }), "vi");
    expect(items(/^Đề nghị khen thưởng$/)).toEqual(["Không có"]);
    expect(items(/^Đơn vị không đủ điều kiện/)).toHaveLength(2);
  });

  it("is not shown when the campaign has no award rules", () => {
    show(summaryOf({ scores: { A1: ["Cụm A", 99] }, missing: ["Z9"] }), "vi");
    expect(screen.getByRole("list", { name: "Thiếu báo cáo" })).toBeTruthy();
    expect(screen.queryByRole("list", { name: /khen thưởng/ })).toBeNull();
  });
});
