/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { LIST_STEP } from "../../src/taskpane/results/CountedList";
import { FindingsList } from "../../src/taskpane/views/FindingsList";
import { BLANK_CELLS, blankCell } from "../support/blank-cells";

const finding = (sheet: string, severity: Finding["severity"], n: number): Finding => ({
  severity,
  rule: "sheet.look_alike",
  sheet,
  cell: "A1",
  message_vi: `${severity} ${n}`,
  message_en: `${severity} ${n}`,
});

const drawn = () => screen.getAllByRole("listitem").map((li) => li.textContent ?? "");

describe("the findings of a file", () => {
  it("group by sheet in the order met, errors first in each", () => {
    const findings = [
      finding("Biểu 02", "warning", 1),
      finding("Biểu 01", "error", 2),
      finding("Biểu 02", "error", 3),
      finding("Biểu 01", "warning", 4),
    ];
    render(
      <I18nProvider lang="en">
        <FindingsList findings={findings} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual(["Biểu 02", "Biểu 01"]);
    expect(drawn().map((t) => /\d+$/.exec(t)![0])).toEqual(["3", "1", "2", "4"]);
  });

  it("of a workbook with thousands of sheets are drawn a hundred at a time", async () => {
    const count = 3_000;
    const findings = Array.from({ length: count }, (_, i) => finding(`Biểu 01 (${i})`, "error", i));
    render(
      <I18nProvider lang="vi">
        <FindingsList findings={findings} />
      </I18nProvider>,
    );
    expect(drawn()).toHaveLength(LIST_STEP);
    expect(screen.getAllByRole("heading")).toHaveLength(LIST_STEP);
    await userEvent
      .setup()
      .click(screen.getByRole("button", { name: `Hiện thêm ${LIST_STEP} (còn ${count - LIST_STEP})` }));
    expect(drawn()).toHaveLength(2 * LIST_STEP);
    expect(drawn()[2 * LIST_STEP - 1]).toContain(`error ${2 * LIST_STEP - 1}`);
  });
});

const required = (cell: string): Finding => ({
  ...blankCell(cell),
  severity: "error",
  rule: "cell.required_blank",
});

describe("a rule broken at many cells of a sheet", () => {
  it("is one row with its first cell, its count and the next cells, apart from other rules", () => {
    render(
      <I18nProvider lang="vi">
        <FindingsList findings={[required("B9"), ...BLANK_CELLS.map(blankCell), required("D10")]} />
      </I18nProvider>,
    );
    expect(drawn()).toEqual([
      "LỗiB9B9: ô để trống (và 1 ô khác: D10)Các ô khác (1)",
      "Cảnh báoC9C9: ô để trống (và 11 ô khác: D9, E9, F9, G9, H9…)Các ô khác (11)",
    ]);
  });

  it("goes to its first cell, and opens to its other cells, each reached by Tab and Enter", async () => {
    const user = userEvent.setup();
    const selected: string[] = [];
    render(
      <I18nProvider lang="en">
        <FindingsList findings={BLANK_CELLS.map(blankCell)} onSelect={(f) => selected.push(f.cell!)} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole("button", { name: "Go to cell Biểu 02!C9" }));
    expect(screen.queryByRole("button", { name: "Go to cell Biểu 02!D9" })).toBeNull();
    const others = screen.getByRole("button", { name: "Other cells (11)" });
    expect(others.getAttribute("aria-expanded")).toBe("false");
    await user.tab();
    expect(document.activeElement).toBe(others);
    await user.keyboard("{Enter}");
    expect(others.getAttribute("aria-expanded")).toBe("true");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Go to cell Biểu 02!D9" }));
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("button", { name: "Go to cell Biểu 02!N9" }));
    expect(selected).toEqual(["C9", "D9", "N9"]);
  });

  it("outside Excel lists its other cells by address", async () => {
    render(
      <I18nProvider lang="en">
        <FindingsList findings={BLANK_CELLS.slice(0, 3).map(blankCell)} />
      </I18nProvider>,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Other cells (2)" }));
    expect(drawn().slice(1)).toEqual(["D9", "E9"]);
  });

  it("counts one row against the hundred drawn at a time, however many cells it names", () => {
    const findings = Array.from({ length: LIST_STEP + 1 }, (_, i) => ({
      ...blankCell("C9"),
      rule: `rule.${i}`,
    }));
    render(
      <I18nProvider lang="en">
        <FindingsList findings={[...BLANK_CELLS.map(blankCell), ...findings]} />
      </I18nProvider>,
    );
    expect(drawn()).toHaveLength(LIST_STEP);
    expect(screen.getByRole("button", { name: "Show 2 more (2 left)" })).toBeDefined();
  });
});
