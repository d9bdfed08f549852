import { extract, validate, type WorkbookGrid } from "../../src/core";
import { foldSheetName } from "../../src/core/look-alike";
import { reportGrid, unit } from "../support/reports";

const clean = reportGrid({ unit: unit("P01") });
const FORM = "Biểu 01";

/** The report with a visible sheet named `name` put in front of the others, holding nothing. */
const withSheet = (name: string, visibility: "visible" | "hidden" = "visible"): WorkbookGrid => ({
  ...clean,
  sheets: [{ name, visibility, cells: new Map() }, ...clean.sheets],
});

const lookAlikes = (grid: WorkbookGrid) =>
  validate(extract(grid)).filter((f) => f.rule === "sheet.look_alike");

describe("a sheet whose name can be taken for a form's sheet", () => {
  it("finds none in a report as generated", () => {
    expect(clean.sheets.map((s) => s.name)).toContain(FORM);
    expect(lookAlikes(clean)).toEqual([]);
  });

  it.each([
    ["decomposed accents (NFD)", FORM.normalize("NFD")],
    ["a no-break space", "Biểu\u00a001"],
    ["the letter O for the digit 0", "Biểu O1"],
    ["another case and spacing", " BIỂU  01 "],
    ["a zero-width space", "Biểu 0\u200b1"],
  ])("refuses one written with %s, naming both sheets", (_, name) => {
    expect(name).not.toBe(FORM);
    const [found, ...more] = lookAlikes(withSheet(name));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: "error", template: "B01", sheet: name });
    expect(found!.message_en).toContain(`"${FORM}"`);
    expect(found!.message_vi).toContain(`"${FORM}"`);
  });

  it("leaves a hidden one, and sheets of other names, alone", () => {
    expect(lookAlikes(withSheet(FORM.normalize("NFD"), "hidden"))).toEqual([]);
    for (const name of ["Biểu 01 (2)", "Biểu 11", "Ghi chú", "Biểu 010"])
      expect(lookAlikes(withSheet(name))).toEqual([]);
  });

  it("folds names as a reader of the tab takes them", () => {
    expect(foldSheetName("Biểu O1")).toBe(foldSheetName(FORM));
    expect(foldSheetName("Biểu 02")).not.toBe(foldSheetName(FORM));
  });
});
