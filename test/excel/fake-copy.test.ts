import { isDeepStrictEqual } from "node:util";
import { defaultCampaign, layoutCampaign } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { FakeExcel, installFakeExcel } from "./fakes/fake-excel";
import {
  cellsIn,
  copyOf,
  fixedCells,
  freezeDeep,
  parseRect,
  snapshot,
  type WorkbookState,
} from "./fakes/fake-state";

// The cut tests build a workbook once and copy it for each cut (copyOf): a copy must hold all the
// original holds, as the same commands would have built it, and change nothing of it when changed.

/** A campaign written through the host, and a sheet of the user's whose list, format, chart, pivot and names point at it. */
async function builtBook(): Promise<FakeExcel> {
  const excel = installFakeExcel();
  const plan = layoutCampaign(defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]));
  await createExcelHost().insertReport(plan, "ke-hoach.xlsx", { replace: false });
  const mine = excel.book.addSheet("Của tôi").set({ A1: { formula: "'Đơn vị'!A1", value: "Mã" } });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Của tôi");
    sheet.getRange("B1:B5").dataValidation.rule = {
      list: { inCellDropDown: true, source: "='Đơn vị'!$A$1:$A$3" },
    };
    sheet.getRange("C1:C5").conditionalFormats.add("Custom").custom.rule.formula = "=C1>'Đơn vị'!$A$1";
    sheet.charts.add("BarClustered", sheet.getRange("A1:A2"));
    await context.sync();
  });
  mine.pivots.push({ name: "PT", source: "'Đơn vị'!$A$1:$A$2" });
  const units = excel.book.sheet("Đơn vị");
  excel.book.names.push(
    { name: "CUA_TOI", target: { sheet: units, rect: { top: 0, left: 0, bottom: 2, right: 0 } } },
    { name: "RIENG", target: { sheet: mine, rect: { top: 0, left: 0, bottom: 0, right: 0 } }, scope: mine },
  );
  return excel;
}

/** Every object reachable from `value`, through maps and sets. */
function objectsOf(value: unknown, found = new Set<object>()): Set<object> {
  if (value === null || typeof value !== "object" || found.has(value)) return found;
  found.add(value);
  const items =
    value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  for (const item of items) objectsOf(item, found);
  return found;
}

/**
 * The sheets' lists of the cells that name a sheet (SheetState.mentions) and their sets of addresses, which a
 * copy shares until it changes them, replacing them rather than changing them in place.
 */
function mentionsOf(book: WorkbookState): Set<object> {
  const found = new Set<object>();
  for (const sheet of book.sheets) objectsOf(sheet.mentions, found);
  return found;
}

/** Each sheet's mentions as plain lists, to compare before and after. */
const mentionLists = (book: WorkbookState) =>
  book.sheets.map((sheet) => [...sheet.mentions].map(([name, addresses]) => [name, [...addresses].sort()]));

/** Renames a sheet and writes a cell through Excel, on whatever fake is installed. */
const change = () =>
  Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Đơn vị").name = "Đơn vị cũ";
    context.workbook.worksheets.getItem("Của tôi").getRange("D1").values = [[5]];
    await context.sync();
  });

const installCopy = (book: WorkbookState) => new FakeExcel(copyOf(book)).install();

