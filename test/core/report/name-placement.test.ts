import {
  extract,
  fromA1,
  getTemplate,
  TEMPLATE_IDS,
  META_SHEET,
  rollup,
  toA1,
  validate,
  type GridCell,
  type GridSheet,
  type WorkbookGrid,
} from "../../../src/core";
import { copiedForm } from "../../support/copied-form";
import { gridFromPlan } from "../../support/plan-grid";
import {
  consistentFills,
  PERIOD_2025_D1,
  reportGrid,
  reportPlan,
  submission,
  unit,
} from "../../support/reports";

const clean = reportGrid({ unit: unit("P01") });
const nameOf = (grid: WorkbookGrid, name: string) => grid.names.find((n) => n.name === name)!;
/** The clean report with one sheet's cells changed. */
const withCells = (
  sheet: string,
  change: (cells: GridSheet["cells"]) => Map<string, GridCell>,
): WorkbookGrid => ({
  ...clean,
  sheets: clean.sheets.map((s) => (s.name !== sheet ? s : { ...s, cells: change(s.cells) })),
});
const EXEMPLARY = "TD_B04_exemplary_models_value";

/** The grid with one defined name pointing elsewhere, and a figure put in the cell it now points at. */
function repointed(name: string, sheet: string, address: string, value?: number): WorkbookGrid {
  return {
    ...clean,
    names: clean.names.map((n) => (n.name === name ? { ...n, sheet, address } : n)),
    sheets: clean.sheets.map((s) =>
      s.name !== sheet || value === undefined
        ? s
        : { ...s, cells: new Map([...s.cells, [address, { value: { type: "number", value } }]]) },
    ),
  };
}

/** Rows (and columns from `fromCol` on) inserted on every visible sheet, as a user would insert them. */
function inserted(rows: number, cols: number, fromCol: number): WorkbookGrid {
  const visible = new Set(clean.sheets.filter((s) => s.visibility === "visible").map((s) => s.name));
  const move = (address: string) => {
    const at = fromA1(address)!;
    return toA1(at.row + rows, at.col >= fromCol ? at.col + cols : at.col);
  };
  return {
    ...clean,
    sheets: clean.sheets.map((s) =>
      visible.has(s.name)
        ? { ...s, cells: new Map([...s.cells].map(([a, c]): [string, GridCell] => [move(a), c])) }
        : s,
    ),
    names: clean.names.map((n) => (visible.has(n.sheet) ? { ...n, address: move(n.address) } : n)),
  };
}

const misplaced = (grid: WorkbookGrid) =>
  validate(extract(grid)).filter((f) => f.rule === "cell.name_misplaced");
const unplaced = (grid: WorkbookGrid) =>
  validate(extract(grid)).filter((f) => f.rule === "cell.name_unplaced");

