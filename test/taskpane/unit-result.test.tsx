/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { rollup, summaryView, TEMPLATE_IDS, type SummaryView } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { summaryOf } from "../support/award-summaries";
import { consistentFills, submission, unit } from "../support/reports";

// Scores and points on the page as the summary workbook shows them (0.00): P01's 71.6 read "71,6" beside
// P02's "65,54" in the grid, and a target's 11.802 points "11,802/15 điểm" where Chấm điểm printed 11.80.
const summary = summaryView(summaryOf({ scores: { P01: [null, 71.6], P02: [null, 65.54] } }));

function renderResult(lang: "vi" | "en", shown: SummaryView = summary) {
  render(
    <I18nProvider lang={lang}>
      <RollupResult summary={shown} />
    </I18nProvider>,
  );
}

describe("a unit's score on the page", () => {
  it("has two decimals in the units grid and in the unit's result, as in the workbook", async () => {
    renderResult("vi");
    const grid = await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    const p01 = within(grid)
      .getAllByRole("row")
      .find((row) => row.textContent?.includes("P01"))!;
    expect(p01.textContent).toContain("71,60");
    expect(
      within(grid)
        .getAllByRole("row")
        .find((row) => row.textContent?.includes("P02"))!.textContent,
    ).toContain("65,54");
    fireEvent.click(p01);
    const result = screen.getByRole("region", { name: /^Kết quả theo chỉ tiêu: P01/ });
    expect(result.textContent).toContain("Điểm 71,60");
    expect(result.textContent).toContain("71,60/100 điểm của các chỉ tiêu được chấm, quy về thang 100.");
    const houses = within(result)
      .getAllByRole("listitem")
      .find((li) => li.textContent!.startsWith('Xây mới, sửa chữa nhà "Mái ấm công đoàn"'))!;
    expect(houses.textContent).toMatch(/ · 71,60\/100 điểm$/);
  });

  it("has two decimals in English too, with a decimal point", async () => {
    renderResult("en");
    const grid = await screen.findByRole("grid");
    const p01 = within(grid)
      .getAllByRole("row")
      .find((row) => row.textContent?.includes("P01"))!;
    expect(p01.textContent).toContain("71.60");
  });
});

describe("a unit's result on a target nobody assigned", () => {
  it("is the result alone beside the badge that says so, and the score says how the points that count made it", async () => {
    // Without the province's campaign, the new members a unit admits have no target.
    const unassigned = summaryView(
      rollup([
        submission(
          { unit: unit("P01"), templates: TEMPLATE_IDS, fills: consistentFills(TEMPLATE_IDS, 7) },
          "P01.xlsx",
        ),
      ]),
    );
    renderResult("vi", unassigned);
    const grid = await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    fireEvent.click(within(grid).getAllByRole("row")[1]!);
    const result = screen.getByRole("region", { name: /^Kết quả theo chỉ tiêu: P01/ });
    const lines = within(result)
      .getAllByRole("listitem")
      .map((li) => li.textContent!);
    const admitted = lines.find((line) => line.startsWith("Kết nạp đoàn viên mới"))!;
    expect(admitted).toMatch(/Chưa giao chỉ tiêuKết quả [\d.]+ · —\/20 điểm$/);
    expect(lines.filter((line) => line.includes("chỉ tiêu —"))).toEqual([]);
    // The score is not the points below it added up, where a target counts for nothing: it says how it was made.
    const figure = (text: string) => Number(text.replace(/\./g, "").replace(",", "."));
    const score = figure(/Điểm ([\d.,]+) — /.exec(result.textContent!)![1]!);
    const [, earned, possible] =
      /([\d.,]+)\/([\d.,]+) điểm của các chỉ tiêu được chấm, quy về thang 100/.exec(result.textContent!)!;
    expect(figure(possible!)).toBeLessThan(100);
    expect(score).toBeCloseTo((figure(earned!) / figure(possible!)) * 100, 1);
  });
});
