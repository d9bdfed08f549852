import { extract, getTemplate, TEMPLATE_IDS, toA1, validate, type WorkbookGrid } from "../../../src/core";
import { readReportGrid, readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { copiedForm } from "../../support/copied-form";
import { fillByName } from "../../support/fill-by-name";
import { resaveWith, sheetsAsCsv } from "../../support/libreoffice";
import { consistentFills, reportPlan } from "../../support/reports";

jest.setTimeout(180_000);

const def = getTemplate("B04");
const plan = reportPlan(TEMPLATE_IDS, "P01");
const fills = consistentFills(TEMPLATE_IDS, 23) as Record<string, number>;
// The form's own inputs show other figures than the ones its names read on the copy.
const shown = Object.fromEntries(Object.entries(fills).map(([name, v]) => [name, v + 5]));

const flagged = (grid: WorkbookGrid) =>
  validate(extract(grid))
    .filter((f) => f.rule === "cell.name_misplaced")
    .map((f) => `${f.sheet}!${f.cell}`)
    .sort();

describe.each([
  ["to the right", false],
  ["below", true],
])("a report whose names were moved onto a copy of the form %s", (_, down) => {
  const { plan: forged, moved } = copiedForm(plan, "B04", down, shown);
  let bytes: Uint8Array;
  const movedCells = [...moved.values()].map((at) => `${def.sheetName}!${toA1(at.row, at.col)}`).sort();

  beforeAll(async () => {
    bytes = fillByName(await writeWorkbookPlan(forged), fills);
  });

  it("shows a person other figures in the form's own cells than its names read (LibreOffice)", () => {
    const sheet = sheetsAsCsv(bytes, "xlsx").get(def.sheetName)!;
    const inputs = [...moved.keys()].filter((name) => name in shown);
    expect(inputs.length).toBeGreaterThan(0);
    for (const name of inputs) {
      const own = plan.names.find((n) => n.name === name)!;
      const copy = moved.get(name)!;
      expect([sheet[own.row]![own.col], sheet[copy.row]![copy.col]]).toEqual([
        String(shown[name]),
        String(fills[name]),
      ]);
    }
  });

  it("is flagged at every moved name's cell, read as .xlsx", () => {
    expect(flagged(readReportGrid(bytes, "p01.xlsx"))).toEqual(movedCells);
  });

  it.each(["ods", "xls"] as const)("is flagged at every moved name's cell once saved as .%s", (ext) => {
    const converted = resaveWith(bytes, "xlsx", ext);
    expect(flagged(readWorkbookGrid(converted, `p01.${ext}`))).toEqual(movedCells);
  });
});

describe("a report with rows inserted above every form", () => {
  it("is not flagged, read as .xlsx or once saved as .ods", async () => {
    const bytes = fillByName(await writeWorkbookPlan(plan), fills, { insertRowsAbove: 3 });
    expect(flagged(readReportGrid(bytes, "p01.xlsx"))).toEqual([]);
    expect(flagged(readWorkbookGrid(resaveWith(bytes, "xlsx", "ods"), "p01.ods"))).toEqual([]);
  });
});
