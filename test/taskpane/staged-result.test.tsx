/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, render, screen } from "@testing-library/react";
import { rollup, summaryView, TEMPLATE_IDS } from "../../src/core";
import { useStaged } from "../../src/taskpane/hooks/use-staged";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { RollupResult } from "../../src/taskpane/results/RollupResult";
import { consistentFills, submission, unit } from "../support/reports";

// The page's thread is held by one task at a time: each heavy part drawn in a task of its own.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Runs the tasks due now, and what React does after them. */
const nextTask = () => act(async () => void jest.advanceTimersByTime(0));

describe("parts drawn one task after another", () => {
  it("draw none with the first paint, then one more in each later task, up to their number", async () => {
    const seen: number[] = [];
    function Parts() {
      seen.push(useStaged(3));
      return null;
    }
    render(<Parts />);
    expect(seen.at(-1)).toBe(0);
    for (const shown of [1, 2, 3, 3]) {
      await nextTask();
      expect(seen.at(-1)).toBe(shown);
    }
  });

  it("are, in a roll-up's result, the units grid after the counts, and the charts after the grid", async () => {
    const summary = rollup(
      ["P01", "P02"].map((code, i) =>
        submission({ unit: unit(code), fills: consistentFills(TEMPLATE_IDS, 40 + i) }, `${code}.xlsx`),
      ),
    );
    render(
      <I18nProvider lang="vi">
        <RollupResult summary={summaryView(summary)} />
      </I18nProvider>,
    );
    const grid = () => screen.queryByRole("grid", { name: "Đơn vị đã tổng hợp" });
    // The charts' place: their loading line while their library loads, then their section.
    const charts = () =>
      screen.queryByText("Đang vẽ biểu đồ…") ??
      screen.queryByText("Không vẽ được biểu đồ", { exact: false }) ??
      screen.queryByRole("region", { name: "Biểu đồ" });
    expect(screen.getByRole("list", { name: "Cần xử lý" })).toBeTruthy();
    expect([grid(), charts()]).toEqual([null, null]);
    await nextTask();
    expect([grid() !== null, charts()]).toEqual([true, null]);
    await nextTask();
    expect([grid() !== null, charts() !== null]).toEqual([true, true]);
  });
});
