import { CONDITIONAL_LOOKS, toA1, type Area, type WorkbookPlan } from "../../src/core";
import { SheetBuilder } from "../../src/core/layout/sheet-builder";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { cellsIn, type ConditionalFormatState } from "./fakes/fake-state";
import { reportPlan } from "../support/reports";

// The plan's own conditional formats as the Office.js host adds them: custom rules whose formula is in
// R1C1 notation, so that it means the same over any split of the areas into address lists.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const insert = (plan: WorkbookPlan) =>
  excel.count(() => createExcelHost().insertReport(plan, "bieu-mau.xlsx"));
const ours = (sheet: string) => excel.book.sheet(sheet).conditionalFormats.filter((cf) => cf.formulaR1C1);
const cellsOf = (formats: readonly ConditionalFormatState[]) =>
  new Set(formats.flatMap((cf) => cf.areas.flatMap(cellsIn)));

describe("a template's conditional formats in Excel", () => {
  it("adds every one as a custom rule in its look, over its cells, in the same three syncs", async () => {
    const plan = reportPlan();
    const { syncs } = await insert(plan);
    expect(syncs).toBe(3);
    for (const sheet of plan.sheets) {
      const added = ours(sheet.name);
      const planned = sheet.conditionalFormats ?? [];
      expect(new Set(added.map((cf) => cf.fill))).toEqual(
        new Set(planned.map((f) => `#${CONDITIONAL_LOOKS[f.look].fill}`)),
      );
      const plannedCells = new Set(planned.flatMap((f) => f.areas.flatMap((a: Area) => cellsIn(a))));
      expect(cellsOf(added)).toEqual(plannedCells);
    }
  });

  it("writes the input check with offsets from the cell evaluating it", async () => {
    const plan = reportPlan(["B01"]);
    await insert(plan);
    const [inputCheck] = plan.sheets[0]!.conditionalFormats!.filter((f) =>
      f.formula.startsWith("IF(AND(ISNUMBER(C9),NOT(ISLOGICAL(C9))),OR("),
    );
    const added = ours("Biểu 01").filter((cf) => cf.formulaR1C1!.startsWith("=IF(AND(ISNUMBER(RC),"));
    expect(added.map((cf) => cf.formulaR1C1)).toEqual([
      `=IF(AND(ISNUMBER(RC),NOT(ISLOGICAL(RC))),OR(RC>999999999999999,RC<0,RC<>INT(RC)),NOT(ISBLANK(RC)))`,
    ]);
    expect(cellsOf(added)).toEqual(new Set(inputCheck!.areas.map((a) => toA1(a.top, a.left))));
    expect(added[0]).toMatchObject({ type: "Custom", bold: true, fontColor: "#9C0006", fill: "#FFC7CE" });
  });
});

describe("the plan's conditional formats, translated", () => {
  /** A sheet whose one format covers 300 scattered cells: more than one address list can name. */
  function scattered(): WorkbookPlan {
    const sheet = new SheetBuilder("Biểu", { vi: "Biểu", en: "Form" });
    const areas = Array.from({ length: 300 }, (_, i) => ({
      top: 2 * i + 4,
      left: 3,
      bottom: 2 * i + 4,
      right: 3,
    }));
    sheet.conditionalFormat({
      areas: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      formula: `$A$1="OK"`,
      look: "ok",
    });
    sheet.conditionalFormat({ areas, formula: `AND(ISNUMBER(D5),D5<C5)`, look: "warning" });
    sheet.conditionalFormat({
      areas: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      formula: `$A$1<>"OK"`,
      look: "error",
    });
    return { sheets: [sheet.build({ columnWidths: [], protect: true })], names: [] };
  }

  it("splits a format's areas into lists, each rule with the same formula, together covering every cell", async () => {
    await insert(scattered());
    const parts = ours("Biểu").filter((cf) => cf.fill === `#${CONDITIONAL_LOOKS.warning.fill}`);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((cf) => cf.formulaR1C1))).toEqual(new Set(["=AND(ISNUMBER(RC),RC<RC[-1])"]));
    expect(cellsOf(parts).size).toBe(300);
    expect(parts.every((cf) => cf.bold === undefined && cf.fontColor === "#9C5700")).toBe(true);
  });

  it("adds them last first, since Excel puts each new rule on top: the one declared first wins", async () => {
    await insert(scattered());
    const formulas = ours("Biểu").map((cf) => cf.formulaR1C1);
    expect([formulas[0], formulas.at(-1)]).toEqual(['=R1C1<>"OK"', '=R1C1="OK"']);
  });

  it("costs no more syncs however many cells the formats cover", async () => {
    expect((await insert(scattered())).syncs).toBe(3);
  });
});
