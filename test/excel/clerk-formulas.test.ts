import { extract, parseSheetRef, TEMPLATE_IDS, validate } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { consistentFills, reportPlan } from "../support/reports";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const readGrid = () => excel.count(() => createExcelHost().live!.readGrid());
const INPUT = "TD_B01_state_enterprises_with_union";

/** A filled report whose input `INPUT` sums the clerk's own sheet "Thu KP", its result cached as `cached`. */
async function summedFromOwnSheet(months: readonly number[], cached: number) {
  const fills = consistentFills(TEMPLATE_IDS, 77) as Record<string, number>;
  await createExcelHost().insertReport(reportPlan(TEMPLATE_IDS, "CD_P01"), "bieu-mau.xlsx");
  const targets = excel.book.nameTargets();
  for (const [name, value] of Object.entries(fills)) {
    const ref = parseSheetRef(targets.get(name)!)!;
    excel.book.sheet(ref.sheet).enter(ref.address, value);
  }
  excel.book.addSheet("Thu KP").set(Object.fromEntries(months.map((m, i) => [`B${i + 2}`, m])));
  const ref = parseSheetRef(targets.get(INPUT)!)!;
  excel.book.sheet(ref.sheet).set({ [ref.address]: { formula: "SUM('Thu KP'!B2:B7)", value: cached } });
  return ref.address;
}

const months = [3, 4, 0, 5, 2, 6];
const findings = async () => {
  const { result, syncs } = await readGrid();
  return { syncs, found: validate(extract(result)).filter((f) => f.rule.startsWith("cell.formula")) };
};

describe("a clerk's formula over a sheet of their own, read in Excel", () => {
  it("is computed from that sheet, read in one more request: the figure it caches warns as the page says", async () => {
    const address = await summedFromOwnSheet(months, 20);
    const { syncs, found } = await findings();
    expect(syncs).toBe(3);
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["cell.formula_in_input", "warning", address],
    ]);
  });

  it("is refused where the figure it caches is not what it computes", async () => {
    const address = await summedFromOwnSheet(months, 21);
    const { found } = await findings();
    expect(found.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["cell.formula_result_differs", "error", address],
    ]);
  });
});