describe("defined names must point at their form cell", () => {
  it("finds nothing wrong in a report as generated, or with rows and columns inserted", () => {
    expect(misplaced(clean)).toEqual([]);
    expect(misplaced(inserted(3, 2, 3))).toEqual([]);
    for (const [rows, cols, fromCol] of [
      [0, 3, 0],
      [2, 1, 2],
      [1, 4, 5],
    ] as const) {
      expect(misplaced(inserted(rows, cols, fromCol))).toEqual([]);
      expect(unplaced(inserted(rows, cols, fromCol))).toEqual([]);
    }
    expect(unplaced(clean)).toEqual([]);
  });

  it("refuses a figure hidden on the metadata sheet: the report is not ready and is not rolled up", () => {
    const grid = repointed(EXEMPLARY, META_SHEET, "D40", 999_999);
    expect(misplaced(grid)).toEqual([
      expect.objectContaining({
        severity: "error",
        template: "B04",
        sheet: META_SHEET,
        cell: "D40",
        message_vi: `Tên vùng (Name) ${EXEMPLARY} trỏ tới ô D40 của trang tính ẩn "${META_SHEET}"; ô của biểu mẫu phải nằm trên trang tính hiển thị của biểu. Có thể ô đã bị cắt, dán hoặc kéo sang chỗ khác: hãy hoàn tác (Ctrl+Z), hoặc chép số liệu sang một biểu mẫu mới rồi gửi tệp đó.`,
      }),
    ]);
    expect(misplaced(grid)[0]!.message_en).toContain(`Defined name ${EXEMPLARY} points at cell D40`);
    const forged = { source: { name: "a.xlsx", sha256: "a" }, extraction: extract(grid) };
    const summary = rollup([forged, submission({ unit: unit("P02") }, "p02.xlsx")], {});
    expect(summary.rejected.map((r) => r.rule)).toEqual(["cell.name_misplaced"]);
  });

  it("refuses a name moved to another sheet, naming both sheets", () => {
    const [f] = misplaced(repointed(EXEMPLARY, "Biểu 01", "Z90", 7));
    expect(f).toEqual(expect.objectContaining({ template: "B04", sheet: "Biểu 01", cell: "Z90" }));
    expect(f!.message_en).toBe(
      `Defined name ${EXEMPLARY} points at cell Z90 of sheet "Biểu 01", outside the form's sheet "Biểu 04". The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.`,
    );
  });

  it("refuses a name moved to another row or column of its own sheet", () => {
    const own = nameOf(clean, EXEMPLARY);
    const at = fromA1(own.address)!;
    for (const address of [toA1(at.row + 40, at.col), toA1(at.row, at.col + 9)]) {
      const found = misplaced(repointed(EXEMPLARY, own.sheet, address));
      expect(found.map((f) => [f.rule, f.cell])).toEqual([["cell.name_misplaced", address]]);
      expect(found[0]!.message_en).toContain("off the row or column");
    }
  });

  it("refuses two names on one cell", () => {
    const target = nameOf(clean, "TD_B04_emulation_works_value");
    const found = misplaced(repointed(EXEMPLARY, target.sheet, target.address));
    expect(found.map((f) => f.message_en)).toContain(
      `Defined name ${target.name} points at cell ${target.address} of sheet "${target.sheet}", the cell defined name ${EXEMPLARY} points at too. The cell may have been cut, pasted or dragged elsewhere: undo it (Ctrl+Z), or copy the figures into a fresh template and send that file.`,
    );
  });

  it("keeps a report that is clean ready to roll up", () => {
    const summary = rollup([submission({ unit: unit("P01") }, "p01.xlsx")], { period: PERIOD_2025_D1 });
    expect(summary.rejected).toEqual([]);
  });
});

