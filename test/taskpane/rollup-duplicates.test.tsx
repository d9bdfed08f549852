/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import { parsePeriod, rollup, summaryView } from "../../src/core";
import { formatSummaryTable } from "../../src/cli/summary-table";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { consistentFills, submission, unit } from "../support/reports";

/** A year's roll-up of P01's two rounds, its Đợt 1 sent twice, as "bao-cao.xlsx" and then "bao-cao (1).xlsx". */
function resentRound() {
  const round = (id: string, file: string, at: string) =>
    submission(
      { unit: unit("P01"), period: parsePeriod(id)!, templates: ["B04"], fills: consistentFills(["B04"], 1) },
      file,
      at,
    );
  return rollup(
    [
      round("2025-D1", "bao-cao.xlsx", "2025-07-05T08:00:00Z"),
      round("2025-D1", "bao-cao (1).xlsx", "2025-07-08T08:00:00Z"),
      round("2025-D2", "bao-cao-dot-2.xlsx", "2026-01-05T08:00:00Z"),
    ],
    { period: parsePeriod("2025")! },
  );
}

// A year's roll-up: P01 sent its Đợt 1 twice, under names that do not say which round.
const summary = resentRound();
const ROUND_1 = "Đợt 1 năm 2025 (01/01/2025 – 30/6/2025)";

describe("a round a unit sent twice, in a year's roll-up", () => {
  it("is named on the page beside the unit", () => {
    render(
      <I18nProvider lang="vi">
        <RollupResult summary={summaryView(summary)} />
      </I18nProvider>,
    );
    const list = screen.getByRole("list", { name: "Báo cáo trùng" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([`P01 — ${ROUND_1}: Dùng tệp mới nhất bao-cao (1).xlsx, thay cho bao-cao.xlsx`]);
  });

  it("is named on the command line beside the unit", () => {
    const text = formatSummaryTable(summary, "vi", 200);
    expect(text).toContain(
      `Báo cáo trùng (dùng tệp mới nhất): P01 (${ROUND_1}): bao-cao (1).xlsx ← bao-cao.xlsx`,
    );
  });
});
