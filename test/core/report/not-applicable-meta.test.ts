import { extract, META_SHEET, validate, type WorkbookGrid } from "../../../src/core";
import { reportGrid, unit } from "../../support/reports";

const KEY = "B04_mai_am_total";
const grid = reportGrid({ unit: unit("P01"), templates: ["B04"], notApplicable: new Set([KEY]) });

/** The grid with the value of a metadata key gone, as a program that drops an empty cell saves it. */
function withoutValue(source: WorkbookGrid, key: string): WorkbookGrid {
  const sheets = source.sheets.map((sheet) => {
    if (sheet.name !== META_SHEET) return sheet;
    const cells = new Map(sheet.cells);
    for (const [address, cell] of sheet.cells)
      if (cell.value?.type === "string" && cell.value.value === key) cells.delete(`B${address.slice(1)}`);
    return { ...sheet, cells };
  });
  return { ...source, sheets };
}

describe("a target marked not applicable, in the report's metadata", () => {
  it('is stored as "-", which programs keep, and read as not applicable', () => {
    const { meta, report } = extract(grid);
    expect(meta!.targets.get(KEY)).toBe("-");
    expect([report!.targets[KEY], report!.notApplicable?.has(KEY)]).toEqual([null, true]);
    expect(validate(extract(grid)).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is read as not applicable where an earlier build's empty value was dropped on saving", () => {
    const dropped = extract(withoutValue(grid, `target_${KEY}`));
    expect([dropped.report!.targets[KEY], dropped.report!.notApplicable?.has(KEY)]).toEqual([null, true]);
    expect(validate(dropped).filter((f) => f.rule === "target.goal_differs")).toEqual([]);
  });
});