describe("defined names must sit under the form's own headings", () => {
  const plan = reportPlan(TEMPLATE_IDS, "P01");
  const fills = consistentFills(TEMPLATE_IDS, 11);
  // What the form's own cells show: other figures than the ones the names read on the copy.
  const shown = Object.fromEntries(
    Object.entries(fills).flatMap(([name, v]) => (typeof v === "number" ? [[name, v + 5]] : [])),
  );

  it.each([
    ["to the right", false, "on a copy of the form to its right, not in column"],
    ["below", true, "on a copy of the form below it, not on row"],
  ])("refuses every name moved onto a copy of the form %s", (_, down, why) => {
    const { plan: forged, moved } = copiedForm(plan, "B04", down, shown);
    const found = misplaced(gridFromPlan(forged, { fills }));
    expect(found.map((f) => f.cell).sort()).toEqual(
      [...moved.values()].map((at) => toA1(at.row, at.col)).sort(),
    );
    expect(found.every((f) => f.sheet === getTemplate("B04").sheetName && f.message_en.includes(why))).toBe(
      true,
    );
    expect(found[0]!.message_vi).toContain("bản sao");
  });

  it("only warns where a heading was retyped or the heading row deleted, and names what it could not check", () => {
    const def = getTemplate("B04");
    const heading = def.columns[0]!.label.vi;
    const edited = (keep: (text: string) => boolean): WorkbookGrid =>
      withCells(
        def.sheetName,
        (cells) =>
          new Map([...cells].filter(([, c]) => c.value?.type !== "string" || keep(String(c.value.value)))),
      );
    const retyped = edited((text) => text !== heading);
    expect(misplaced(retyped)).toEqual([]);
    expect(unplaced(retyped)).toEqual([
      expect.objectContaining({ severity: "warning", template: "B04", sheet: def.sheetName }),
    ]);
    expect(unplaced(retyped)[0]!.message_en).toContain(`"${heading}"`);
    const headings = new Set(def.columns.map((c) => c.label.vi));
    const noHeadingRow = edited((text) => !headings.has(text));
    expect(misplaced(noHeadingRow)).toEqual([]);
    expect(unplaced(noHeadingRow).map((f) => f.severity)).toEqual(["warning"]);
  });

  // Red team, round 61: a heading copied right over other figures, the named column relabelled; a label
  // moved down onto the next row's figures. A person reads the other figures under the form's heading.
  it("refuses every name left of its own heading, or above its own label, where the sheet moved them", () => {
    const b04 = getTemplate("B04");
    const heading = b04.columns[0]!.label.vi;
    const moved = (sheet: string, texts: Record<string, string>): WorkbookGrid => ({
      ...clean,
      sheets: clean.sheets.map((s) => {
        if (s.name !== sheet) return s;
        const cells = new Map(s.cells);
        for (const [from, to] of Object.entries(texts))
          for (const [address, cell] of s.cells)
            if (cell.value?.type === "string" && cell.value.value === from) {
              cells.set(address, { value: { type: "string", value: "Kỳ trước" } });
              cells.set(to, { value: { type: "string", value: from } });
            }
        return { ...s, cells };
      }),
    });
    const headingAt = [...clean.sheets.find((s) => s.name === b04.sheetName)!.cells].find(
      ([, c]) => c.value?.type === "string" && c.value.value === heading,
    )![0];
    const right = toA1(fromA1(headingAt)!.row, fromA1(headingAt)!.col + 1);
    const found = misplaced(moved(b04.sheetName, { [heading]: right }));
    const named = clean.names.filter(
      (n) => n.sheet === b04.sheetName && n.name.endsWith(`_${b04.columns[0]!.key}`),
    );
    expect(found.map((f) => f.cell).sort()).toEqual(named.map((n) => n.address).sort());
    expect(found[0]!.message_en).toContain(`left of the form's heading "${heading}"`);
    expect(found[0]!.message_vi).toContain("bên trái tiêu đề");
    const b01 = getTemplate("B01");
    const label = b01.rows.find((r) => r.key === "state")!.label.vi;
    const labelAt = [...clean.sheets.find((s) => s.name === b01.sheetName)!.cells].find(
      ([, c]) => c.value?.type === "string" && c.value.value === label,
    )![0];
    const below = toA1(fromA1(labelAt)!.row + 1, fromA1(labelAt)!.col);
    const stateNames = new Set(
      clean.names.filter((n) => n.name.startsWith("TD_B01_state_")).map((n) => n.address),
    );
    const underLabel = misplaced(moved(b01.sheetName, { [label]: below })).filter((f) =>
      stateNames.has(f.cell!),
    );
    expect(underLabel.length).toBe(stateNames.size);
    expect(underLabel[0]!.message_en).toContain(`above the form's row label "${label}"`);
  });

  /** The clean report with the form's cell showing `from` made to show `to`. */
  const retitled = (sheet: string, from: string, to: string): WorkbookGrid => ({
    ...clean,
    sheets: clean.sheets.map((s) =>
      s.name !== sheet
        ? s
        : {
            ...s,
            cells: new Map(
              [...s.cells].map(([a, c]): [string, GridCell] =>
                c.value?.type === "string" && c.value.value === from
                  ? [a, { ...c, value: { type: "string", value: to } }]
                  : [a, c],
              ),
            ),
          },
    ),
  });

  it.each([" (*)", " (****)", "¹", "ᵃ", " [1]", " *1", " (xem ghi chú)", "a) ", "II. ", "1. "])(
    "refuses a row label retyped as the next row's marked %j: its figures read as the next row's",
    (mark) => {
      const def = getTemplate("B01");
      const [state, domestic] = ["state", "private"].map((key) => def.rows.find((r) => r.key === key)!);
      const retyped = mark.endsWith(" ") ? mark + domestic!.label.vi : domestic!.label.vi + mark;
      const grid = retitled(def.sheetName, state!.label.vi, retyped);
      const names = new Set(
        def.columns
          .flatMap((c) => grid.names.filter((n) => n.name === `TD_B01_private_${c.key}`))
          .map((n) => n.address),
      );
      const found = misplaced(grid);
      expect(found.length).toBeGreaterThan(0);
      expect(
        found.every((f) => names.has(f.cell!) && f.message_en.includes("on a copy of the form below it")),
      ).toBe(true);
    },
  );

  it.each([" (*)", "*", "1. ", " :", "¹", "a) ", "II. ", " (xem ghi chú)"])(
    "reads a label marked %j on its own row as the label",
    (mark) => {
      const def = getTemplate("B01");
      const label = def.rows.find((r) => r.key === "state")!.label.vi;
      const grid = retitled(def.sheetName, label, mark.endsWith(" ") ? mark + label : label + mark);
      expect(misplaced(grid)).toEqual([]);
      expect(unplaced(grid)).toEqual([]);
    },
  );
});

