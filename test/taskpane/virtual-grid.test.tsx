/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { VirtualGrid, type GridColumn } from "../../src/taskpane/results/VirtualGrid";

// Issue 64: the units grid took 8 Tab presses to leave: its region, each column's sort button, its row.

interface Unit {
  readonly code: string;
  readonly score: number;
}

const UNITS: readonly Unit[] = [
  { code: "P01", score: 90 },
  { code: "P02", score: 70 },
  { code: "P03", score: 80 },
];

const COLUMNS: readonly GridColumn<Unit>[] = [
  {
    id: "unit",
    title: "Đơn vị",
    grow: 2,
    compare: (a, b) => a.code.localeCompare(b.code),
    render: (u) => u.code,
  },
  {
    id: "score",
    title: "Điểm",
    grow: 1,
    compare: (a, b) => a.score - b.score,
    render: (u) => String(u.score),
  },
];

// Fluent's focus manager (tabster), which the grid brings, moves the focus on Tab itself, skipping what it
// takes for hidden: an element without an offsetParent, or any in a page of no size, as jsdom lays nothing
// out. Laid out here as a browser lays the grid out: every element inside its parent, on a page of a size.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  const page = { x: 0, y: 0, top: 0, left: 0, right: 1024, bottom: 768, width: 1024, height: 768 };
  document.body.getBoundingClientRect = () => ({ ...page, toJSON: () => page });
});

function renderGrid() {
  const picked: string[] = [];
  render(
    <>
      <button>Trước</button>
      <VirtualGrid
        items={UNITS}
        columns={COLUMNS}
        rowId={(u) => u.code}
        label="Đơn vị đã tổng hợp"
        rowHeight={40}
        onPick={(u) => picked.push(u.code)}
      />
      <button>Sau</button>
    </>,
  );
  return picked;
}

const row = (code: string) => screen.getAllByRole("row").find((r) => r.textContent!.startsWith(code))!;
const sortButton = (name: RegExp) => within(screen.getByRole("columnheader", { name })).getByRole("button");

describe("a grid of units", () => {
  it("is one Tab stop, its current row, entered and left with one Tab each way", async () => {
    renderGrid();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Trước" }));
    await user.tab();
    expect(document.activeElement).toBe(row("P01"));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Sau" }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(row("P01"));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Trước" }));
  });

  it("moves along its rows by the arrows, keeps the row last reached as its Tab stop, and opens a row by Enter", async () => {
    const picked = renderGrid();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Trước" }));
    await user.tab();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(row("P02"));
    await user.tab();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(row("P02"));
    await user.keyboard("{Enter}");
    expect(picked).toEqual(["P02"]);
  });

  it("goes up from its first row to the sort buttons, along them by left and right, sorts by Enter and goes back down", async () => {
    renderGrid();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Trước" }));
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowUp}{ArrowUp}");
    expect(document.activeElement).toBe(sortButton(/Đơn vị/));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(sortButton(/Điểm/));
    await user.keyboard("{Enter}");
    expect(screen.getByRole("columnheader", { name: /Điểm/ }).getAttribute("aria-sort")).toBe("ascending");
    expect(
      screen
        .getAllByRole("row")
        .slice(1)
        .map((r) => r.textContent!.slice(0, 3)),
    ).toEqual(["P02", "P03", "P01"]);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(sortButton(/Đơn vị/));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(row("P01"));
  });
});
