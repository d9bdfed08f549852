import {
  cellName,
  defaultTargets,
  extract,
  layoutReport,
  META_SHEET,
  parsePeriod,
  TEMPLATE_IDS,
  toA1,
  validate,
  type WorkbookPlan,
} from "../../../src/core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { computedForms, fillByName, sampleInputs } from "../../support/fill-by-name";

const source = {
  unit: { code: "CD_P02", name: "Công đoàn phường Hoàn Kiếm", kind: "commune" as const },
  period: parsePeriod("2025-D1")!,
  templates: TEMPLATE_IDS,
  targets: defaultTargets(TEMPLATE_IDS),
};
const inputs = sampleInputs(TEMPLATE_IDS);

let plan: WorkbookPlan;
let template: Uint8Array;

beforeAll(async () => {
  plan = layoutReport(source);
  template = await writeWorkbookPlan(plan);
});

const expected = computedForms(inputs, TEMPLATE_IDS);

const read = (bytes: Uint8Array) => extract(readWorkbookGrid(bytes, "don-vi.xlsx"));

const planned = (name: string) => {
  const at = plan.names.find((n) => n.name === name)!;
  return { sheet: at.sheet, cell: toA1(at.row, at.col) };
};

describe("a template filled by another program, saved without cached values", () => {
  it("extracts the typed figures and recomputes every computed cell", () => {
    const filled = fillByName(template, inputs);
    const grid = readWorkbookGrid(filled, "don-vi.xlsx");
    for (const name of [cellName("B01", "total", "cla_signed"), cellName("B01", "state", "cla_rate")]) {
      const { sheet, cell } = planned(name);
      expect(grid.sheets.find((s) => s.name === sheet)!.cells.get(cell)).toEqual({
        formula: expect.any(String),
      });
    }
    const extraction = extract(grid);
    expect(extraction.report?.forms).toEqual(expected);
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("flags a number stored as text, naming its sheet and cell", () => {
    const name = cellName("B02", "private", "members_admitted");
    const findings = validate(read(fillByName(template, { ...inputs, [name]: "1.234" })));
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        rule: "cell.text_number",
        template: "B02",
        ...planned(name),
      }),
    );
  });

  it("flags a negative figure", () => {
    const name = cellName("B03", "union_dues", "collected");
    const findings = validate(read(fillByName(template, { ...inputs, [name]: -5 })));
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: "error",
        rule: "cell.negative",
        template: "B03",
        ...planned(name),
      }),
    );
  });

  it("flags a computed cell whose formula was replaced by a constant, and ignores the constant", () => {
    const name = cellName("B01", "total", "cla_signed");
    const extraction = read(fillByName(template, { ...inputs, [name]: 999 }));
    expect(validate(extraction)).toContainEqual(
      expect.objectContaining({
        severity: "error",
        rule: "cell.formula_tampered",
        template: "B01",
        ...planned(name),
      }),
    );
    expect(extraction.report?.forms.B01).toEqual(expected.B01);
  });

  it("reads the same report when rows were inserted above the forms", () => {
    const filled = fillByName(template, inputs, { insertRowsAbove: 3 });
    const grid = readWorkbookGrid(filled, "don-vi.xlsx");
    for (const name of plan.names.filter((n) => n.sheet !== META_SHEET)) {
      const moved = grid.names.find((n) => n.name === name.name);
      expect(moved).toEqual({ name: name.name, sheet: name.sheet, address: toA1(name.row + 3, name.col) });
    }
    const extraction = extract(grid);
    expect(extraction.report?.forms).toEqual(expected);
    expect(validate(extraction).filter((f) => f.severity === "error")).toEqual([]);
  });
});
