/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { CountedList, LIST_STEP } from "../../src/taskpane/results/CountedList";

describe("a long list of a result", () => {
  it("draws a hundred items at a time, and every item is one 'show more' away", async () => {
    const count = LIST_STEP * 2 + 50;
    const items = Array.from({ length: count }, (_, i) => ({ key: `u${i}`, text: `Đơn vị ${i}` }));
    render(
      <I18nProvider lang="vi">
        <CountedList title="Nộp trễ hạn" items={items} />
      </I18nProvider>,
    );
    const drawn = () => within(screen.getByRole("list", { name: "Nộp trễ hạn" })).getAllByRole("listitem");
    expect(screen.getByRole("heading").textContent).toBe(`Nộp trễ hạn (${count})`);
    expect(drawn()).toHaveLength(LIST_STEP);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole("button", { name: `Hiện thêm ${LIST_STEP} (còn ${count - LIST_STEP})` }),
    );
    expect(drawn()).toHaveLength(LIST_STEP * 2);
    await user.click(screen.getByRole("button", { name: "Hiện thêm 50 (còn 50)" }));
    expect(drawn().map((li) => li.textContent)).toEqual(items.map((i) => i.text));
    expect(screen.queryByRole("button")).toBeNull();
  });
});
