import { extract, TEMPLATE_IDS, validate } from "../../src/core";
import { toA1 } from "../../src/core/grid/a1";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { reportPlan } from "../support/reports";

// A row a clerk inserts above Biểu 02's total in Excel and types figures on, with or without a label: the
// roll-up reads the form by its names and counts none of them, so the pane warns as the file readers do.
// Insert › Rows is emulated: the total row's names and cells move one row down, the row left behind takes
// the clerk's figures.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const SHEET = "Biểu 02";
const TOTAL = "TD_B02_total_unions_end";
const COLUMNS = 20;

/**
 * The report with a row inserted above Biểu 02's total row, holding `typed` (column → input): the rows from
 * the total down (its target block's too) and their names move one row down.
 */
async function withRowInserted(typed: Record<string, string | number>): Promise<number> {
  await createExcelHost().insertReport(reportPlan(TEMPLATE_IDS, "CD_P01"), "bieu-mau.xlsx");
  const sheet = excel.book.sheet(SHEET);
  const onSheet = excel.book.names.flatMap((n) =>
    "rect" in n.target && n.target.sheet === sheet ? [{ name: n.name, target: n.target }] : [],
  );
  const total = onSheet.find((n) => n.name === TOTAL)!.target.rect.top;
  const last = Math.max(...onSheet.map((n) => n.target.rect.top));
  for (const { target } of onSheet)
    if (target.rect.top >= total)
      target.rect = { ...target.rect, top: target.rect.top + 1, bottom: target.rect.top + 1 };
  for (let row = last; row >= total; row--)
    for (let col = 0; col < COLUMNS; col++) {
      const held = sheet.content(toA1(row, col));
      sheet.set({
        [toA1(row + 1, col)]:
          typeof held === "string" && held.startsWith("=") ? { formula: held.slice(1) } : (held ?? ""),
      });
      sheet.enter(toA1(row, col), "");
    }
  for (const [column, input] of Object.entries(typed)) sheet.enter(`${column}${total + 1}`, input);
  return total + 1;
}

const inserted = async () => {
  const { result } = await excel.count(() => createExcelHost().live!.readGrid());
  return validate(extract(result))
    .filter((f) => f.rule === "form.row_inserted")
    .map((f) => [f.severity, f.sheet, f.cell]);
};

describe("a row inserted inside a form, read in Excel", () => {
  it("warns of a row with a label, at its label", async () => {
    const row = await withRowInserted({ A: "Hộ kinh doanh cá thể", C: 40, D: 35, E: 5 });
    expect(await inserted()).toEqual([["warning", SHEET, `A${row}`]]);
  });

  it("warns of a row of figures without a label, at its first figure", async () => {
    const row = await withRowInserted({ C: 40, D: 35, E: 5 });
    expect(await inserted()).toEqual([["warning", SHEET, `C${row}`]]);
  });
});
