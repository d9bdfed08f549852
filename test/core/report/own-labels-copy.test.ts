import { extract, formDef, validate, type WorkbookGrid } from "../../../src/core";
import { OWN } from "../../support/own-indicators";
import { reportGrid, unit } from "../../support/reports";

// Own indicators without a unit of measure: each row's label is its target's, which the target block
// below the form names once more.
const PLAIN = OWN.map((indicator) => {
  const plain = { ...indicator };
  delete plain.unit;
  return plain;
});

// Own indicators the province named in Vietnamese only (Tên tiếng Anh left blank, seed 003's campaign): the
// English column beside each label repeats it.
const VIETNAMESE_ONLY = OWN.map((indicator) => ({
  ...indicator,
  name: { vi: indicator.name.vi, en: indicator.name.vi },
}));

const copies = (grid: WorkbookGrid) =>
  validate(extract(grid))
    .filter((f) => f.rule === "sheet.form_copy_on_sheet")
    .map((f) => [f.severity, f.cell]);

describe("Biểu 05's target block, which names the rows of own indicators without a unit", () => {
  it("is no copy of the form: an honest template is not refused", () => {
    expect(copies(reportGrid({ unit: unit("X01"), templates: ["B05"], indicators: PLAIN }))).toEqual([]);
  });

  it("is no copy of the form where the English column repeats the Vietnamese names: an honest template is not refused", () => {
    for (const indicators of [VIETNAMESE_ONLY, VIETNAMESE_ONLY.map((i) => ({ ...i, unit: undefined }))])
      expect(copies(reportGrid({ unit: unit("X01"), templates: ["B05"], indicators }))).toEqual([]);
  });

  it("leaves a copy of the form's labels below it refused", () => {
    const grid = reportGrid({ unit: unit("X01"), templates: ["B05"], indicators: PLAIN });
    const labels = formDef("B05", PLAIN).rows.map(
      (row, i) => [`A${60 + i}`, { value: { type: "string" as const, value: row.label.vi } }] as const,
    );
    const copied = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name === "Biểu 05" ? { ...s, cells: new Map([...s.cells, ...labels]) } : s,
      ),
    };
    expect(copies(copied)).toEqual([["error", "A60"]]);
  });

  it("leaves refused a copy below the form of labels written with their English twins", () => {
    const grid = reportGrid({ unit: unit("X01"), templates: ["B05"], indicators: VIETNAMESE_ONLY });
    const labels = formDef("B05", VIETNAMESE_ONLY).rows.flatMap((row, i) =>
      ["A", "B"].map(
        (col) => [`${col}${60 + i}`, { value: { type: "string" as const, value: row.label.vi } }] as const,
      ),
    );
    const copied = {
      ...grid,
      sheets: grid.sheets.map((s) =>
        s.name === "Biểu 05" ? { ...s, cells: new Map([...s.cells, ...labels]) } : s,
      ),
    };
    expect(copies(copied)).toEqual([["error", "A60"]]);
  });
});
