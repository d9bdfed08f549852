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
