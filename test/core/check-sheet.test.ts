import { getTemplate, TEMPLATE_IDS } from "../../src/core";
import { layoutCheckSheet } from "../../src/core/layout/check-sheet";

describe("the check sheet", () => {
  it("heads every column its lines use, in both languages", () => {
    const { sheet, lines } = layoutCheckSheet(TEMPLATE_IDS.map(getTemplate));
    const headingRow = lines[0]!.row - 1;
    const headed = new Map(
      sheet.cells.filter((c) => c.row === headingRow).map((c) => [c.col, String(c.value)]),
    );
    const used = new Set(sheet.cells.filter((c) => c.row > headingRow).map((c) => c.col));
    for (const col of used) expect([col, headed.get(col)]).toEqual([col, expect.stringMatching(/\S \/ \S/)]);
  });
});
