/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import { rollup, summaryView, TEMPLATE_IDS } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { withBlankCells } from "../support/blank-cells";
import { consistentFills, submission, unit } from "../support/reports";

const summary = withBlankCells(
  rollup(
    ["P01", "P02"].map((code, i) =>
      submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, 40 + i) }, `${code}.xlsx`),
    ),
  ),
  "P02",
);

describe("the roll-up's warnings on the page", () => {
  it("are one line per unit and rule of a sheet, counted as lines in the headline", () => {
    render(
      <I18nProvider lang="vi">
        <RollupResult summary={summaryView(summary)} />
      </I18nProvider>,
    );
    const list = screen.getByRole("list", { name: "Cảnh báo" });
    const lines = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines.filter((l) => l!.includes("ô để trống"))).toEqual([
      "P02 — Biểu 02!C9: C9: ô để trống (và 11 ô khác: D9, E9, F9, G9, H9…)",
    ]);
    const headline = screen.getByRole("list", { name: "Cần xử lý" });
    expect(within(headline).getByText(/^Cảnh báo: /).textContent).toBe(`Cảnh báo: ${lines.length}`);
  });

  // The words of some warnings begin with the unit: the line named it twice, "P03: P03: files …".
  it("name the unit once where the words begin with it", () => {
    const twice = rollup(
      [3, 4].map((seed) =>
        submission({ unit: unit("P03"), fills: consistentFills(TEMPLATE_IDS, seed) }, `P03-${seed}.xlsx`),
      ),
    );
    render(
      <I18nProvider lang="en">
        <RollupResult summary={summaryView(twice)} />
      </I18nProvider>,
    );
    const lines = within(screen.getByRole("list", { name: "Warnings" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines.filter((l) => l!.includes("record the same save time"))).toEqual([
      expect.stringMatching(/^P03: files P03-\d\.xlsx and P03-\d\.xlsx record/),
    ]);
  });
});