describe("a form whose rows were sorted, labels moving with their figures", () => {
  /** The clean report with `form`'s rows (their whole sheet rows) put in the order of `keys`, as a sort does. */
  function sortedRows(form: string, keys: readonly string[]): WorkbookGrid {
    const def = getTemplate(form as never);
    const rowOf = (key: string) =>
      fromA1(nameOf(clean, `TD_${form}_${key}_${def.columns[0]!.key}`).address)!.row;
    const from = keys.map(rowOf).sort((a, b) => a - b);
    // Sheet row from[i] takes what sheet row rowOf(keys[i]) held.
    const source = new Map(from.map((row, i) => [row, rowOf(keys[i]!)]));
    return withCells(def.sheetName, (before) => {
      const cells = new Map<string, GridCell>();
      for (const [address, cell] of before) if (!source.has(fromA1(address)!.row)) cells.set(address, cell);
      for (const [to, fromRow] of source)
        for (const [address, cell] of before) {
          const at = fromA1(address)!;
          if (at.row === fromRow) cells.set(toA1(to, at.col), cell);
        }
      return cells;
    });
  }

  /** The clean report with two of `form`'s columns (their whole sheet columns) traded, as a sort across does. */
  function sortedColumns(form: string, a: number, b: number): WorkbookGrid {
    const def = getTemplate(form as never);
    const colOf = (i: number) =>
      fromA1(
        clean.names.find(
          (n) => n.name.endsWith(`_${def.columns[i]!.key}`) && n.name.startsWith(`TD_${form}_`),
        )!.address,
      )!.col;
    const [from, to] = [colOf(a), colOf(b)];
    const swap = (col: number) => (col === from ? to : col === to ? from : col);
    return withCells(
      def.sheetName,
      (cells) =>
        new Map(
          [...cells].map(([address, cell]): [string, GridCell] => {
            const at = fromA1(address)!;
            return [toA1(at.row, swap(at.col)), cell];
          }),
        ),
    );
  }

  it("is refused with one finding per row moved, saying the rows were reordered", () => {
    const def = getTemplate("B02");
    const found = misplaced(sortedRows("B02", ["private", "state", "public_sector", "fdi", "other"]));
    // public_sector and private traded places; state stays where it was.
    const moved = ["public_sector", "private"];
    expect(found.map((f) => f.cell)).toEqual(
      moved.map((key) => nameOf(clean, `TD_B02_${key}_${def.columns[0]!.key}`).address),
    );
    const rowOf = (key: string) => fromA1(nameOf(clean, `TD_B02_${key}_workers`).address)!.row + 1;
    const inputs = clean.names.filter((n) => n.name.startsWith("TD_B02_public_sector_")).length;
    const [first, second] = found;
    expect(first!.message_vi).toContain(
      `Dòng "${def.rows[0]!.label.vi}" của biểu trên trang tính "Biểu 02" đã bị đổi chỗ`,
    );
    expect(first!.message_vi).toContain(`nay ở hàng ${rowOf("private")}`);
    expect(first!.message_vi).toContain(`ở hàng ${rowOf("public_sector")} (${inputs} ô`);
    expect(second!.message_en).toContain(`its label is now on row ${rowOf("public_sector")}`);
    expect(found.every((f) => f.severity === "error")).toBe(true);
  });

  it("is refused with one finding per column moved where the form's columns were sorted", () => {
    const found = misplaced(sortedColumns("B02", 0, 1));
    expect(found).toHaveLength(2);
    expect(found[0]!.message_en).toContain("was moved (by a sort, perhaps): its heading is now over column");
  });
});