describe("a copy of a fake workbook (copyOf)", () => {
  it("holds the same sheets, cells, rules, formats, charts and names, of the same classes", async () => {
    const { book } = await builtBook();
    expect(isDeepStrictEqual(copyOf(book), book)).toBe(true);
  });

  it("shares no object with the original but validation rules and alerts, the cells' formats and the sheets' mentions, which are replaced whole", async () => {
    const { book } = await builtBook();
    const copy = copyOf(book);
    const immutable = mentionsOf(book);
    for (const sheet of book.sheets)
      for (const cell of sheet.cells.values()) {
        if (cell.validation) objectsOf([cell.validation.rule, cell.validation.errorAlert], immutable);
        // Formats the fake gave are frozen and replaced whole (formatWith), shared as by cells formatted alike.
        if (Object.isFrozen(cell.format) && Object.isFrozen(cell.format.borders))
          objectsOf(cell.format, immutable);
      }
    const original = objectsOf(book);
    const shared = [...objectsOf(copy)].filter((o) => original.has(o) && !immutable.has(o));
    expect(shared).toEqual([]);
  });

  it("is changed through Excel without changing the original, its names and references following its own sheets", async () => {
    const { book } = await builtBook();
    const before = snapshot(book);
    const mentionsBefore = mentionLists(book);
    const copy = installCopy(book).book;
    await change();
    // One more cell naming the renamed sheet, listed with those that moved with its name.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Của tôi").getRange("E1").formulas = [["='Đơn vị cũ'!A5"]];
      await context.sync();
    });
    expect(snapshot(book)).toEqual(before);
    expect(mentionLists(book)).toEqual(mentionsBefore);
    expect(copy.sheet("Của tôi").mentions.get("ĐƠN VỊ CŨ")).toEqual(
      new Set(["A1", ...cellsIn(parseRect("B1:B5")), "E1"]),
    );
    expect(copy.sheet("Của tôi").mentions.has("ĐƠN VỊ")).toBe(false);
    expect(copy.sheet("Của tôi").content("A1")).toBe("='Đơn vị cũ'!A1");
    expect(copy.sheet("Của tôi").cells.get("B1")!.validation!.rule!.list!.source).toBe(
      "='Đơn vị cũ'!$A$1:$A$3",
    );
    expect(copy.sheet("Của tôi").charts[0]!.series[0]!.values).toBe("'Của tôi'!A1:A2");
    expect(copy.sheet("Của tôi").pivots[0]!.source).toBe("'Đơn vị cũ'!$A$1:$A$2");
    expect(copy.nameTargets().get("CUA_TOI")).toBe("'Đơn vị cũ'!A1:A3");
    expect(copy.names.find((n) => n.name === "RIENG")!.scope).toBe(copy.sheet("Của tôi"));
    expect(book.sheet("Của tôi").content("A1")).toBe("='Đơn vị'!A1");
  });

  it("made from a frozen original, shares only what no write changes (frozen parts, fixed cells), and changes copies of them where Excel changes a cell", async () => {
    const { book } = await builtBook();
    freezeDeep(book);
    const copy = copyOf(book);
    const original = objectsOf(book);
    const shared = [...objectsOf(copy)].filter((o) => original.has(o));
    const mentions = mentionsOf(book);
    expect(
      shared.filter((o) => !Object.isFrozen(o) && !(o instanceof Map && fixedCells(o)) && !mentions.has(o)),
    ).toEqual([]);
    const rule = copy.sheet("Của tôi").cells.get("B1")!.validation!.rule!;
    expect(() => Object.assign(rule.list!, { source: "=A1:A2" })).toThrow(TypeError);
    const changed = installCopy(book).book;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Của tôi").getRange("B1:B2");
      range.dataValidation.ignoreBlanks = false;
      range.format.font.bold = true;
      range.format.borders.getItem("EdgeTop").style = "Continuous";
      await context.sync();
    });
    await expect(change()).resolves.toBeUndefined();
    const [mine, theirs] = [
      changed.sheet("Của tôi").cells.get("B1")!,
      book.sheet("Của tôi").cells.get("B1")!,
    ];
    expect([mine.format.bold, mine.format.borders.EdgeTop, mine.validation!.ignoreBlanks]).toEqual([
      true,
      "Continuous",
      false,
    ]);
    expect([theirs.format.bold, theirs.format.borders.EdgeTop, theirs.validation!.ignoreBlanks]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("made from a frozen original, shares its sheets' cells until it writes one, and a write to it shows in neither the original nor another copy", async () => {
    const { book } = await builtBook();
    freezeDeep(book);
    const [first, second] = [copyOf(book), copyOf(book)];
    for (const copy of [first, second])
      expect(copy.sheets.every((sheet, i) => sheet.cells === book.sheets[i]!.cells)).toBe(true);
    const before = snapshot(book);
    const siblingBefore = snapshot(second);
    new FakeExcel(first).install();
    await Excel.run(async (context) => {
      const units = context.workbook.worksheets.getItem("Đơn vị");
      units.getRange("A1").values = [["đã đổi"]];
      units.getRange("ZZ900").values = [[7]];
      await context.sync();
    });
    expect([first.sheet("Đơn vị").content("A1"), first.sheet("Đơn vị").content("ZZ900")]).toEqual([
      "đã đổi",
      7,
    ]);
    expect(snapshot(book)).toEqual(before);
    expect(snapshot(second)).toEqual(siblingBefore);
    expect(first.sheet("Của tôi").cells).toBe(book.sheet("Của tôi").cells);

    // A copy of a copy, frozen in turn: its writes reach neither its parent nor the original.
    freezeDeep(first);
    const parentBefore = snapshot(first);
    const grandchild = new FakeExcel(copyOf(first)).install().book;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Đơn vị").getRange("A1").values = [["lần nữa"]];
      await context.sync();
    });
    expect(grandchild.sheet("Đơn vị").content("A1")).toBe("lần nữa");
    expect(snapshot(first)).toEqual(parentBefore);
    expect(snapshot(book)).toEqual(before);
    expect(() => first.sheet("Đơn vị").cell("A1")).toThrow(TypeError);
  });

  it("made from a frozen original, follows a rename as a copy of a workbook not frozen does, and its renamed cells change in neither the original nor another copy", async () => {
    const { book } = await builtBook();
    const plain = installCopy(book).book;
    await change();
    freezeDeep(book);
    const before = snapshot(book);
    const [first, second] = [installCopy(book).book, installCopy(book).book];
    for (const copy of [first, second]) {
      new FakeExcel(copy).install();
      await change();
      expect(snapshot(copy)).toEqual(snapshot(plain));
      expect(copy.sheet("Của tôi").cells.get("B1")!.validation!.rule!.list!.source).toBe(
        "='Đơn vị cũ'!$A$1:$A$3",
      );
    }
    new FakeExcel(first).install();
    await Excel.run(async (context) => {
      const mine = context.workbook.worksheets.getItem("Của tôi");
      mine.getRange("A1").formulas = [["='Đơn vị cũ'!A2"]];
      mine.getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "=$D$1:$D$2" } };
      await context.sync();
    });
    expect(first.sheet("Của tôi").content("A1")).toBe("='Đơn vị cũ'!A2");
    expect(second.sheet("Của tôi").content("A1")).toBe("='Đơn vị cũ'!A1");
    expect(second.sheet("Của tôi").cells.get("B1")!.validation!.rule!.list!.source).toBe(
      "='Đơn vị cũ'!$A$1:$A$3",
    );
    expect(snapshot(book)).toEqual(before);
    expect(book.sheet("Của tôi").cells.get("B1")!.validation!.rule!.list!.source).toBe("='Đơn vị'!$A$1:$A$3");
  });
});
